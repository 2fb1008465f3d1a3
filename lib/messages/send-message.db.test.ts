import { beforeAll, describe, expect, it } from "vitest";
import { seedDatabase } from "../../prisma/seed";
import { db } from "../db/client";
import { changeCapacity } from "../registrations/change-capacity";
import { createRegistrations } from "../registrations/create-registrations";
import { composeEmail } from "../mail/compose-email";
import { person } from "../../tests/support/people";
import { testAdmin } from "../../tests/support/actors";
import { messageInputSchema } from "./schema";
import { previewMessage } from "./preview-message";
import { sendMessage } from "./send-message";

let eventId: string;

beforeAll(async () => {
  await seedDatabase(db, { year: 2030 });
  eventId = (await db.event.findUniqueOrThrow({ where: { slug: "bordeaux" } })).id;
  await changeCapacity({ eventId, capacity: 2, actor: testAdmin });
  for (let n = 0; n < 3; n++) await createRegistrations({ input: person(500 + n, ["bordeaux"]) });
});

describe("organisers' messages", () => {
  const input = messageInputSchema.parse({
    subject: "Informations pratiques",
    body: "L'accueil ouvre à 9 h.\r\n\r\nPensez à votre pièce d'identité.",
    audience: "CONFIRMED",
  });

  it("are previewed: how many people, and the email", async () => {
    const preview = await previewMessage({ eventId, input });
    expect(preview.recipients).toBe(2);
    expect(preview.subject).toBe("Informations pratiques — Journée régionale de Bordeaux");
    expect(preview.text).toContain("Pensez à votre pièce d'identité.");
  });

  it("go to the chosen group only, one email each through the outbox, and are logged", async () => {
    expect(await sendMessage({ actor: testAdmin, eventId, input })).toEqual({ recipients: 2 });
    const emails = await db.outboxEmail.findMany({ where: { kind: "ORGANISER_MESSAGE" }, include: { registration: true } });
    expect(emails.map((email) => email.registration?.status)).toEqual(["CONFIRMED", "CONFIRMED"]);
    const composed = await composeEmail(emails[0].id);
    expect(composed.subject).toBe("Informations pratiques — Journée régionale de Bordeaux");
    expect(composed.text).toContain("L'accueil ouvre à 9 h.");
    expect(composed.text).toContain("/inscription/gerer/");
    expect(await db.auditEntry.findFirst({ where: { action: "message.sent" } })).toMatchObject({ eventId, after: { recipients: 2, audience: "CONFIRMED" } });

    await expect(sendMessage({ actor: testAdmin, eventId, input: { ...input, audience: "OFFERED" } })).rejects.toMatchObject({ code: "NO_RECIPIENTS" });
  });
});
