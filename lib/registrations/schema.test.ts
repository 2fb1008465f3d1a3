import { describe, expect, it } from "vitest";
import { person } from "../../tests/support/people";
import { fieldErrors } from "../field-errors";
import { attendeeUpdateSchema, registrationInputSchema } from "./schema";

const parse = (input: unknown) => {
  const result = registrationInputSchema.safeParse(input);
  return result.success ? { data: result.data } : { errors: fieldErrors(result.error) };
};

describe("registrationInputSchema", () => {
  it("accepts names of any script and normalises the email", () => {
    for (const [firstName, lastName] of [["Awa", "N'Diaye"], ["Jean-Éric", "d’Artagnan"], ["明", "李"], ["Zoë", "O. Brien"], ["Ağca", "Śliwińska"]]) {
      expect(parse(person(1, ["rennes"], { firstName, lastName })).data).toBeDefined();
    }
    expect(parse({ ...person(1, ["rennes"]), email: "  Awa.NDiaye@Ville-Rennes.FR " }).data?.email).toBe("awa.ndiaye@ville-rennes.fr");
  });

  it("stores text in NFC and refuses invisible or disguising characters", () => {
    const decomposed = "Zoe\u0308 Lœuvre".normalize("NFD");
    expect(parse(person(1, ["rennes"], { firstName: "Đặng Thị".normalize("NFD"), organisation: decomposed })).data).toMatchObject({
      firstName: "Đặng Thị",
      organisation: "Zoë Lœuvre",
    });
    const refused = {
      "bidirectional override": "Mairie \u202Eedercél",
      "zero-width space": "Mai\u200Brie",
      "zero-width joiner": "Mai\u200Drie",
      "byte order mark inside": "Mai\uFEFFrie",
      "lone surrogate": "Mairie \uD800",
      "run of combining marks": "Mairie Z\u0301\u0302\u0303\u0304",
      "control character": "Mairie\u0007",
    };
    for (const [what, organisation] of Object.entries(refused)) {
      expect(parse(person(1, ["rennes"], { organisation })).errors?.organisation, what).toContain("caractères non autorisés");
    }
    expect(parse(person(1, ["rennes"], { lastName: "Nguye\u0302\u0303n" })).data?.lastName, "two marks compose into one letter").toBe("Nguyễn");
    expect(parse(person(1, ["rennes"], { dietaryNeeds: "Sans gluten\u202E" })).errors?.dietaryNeeds).toContain("caractères non autorisés");
  });

  it("says in French what is wrong with each field", () => {
    const { errors } = parse({ events: [], email: "pas-un-email", firstName: "", lastName: "<script>", organisationType: "MAIRIE", role: 3, consent: false, phone: "abc" });
    expect(errors).toMatchObject({
      events: "Choisissez au moins une journée.",
      email: expect.stringContaining("adresse email valide"),
      firstName: "Indiquez votre prénom.",
      lastName: expect.stringContaining("ne peut contenir que des lettres"),
      organisation: "Indiquez votre organisation.",
      organisationType: "Choisissez le type de structure.",
      jobTitle: "Indiquez votre fonction.",
      role: "Choisissez votre statut.",
      phone: expect.stringContaining("numéro de téléphone valide"),
      consent: expect.stringContaining("accepter le traitement"),
    });
  });

  it("enforces length limits and refuses wrong types", () => {
    expect(parse(person(1, ["rennes"], { firstName: "A".repeat(101) })).errors?.firstName).toContain("100 caractères");
    expect(parse(person(1, ["rennes"], { accessibilityNeeds: "x".repeat(501) })).errors?.accessibilityNeeds).toContain("500 caractères");
    expect(parse({ ...person(1, ["rennes"]), lunch: "oui" }).errors?.lunch).toBe("Indiquez si vous déjeunez sur place.");
    expect(parse({ ...person(1, ["rennes"]), events: ["../etc"] }).errors?.events).toBe("Cette journée n'existe pas.");
    expect(parse([1, 2]).errors).toEqual({ form: "Le corps de la requête doit être un objet JSON." });
  });

  it("never lets an update change the email", () => {
    const result = attendeeUpdateSchema.safeParse({ email: "autre@example.fr" });
    expect(result.success).toBe(false);
  });
});
