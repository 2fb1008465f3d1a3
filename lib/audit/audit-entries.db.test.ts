import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { seedDatabase } from "../../prisma/seed";
import { testAdmin } from "../../tests/support/actors";
import { person } from "../../tests/support/people";
import { removeAttendees } from "../../tests/support/reset";
import { attendeeActor } from "../audit/actor";
import { purgeDoorOperations } from "../checkin/purge-door-operations";
import { db } from "../db/client";
import { confirmEmailToken } from "../links/confirm-email-token";
import { joinToken } from "../links/join-token";
import { cancelRegistrations } from "../registrations/cancel-registrations";
import { changeCapacity } from "../registrations/change-capacity";
import { confirmEmail } from "../registrations/confirm-email";
import { createRegistrations } from "../registrations/create-registrations";
import { expireHolds } from "../registrations/expire-holds";
import { expireOffers } from "../registrations/expire-offers";
import { addDaysByLink } from "../registrations/join-link";
import { renewManageLink } from "../registrations/renew-manage-link";
import { respondToOffer } from "../registrations/respond-to-offer";
import { updateAttendee } from "../registrations/update-attendee";
import type { AuditAction } from "./actions";

const NOW = new Date("2030-02-01T10:00:00Z");
const HOUR = 3_600_000;
const later = (ms: number) => new Date(NOW.getTime() + ms);
let n = 100;

beforeAll(async () => {
  await seedDatabase(db, { year: 2030 });
  const nancy = await db.event.findUniqueOrThrow({ where: { slug: "nancy" } });
  await db.event.update({ where: { id: nancy.id }, data: { waitlistMode: "OFFER", offerHours: 48 } });
  await changeCapacity({ eventId: nancy.id, capacity: 1, actor: testAdmin, now: NOW });
});
beforeEach(async () => {
  await removeAttendees(db);
  await db.auditEntry.deleteMany();
  await db.event.updateMany({ data: { emailConfirmationHours: null } });
});

async function register(slugs: string[]) {
  const result = await createRegistrations({ input: person(++n, slugs), now: NOW });
  if (result.outcome !== "REGISTERED") throw new Error("expected a new person");
  return result;
}

/** Nancy holds one seat: the first person takes it, the second waits, then the first cancels and the second is offered it. */
async function offered() {
  const [first, second] = [await register(["nancy"]), await register(["nancy"])];
  await cancelRegistrations({ actor: attendeeActor(first.manageToken), now: NOW });
  return second;
}

/** The entries of this action, with who the journal names. */
const entries = (action: AuditAction) => db.auditEntry.findMany({ where: { action }, select: { actorKind: true, actorId: true, actorLabel: true, entityId: true, after: true } });

/**
 * Each operation of an attendee or of the worker, and the entry it must leave: the attendee's
 * by the person themself (their id, never a token), the worker's by the system's job.
 */
