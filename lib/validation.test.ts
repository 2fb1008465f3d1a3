import { describe, expect, it } from "vitest";
import { eventInputSchema } from "./events/schema";
import { fieldErrors } from "./field-errors";

const valid = {
  title: "Journée régionale de Lille", slug: "lille", kind: "REGIONAL", region: "", summary: "Présentation.", date: "2028-10-17",
  startTime: "09:30", endTime: "17:00", city: "Lille", venue: "", address: "", host: "", capacity: "100", registrationOpensAt: "",
  registrationClosesAt: "2028-10-17T09:30", waitlistMode: "OFFER", offerHours: "48", reminderDaysBefore: "2", replyTo: "",
};

const errorsOf = (changes: Record<string, string>) => {
  const parsed = eventInputSchema.safeParse({ ...valid, ...changes });
  return parsed.success ? {} : fieldErrors(parsed.error);
};

describe("the event form's validation", () => {
  it("accepts a complete form and reads its times in Paris", () => {
    const parsed = eventInputSchema.parse(valid);
    expect(parsed.startsAt.toISOString()).toBe("2028-10-17T07:30:00.000Z");
    expect(parsed.registrationOpensAt).toBeNull();
    expect(parsed.replyTo).toBeNull();
  });

  it("refuses what a person could type wrong, field by field, in French", () => {
    expect(errorsOf({ date: "2028-02-30" })).toEqual({ date: "La date n'existe pas dans le calendrier." });
    expect(errorsOf({ registrationClosesAt: "2028-13-01T09:00" })).toEqual({ registrationClosesAt: "La clôture des inscriptions n'existe pas dans le calendrier." });
    expect(errorsOf({ endTime: "09:00" })).toEqual({ endTime: "L'heure de fin doit être après l'heure de début." });
    expect(errorsOf({ capacity: "beaucoup" })).toEqual({ capacity: "La capacité : nombre entier attendu." });
    expect(errorsOf({ capacity: "0" })).toEqual({ capacity: "La capacité : au moins 1." });
    expect(errorsOf({ slug: "Journée Lille" })).toHaveProperty("slug");
    expect(errorsOf({ replyTo: "pas une adresse" })).toEqual({ replyTo: "L'adresse de réponse : indiquez une adresse email valide." });
    expect(errorsOf({ title: "" })).toEqual({ title: "Indiquez le titre." });
  });

  it("takes the certificates' signatory with both a name and a function, or neither", () => {
    expect(eventInputSchema.parse(valid)).toMatchObject({ certificateSignatoryName: null, certificateSignatoryTitle: null });
    expect(eventInputSchema.parse({ ...valid, certificateSignatoryName: " Claire Fontaine ", certificateSignatoryTitle: "maire" })).toMatchObject({
      certificateSignatoryName: "Claire Fontaine",
      certificateSignatoryTitle: "maire",
    });
    expect(errorsOf({ certificateSignatoryName: "Claire Fontaine" })).toEqual({
      certificateSignatoryTitle: "Indiquez aussi la fonction du ou de la signataire des attestations, ou effacez son nom.",
    });
    expect(errorsOf({ certificateSignatoryTitle: "maire" })).toEqual({
      certificateSignatoryName: "Indiquez aussi le nom du ou de la signataire des attestations, ou effacez sa fonction.",
    });
    expect(errorsOf({ certificateSignatoryName: "x".repeat(121), certificateSignatoryTitle: "maire" })).toEqual({
      certificateSignatoryName: "Le nom du ou de la signataire des attestations : 120 caractères au plus.",
    });
  });
});
