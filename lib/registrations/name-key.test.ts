import { describe, expect, it } from "vitest";
import { nameKey } from "./name-key";

const sorted = (names: [string, string][]) => [...names].sort((a, b) => (nameKey(...a) < nameKey(...b) ? -1 : 1)).map(([last]) => last);

describe("nameKey", () => {
  it("sorts names as a French reader looks them up", () => {
    expect(sorted([["Zola", "Émile"], ["Đặng", "Thị Hồng"], ["Ørsted-Núñez", "Łukasz"], ["Émery", "Anne"], ["Lœuvre", "Zoë"], ["Dubois", "Paul"], ["le Gall", "Yann"], ["Leduc", "Marc"]])).toEqual([
      "Đặng", "Dubois", "Émery", "le Gall", "Leduc", "Lœuvre", "Ørsted-Núñez", "Zola",
    ]);
  });

  it("orders by last name first, then first name; case, accents and hyphens aside", () => {
    expect(nameKey("N'Diaye", "Awa") < nameKey("N'Diaye", "Binta")).toBe(true);
    expect(nameKey("Martin", "Zoé") < nameKey("Martin-Dupont", "Anne")).toBe(true);
    expect(nameKey("ÉMERY", "anne")).toBe(nameKey("Emery", "Anne"));
    expect(nameKey("Dubois-Laurent", "Jean")).toBe(nameKey("Dubois Laurent", "Jean"));
  });
});
