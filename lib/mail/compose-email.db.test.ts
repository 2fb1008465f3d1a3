import { beforeAll, describe, expect, it } from "vitest";
import { seedDatabase } from "../../prisma/seed";
import { parisTime } from "../dates";
import { db } from "../db/client";
import type { EmailKind, Prisma } from "../db/models";
import { person } from "../../tests/support/people";
import { registerNew } from "../../tests/support/register";
import { composeEmail } from "./compose-email";

let registrationId: string;
let attendeeId: string;
let userId: string;
let messageId: string;
let invitationId: string;
let inviteId: string;

/** Every kind's outbox row as the app writes it (a Record: a new kind without one does not compile). */
const ROWS: Record<EmailKind, () => Prisma.OutboxEmailUncheckedCreateInput> = {
  REGISTRATION_CONFIRMED: () => ({ kind: "REGISTRATION_CONFIRMED", attendeeId, registrationId }),
  PLACE_CONFIRMED: () => ({ kind: "PLACE_CONFIRMED", attendeeId, registrationId }),
  EVENT_REMINDER: () => ({ kind: "EVENT_REMINDER", attendeeId, registrationId }),
  WAITLISTED: () => ({ kind: "WAITLISTED", attendeeId, registrationId, data: { position: 3 } }),
  PLACE_OFFERED: () => ({ kind: "PLACE_OFFERED", attendeeId, registrationId }),
  OFFER_EXPIRED: () => ({ kind: "OFFER_EXPIRED", attendeeId, registrationId }),
  REGISTRATION_CANCELLED: () => ({ kind: "REGISTRATION_CANCELLED", attendeeId, registrationId, data: { reason: "ORGANISER" } }),
  MANAGE_LINK: () => ({ kind: "MANAGE_LINK", attendeeId, data: { reason: "RENEWED" } }),
  JOIN_LINK: () => ({
    kind: "JOIN_LINK",
    attendeeId,
    data: { events: ["rennes", "journee-nationale"], lunch: true, expiresAt: "2030-02-02T10:00:00.000Z" },
  }),
  CONFIRM_EMAIL: () => ({ kind: "CONFIRM_EMAIL", attendeeId }),
  PROGRAMME_CHANGED: () => ({ kind: "PROGRAMME_CHANGED", attendeeId, registrationId, data: { changes: ["La clôture a lieu à 17 h 30."] } }),
  ORGANISER_MESSAGE: () => ({ kind: "ORGANISER_MESSAGE", attendeeId, registrationId, data: { messageId } }),
  INVITATION: () => ({ kind: "INVITATION", to: "invitee@example.fr", data: { invitationId } }),
  INVITATION_REMINDER: () => ({ kind: "INVITATION_REMINDER", to: "invitee@example.fr", data: { invitationId } }),
  SIGN_IN_LINK: () => ({ kind: "SIGN_IN_LINK", userId, data: { nonce: "nonce-de-test", callbackPath: "/admin/evenements", invitedBy: "admin@rencontres.example.fr" } }),
  // The morning after the national day (26 June 2030), the person having come in at 9 h 10.
  ATTENDANCE_CERTIFICATE: () => ({ kind: "ATTENDANCE_CERTIFICATE", attendeeId, registrationId, createdAt: parisTime(2030, 6, 27, 9, 0) }),
  QUESTIONNAIRE: () => ({ kind: "QUESTIONNAIRE", attendeeId, registrationId, data: { inviteId } }),
  QUESTIONNAIRE_REMINDER: () => ({ kind: "QUESTIONNAIRE_REMINDER", attendeeId, registrationId, data: { inviteId } }),
};

