import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { seedDatabase } from "../../prisma/seed";
import type { UserActor } from "../audit/actor";
import { db } from "../db/client";
import { person } from "../../tests/support/people";
import { removeAttendees } from "../../tests/support/reset";
import { testAdmin } from "../../tests/support/actors";
import { cancelByOrganiser } from "./cancel-by-organiser";
import { changeCapacity } from "./change-capacity";
import { confirmRegistration } from "./confirm-registration";
import { createRegistrations } from "./create-registrations";
import { getRegistrationDetail } from "./get-registration-detail";
import { offerPlace } from "./offer-place";
import { resendConfirmation } from "./resend-confirmation";
import { saveInternalNote } from "./save-internal-note";

const NOW = new Date("2030-02-01T10:00:00Z");
const organiser: UserActor = { kind: "USER", userId: "organiser", email: "orga@example.fr", role: "ORGANISER", eventIds: null };
let eventId: string;
let ids: string[];

const statusOf = async (id: string) => (await db.registration.findUniqueOrThrow({ where: { id } })).status;
const heldSeats = () => db.seat.count({ where: { eventId, registrationId: { not: null } } });

beforeAll(async () => {
  await seedDatabase(db, { year: 2030 });
  eventId = (await db.event.findUniqueOrThrow({ where: { slug: "nancy" } })).id;
  await changeCapacity({ eventId, capacity: 2, actor: testAdmin, now: NOW });
});
// Each test starts from the same five people (two seated, three waiting): it passes alone (`-t`) as in the file.
beforeEach(async () => {
  await removeAttendees(db);
  ids = [];
  for (let n = 0; n < 5; n++) ids.push((await createRegistrations({ input: person(900 + n, ["nancy"]), now: NOW })).registrations[0].registrationId);
});

describe("following a registration up from the back office", () => {
  it("confirms a waiting person over a full day only for an admin who gives a reason, and the extra place goes when freed", async () => {
    const [, , waiting] = ids;
    await expect(confirmRegistration({ actor: organiser, eventId, registrationId: waiting, overCapacityReason: "Intervenante", now: NOW })).rejects.toMatchObject({ code: "NO_FREE_SEAT" });
    await expect(confirmRegistration({ actor: testAdmin, eventId, registrationId: waiting, now: NOW })).rejects.toMatchObject({ code: "NO_FREE_SEAT" });
    expect(await confirmRegistration({ actor: testAdmin, eventId, registrationId: waiting, overCapacityReason: "Intervenante de la table ronde", now: NOW })).toEqual({ overCapacity: true });
    expect(await statusOf(waiting)).toBe("CONFIRMED");
    expect(await heldSeats()).toBe(3);
    expect(await db.outboxEmail.count({ where: { registrationId: waiting, kind: "PLACE_CONFIRMED" } })).toBe(1);
    expect(await db.auditEntry.findFirst({ where: { entityId: waiting, action: "registration.confirmed" } })).toMatchObject({
      actorId: testAdmin.userId,
      after: { status: "CONFIRMED", overCapacity: true, reason: "Intervenante de la table ronde" },
    });

    await cancelByOrganiser({ actor: organiser, eventId, registrationId: waiting, now: NOW });
    expect(await heldSeats()).toBe(2);
    expect(await db.outboxEmail.findFirst({ where: { registrationId: waiting, kind: "REGISTRATION_CANCELLED" } })).toMatchObject({ data: { reason: "ORGANISER" } });
    await expect(cancelByOrganiser({ actor: organiser, eventId, registrationId: waiting, now: NOW })).rejects.toMatchObject({ code: "WRONG_STATUS" });
  });

  it("cancels a confirmed person: the place goes to the first one waiting", async () => {
    const [first, , third, fourth] = ids;
    // The first one waiting has left the queue: the fourth is now first.
    await cancelByOrganiser({ actor: organiser, eventId, registrationId: third, now: NOW });
    const { handedOut } = await cancelByOrganiser({ actor: organiser, eventId, registrationId: first, now: NOW });
    expect(handedOut).toEqual([{ registrationId: fourth, status: "OFFERED" }]);
    expect(await db.auditEntry.count({ where: { entityId: first, action: "registration.cancelled", actorId: organiser.userId } })).toBe(1);
  });

  it("offers a place ahead of the queue, over the capacity for an admin with a reason", async () => {
    const fifth = ids[4];
    await expect(offerPlace({ actor: organiser, eventId, registrationId: fifth, now: NOW })).rejects.toMatchObject({ code: "NO_FREE_SEAT" });
    await offerPlace({ actor: testAdmin, eventId, registrationId: fifth, overCapacityReason: "Élue de la ville hôte", now: NOW });
    expect(await statusOf(fifth)).toBe("OFFERED");
    expect((await db.waitlistEntry.findUniqueOrThrow({ where: { registrationId: fifth } })).offerExpiresAt).toEqual(new Date(NOW.getTime() + 48 * 3_600_000));
    await expect(offerPlace({ actor: testAdmin, eventId, registrationId: fifth, now: NOW })).rejects.toMatchObject({ code: "WRONG_STATUS" });
  });

  it("sends a confirmation again, not twice in a row, and only to a confirmed person", async () => {
    const second = ids[1];
    // Its first confirmation has just gone: not again before a few minutes.
    await expect(resendConfirmation({ actor: organiser, eventId, registrationId: second, now: NOW })).rejects.toMatchObject({ code: "RECENTLY_SENT" });
    const later = new Date(NOW.getTime() + 10 * 60_000);
    await resendConfirmation({ actor: organiser, eventId, registrationId: second, now: later });
    await expect(resendConfirmation({ actor: organiser, eventId, registrationId: second, now: later })).rejects.toMatchObject({ code: "RECENTLY_SENT" });
    await cancelByOrganiser({ actor: organiser, eventId, registrationId: ids[0], now: NOW });
    await expect(resendConfirmation({ actor: organiser, eventId, registrationId: ids[0] })).rejects.toMatchObject({ code: "WRONG_STATUS" });
  });

  it("keeps an internal note, and shows the registration's history and emails", async () => {
    const second = ids[1];
    await resendConfirmation({ actor: organiser, eventId, registrationId: second, now: new Date(NOW.getTime() + 10 * 60_000) });
    await saveInternalNote({ actor: organiser, eventId, registrationId: second, note: "Vient avec un accompagnant." });
    const detail = await getRegistrationDetail({ eventId, registrationId: second, viewer: testAdmin });
    expect(detail?.registration.internalNote).toBe("Vient avec un accompagnant.");
    expect(detail?.history.map((entry) => entry.action)).toEqual(["registration.created", "registration.confirmation.resent", "registration.note.changed"]);
    expect(detail?.emails.map((email) => email.kind)).toEqual(["REGISTRATION_CONFIRMED", "REGISTRATION_CONFIRMED"]);
    const national = await db.event.findUniqueOrThrow({ where: { slug: "journee-nationale" } });
    await expect(saveInternalNote({ actor: organiser, eventId: national.id, registrationId: second, note: "x" })).rejects.toMatchObject({ code: "RECORD_NOT_FOUND" });
    expect(await getRegistrationDetail({ eventId: national.id, registrationId: second, viewer: testAdmin })).toBeNull();
  });
});
