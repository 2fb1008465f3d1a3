import { describe, expect, it } from "vitest";
import { decodeCsv, withUploadedCsv } from "./csv-upload";

const upload = (bytes: number[]) => {
  const form = new FormData();
  form.set("csv", "pasted text, ignored");
  form.set("fichier", new File([new Uint8Array(bytes)], "invites.csv", { type: "text/csv" }));
  return withUploadedCsv(form);
};
const utf8 = (text: string) => [...new TextEncoder().encode(text)];

describe("withUploadedCsv", () => {
  it("reads a file saved by French Excel (Windows-1252)", async () => {
    // « a@x.fr;Hélène;Régis;Mairie » as Windows-1252 writes it: é is 0xE9, è 0xE8; €, ’ and œ are 0x80, 0x92 and 0x9C.
    const cp1252 = [...utf8("a@x.fr;H"), 0xe9, 0x6c, 0xe8, ...utf8("ne;R"), 0xe9, ...utf8("gis;Mairie 5"), 0x80, ...utf8(" l"), 0x92, 0x9c, ...utf8("uvre")];
    const result = (await upload(cp1252)) as { form: FormData };
    expect(result.form.get("csv")).toBe("a@x.fr;Hélène;Régis;Mairie 5€ l’œuvre");
  });

  it("reads UTF-8 and drops its byte order mark", async () => {
    const result = (await upload([0xef, 0xbb, 0xbf, ...utf8("a@x.fr;Hélène;Régis;Mairie")])) as { form: FormData };
    expect(result.form.get("csv")).toBe("a@x.fr;Hélène;Régis;Mairie");
  });

  it("decodes bytes invalid in UTF-8 as Windows-1252, and valid UTF-8 as UTF-8", () => {
    expect(decodeCsv(new Uint8Array([0xc3, 0xa9]))).toBe("é");
    expect(decodeCsv(new Uint8Array([0xc3, 0x28]))).toBe("Ã(");
  });
});
