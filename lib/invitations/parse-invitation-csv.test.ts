import { describe, expect, it } from "vitest";
import { parseInvitationCsv } from "./parse-invitation-csv";

describe("parseInvitationCsv", () => {
  it("reads email;prénom;nom;organisation lines, skipping a header and empty lines", () => {
    const lines = parseInvitationCsv("email;prénom;nom;organisation\nA.Martin@Region.fr;Anne;Martin;Région Grand Est\n\nb@x.fr;Éloïse;N'Diaye;\n");
    expect(lines).toEqual([
      { line: 2, invitee: { email: "a.martin@region.fr", firstName: "Anne", lastName: "Martin", organisation: "Région Grand Est" } },
      { line: 4, invitee: { email: "b@x.fr", firstName: "Éloïse", lastName: "N'Diaye", organisation: "" } },
    ]);
  });

  it("reads quoted cells holding the separator, commas and tabs as separators, and a byte order mark", () => {
    expect(parseInvitationCsv('\uFEFFc@x.fr;Jean;Dupont;"Mairie; service ESS"')[0].invitee?.organisation).toBe("Mairie; service ESS");
    expect(parseInvitationCsv("c@x.fr,Jean,Dupont,ADF")[0].invitee?.organisation).toBe("ADF");
    expect(parseInvitationCsv("c@x.fr\tJean\tDupont\tADF")[0].invitee?.lastName).toBe("Dupont");
  });

  it("gives a French error per bad line, with its line number, and keeps the good ones", () => {
    const lines = parseInvitationCsv("pas-une-adresse;Jean;Dupont;X\nd@x.fr;Jean\ne@x.fr;;Durand;Y\nf@x.fr;Paul;Roux;Z\nF@x.fr;Paul;Roux;Z");
    expect(lines.map((line) => [line.line, line.error ?? "ok"])).toEqual([
      [1, "Indiquez une adresse email valide, par exemple nom@collectivite.fr."],
      [2, "Ligne attendue : email;prénom;nom;organisation."],
      [3, "Indiquez le prénom."],
      [4, "ok"],
      [5, "Cette adresse figure déjà à la ligne 4."],
    ]);
    expect(lines[4]).toMatchObject({ text: "f@x.fr;Paul;Roux;Z" });
  });

  it("refuses invisible formatting characters and an unclosed quote", () => {
    expect(parseInvitationCsv("g@x.fr;Je\u202Ean;Dupont;X")[0].error).toContain("caractères non autorisés");
    expect(parseInvitationCsv('h@x.fr;"Jean;Dupont;X')[0].error).toBe("Ligne illisible : un guillemet n'est pas refermé.");
  });

  it("stops after 300 people", () => {
    const text = Array.from({ length: 302 }, (_, k) => `p${k}@x.fr;Jean;Dupont;X`).join("\n");
    const lines = parseInvitationCsv(text);
    expect(lines).toHaveLength(301);
    expect(lines[300].error).toContain("Au plus 300");
  });
});