/** Every row of every table, in a stable order: what a render must leave as it found it. */
async function everything(): Promise<string[]> {
  const tables = await Promise.all([
    db.edition.findMany(), db.network.findMany(), db.event.findMany(), db.programmeItem.findMany(), db.speaker.findMany(),
    db.programmeItemSpeaker.findMany(), db.attendee.findMany(), db.registration.findMany(), db.checkIn.findMany(),
    db.checkInOperation.findMany(), db.securityListEntry.findMany(), db.seat.findMany(), db.waitlistEntry.findMany(),
    db.auditEntry.findMany(), db.message.findMany(), db.programmeChange.findMany(), db.user.findMany(),
    db.organiserEvent.findMany(), db.account.findMany(), db.session.findMany(), db.verificationToken.findMany(),
    db.outboxEmail.findMany(), db.rateLimit.findMany(),
  ]);
  return tables.flatMap((rows, table) => rows.map((row) => `${table}:${JSON.stringify(row)}`)).sort();
}

beforeAll(async () => {
  await seedDatabase(db, { year: 2030 });
  const result = await registerNew({ input: person(1, ["journee-nationale"]) });
  ({ attendeeId } = result);
  registrationId = result.registrations[0].registrationId;
  // Proven address: the first name and needs appear, as they do for most attendees.
  await db.attendee.update({ where: { id: attendeeId }, data: { emailVerifiedAt: new Date(), dietaryNeeds: "Végétarien" } });
  const event = await db.event.findUniqueOrThrow({ where: { slug: "journee-nationale" } });
  await db.event.update({ where: { id: event.id }, data: { certificateSignatoryName: "Claire Fontaine", certificateSignatoryTitle: "présidente du RTES" } });
  await db.checkIn.create({ data: { registrationId, eventId: event.id, checkedInAt: parisTime(2030, 6, 26, 9, 10), method: "SEARCH", operationId: "certificate-arrival", byLabel: "accueil" } });
  ({ id: messageId } = await db.message.create({
    data: { eventId: event.id, subject: "Informations pratiques", body: "L'accueil ouvre à 9 h.", audience: "CONFIRMED", recipients: 1, sentById: "test-admin", sentByEmail: "admin@rencontres.example.fr" },
  }));
  ({ id: userId } = await db.user.create({ data: { email: "organisatrice@rencontres.example.fr", role: "ORGANISER" } }));
  ({ id: invitationId } = await db.invitation.create({
    data: {
      eventId: event.id, email: "invitee@example.fr", firstName: "Inès", lastName: "Invitée", role: "PRESSE", message: "Au plaisir de vous voir.",
      expiresAt: new Date("2030-06-01T10:00:00Z"), tokenHash: "test-hash", invitedByLabel: "admin@rencontres.example.fr", sentAt: new Date(),
    },
  }));
  ({ id: inviteId } = await db.questionnaireInvite.create({ data: { registrationId, eventId: event.id, sentAt: parisTime(2030, 6, 27, 9, 0) } }));
});

describe("composing an email", () => {
  it("renders every kind without writing to the database", async () => {
    for (const [kind, row] of Object.entries(ROWS)) {
      const { id } = await db.outboxEmail.create({ data: row() });
      const before = await everything();
      const email = await composeEmail(id);
      expect(await everything(), kind).toEqual(before);
      expect(email.subject.length, kind).toBeGreaterThan(0);
      expect(email.text.length, kind).toBeGreaterThan(0);
    }
  });

  it("fails, writing nothing, when a ticket has no code: codes are given when registrations are written", async () => {
    const { registrations } = await registerNew({ input: person(2, ["rennes"]) });
    const id = registrations[0].registrationId;
    await db.registration.update({ where: { id }, data: { ticketCode: null } });
    const email = await db.outboxEmail.findFirstOrThrow({ where: { registrationId: id, kind: "REGISTRATION_CONFIRMED" } });
    const before = await everything();
    await expect(composeEmail(email.id)).rejects.toThrow(`Outbox email ${email.id} (REGISTRATION_CONFIRMED): registration ${id} has no ticket code`);
    expect(await everything()).toEqual(before);
  });

  it("fails with the reason when a row's data does not fit its kind", async () => {
    const { id } = await db.outboxEmail.create({ data: { kind: "ORGANISER_MESSAGE", attendeeId, registrationId, data: { message: "?" } } });
    await expect(composeEmail(id)).rejects.toThrow(/ORGANISER_MESSAGE\): its data does not fit: .*messageId/s);
  });
});