const CASES: { operation: string; run: () => Promise<{ attendeeId: string | null }>; action: AuditAction }[] = [
  { operation: "a newcomer registers", action: "registration.created", run: register.bind(null, ["rennes"]) },
  {
    operation: "an attendee edits their details",
    action: "attendee.updated",
    run: async () => {
      const { attendeeId, manageToken } = await register(["rennes"]);
      await updateAttendee({ actor: attendeeActor(manageToken), update: { firstName: "Zoé" } });
      return { attendeeId };
    },
  },
  {
    operation: "an attendee cancels",
    action: "registration.cancelled.by-attendee",
    run: async () => {
      const { attendeeId, manageToken } = await register(["rennes"]);
      await cancelRegistrations({ actor: attendeeActor(manageToken), now: NOW });
      return { attendeeId };
    },
  },
  { operation: "the waiting list offers a freed seat", action: "registration.waitlist.offered", run: async () => (await offered(), { attendeeId: null }) },
  {
    operation: "an attendee accepts an offer",
    action: "registration.offer.accepted",
    run: async () => {
      const { attendeeId, manageToken } = await offered();
      await respondToOffer({ actor: attendeeActor(manageToken), event: "nancy", accept: true, now: later(HOUR) });
      return { attendeeId };
    },
  },
  {
    operation: "an attendee declines an offer",
    action: "registration.offer.declined",
    run: async () => {
      const { attendeeId, manageToken } = await offered();
      await respondToOffer({ actor: attendeeActor(manageToken), event: "nancy", accept: false, now: later(HOUR) });
      return { attendeeId };
    },
  },
  { operation: "the worker expires an offer", action: "registration.offer.expired", run: async () => (await offered(), await expireOffers({ now: later(49 * HOUR) }), { attendeeId: null }) },
  {
    operation: "an attendee renews their manage link",
    action: "attendee.manage-link.renewed",
    run: async () => {
      const { attendeeId, manageToken } = await register(["rennes"]);
      await renewManageLink({ actor: attendeeActor(manageToken), now: later(HOUR) });
      return { attendeeId };
    },
  },
  {
    operation: "an attendee confirms their address",
    action: "attendee.email.confirmed",
    run: async () => {
      await db.event.update({ where: { slug: "rennes" }, data: { emailConfirmationHours: 2 } });
      const { attendeeId } = await register(["rennes"]);
      await confirmEmail({ token: confirmEmailToken(attendeeId, 0, later(2 * HOUR)), now: later(HOUR) });
      return { attendeeId };
    },
  },
  {
    operation: "the worker frees a seat held for an unconfirmed address",
    action: "registration.hold.expired",
    run: async () => {
      await db.event.update({ where: { slug: "rennes" }, data: { emailConfirmationHours: 2 } });
      await register(["rennes"]);
      await expireHolds({ now: later(3 * HOUR) });
      return { attendeeId: null };
    },
  },
  {
    operation: "a known address adds a day by its join link",
    action: "registration.joined-by-link",
    run: async () => {
      const { attendeeId } = await register(["rennes"]);
      await addDaysByLink({ token: joinToken({ attendeeId, manageTokenVersion: 0, events: ["journee-nationale"], lunch: false }, later(HOUR)), now: NOW });
      return { attendeeId };
    },
  },
  {
    operation: "the worker forgets old door taps",
    action: "door.operations.purged",
    run: async () => {
      const nancy = await db.event.findUniqueOrThrow({ where: { slug: "nancy" } });
      await db.checkInOperation.create({ data: { id: `old-tap-${++n}`, eventId: nancy.id, createdAt: new Date(Date.now() - 40 * 24 * HOUR) } });
      await purgeDoorOperations();
      return { attendeeId: null };
    },
  },
];

describe("the audit journal records every change with who made it", () => {
  it.each(CASES)("$operation: $action", async ({ run, action }) => {
    const { attendeeId } = await run();
    const recorded = await entries(action);
    expect(recorded.length).toBeGreaterThan(0);
    for (const entry of recorded) {
      if (attendeeId) expect(entry).toMatchObject({ actorKind: "ATTENDEE", actorId: attendeeId, actorLabel: "participant·e" });
      else expect(entry).toMatchObject({ actorKind: "SYSTEM", actorId: null });
    }
  });

  it("keeps which details an attendee changed, not their values", async () => {
    const { manageToken } = await register(["rennes"]);
    await updateAttendee({ actor: attendeeActor(manageToken), update: { firstName: "Zoé", lunch: false } });
    const [entry] = await entries("attendee.updated");
    expect(entry.after).toEqual({ fields: ["firstName"] });
    expect(JSON.stringify(entry)).not.toContain("Zoé");
  });

  it("writes one entry per person of a group registered together", async () => {
    const results = await Promise.all([101, 102, 103].map((k) => createRegistrations({ input: person(k + 1000, ["rennes"]), now: NOW })));
    const recorded = await entries("registration.created");
    expect(recorded.map((entry) => entry.actorId).sort()).toEqual(results.map((result) => result.attendeeId).sort());
  });
});
