import { attendeeActor } from "../audit/actor";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "../db/client";
import { seedDatabase } from "../../prisma/seed";
import { person } from "../../tests/support/people";
import { removeAttendees } from "../../tests/support/reset";
import { testAdmin } from "../../tests/support/actors";
import { cancelRegistrations } from "./cancel-registrations";
import { changeCapacity } from "./change-capacity";
import { createRegistrations } from "./create-registrations";
import { expireOffers } from "./expire-offers";
import { getManageView } from "./get-manage-view";
import { respondToOffer } from "./respond-to-offer";

const NOW = new Date("2030-02-01T10:00:00Z");
const HOUR = 3_600_000;
let n = 0;

beforeAll(() => seedDatabase(db, { year: 2030 }));
// Each test builds the waiting list it needs: none depends on another's leftovers.
beforeEach(() => removeAttendees(db));

/** Registers people for an event; returns their manage tokens. */
async function register(slug: string, count: number): Promise<string[]> {
  const tokens = [];
  for (let i = 0; i < count; i++) {
    const result = await createRegistrations({ input: person(++n, [slug]), now: NOW });
    tokens.push(result.manageToken!);
  }
  return tokens;
}

async function statusOf(token: string, slug: string) {
  const view = await getManageView({ token });
  return view.registrations.find((registration) => registration.event.slug === slug)!;
}

/** A small event (capacity 2) with two confirmed people and three waiting. */
async function smallFullEvent(slug: string, mode: "OFFER" | "AUTO_CONFIRM" = "OFFER") {
  const event = await db.event.findUniqueOrThrow({ where: { slug } });
  await db.event.update({ where: { id: event.id }, data: { waitlistMode: mode, offerHours: 48 } });
  await changeCapacity({ eventId: event.id, capacity: 2, actor: testAdmin, now: NOW });
  const [first, second, ...waiting] = await register(slug, 5);
  return { eventId: event.id, confirmed: [first, second], waiting };
}

describe("the waiting list", () => {
  it("offers a cancelled place to the first person waiting, who accepts it", async () => {
    const { confirmed, waiting } = await smallFullEvent("nancy");
    expect((await statusOf(waiting[0], "nancy")).waitlistPosition).toBe(1);
    expect((await statusOf(waiting[2], "nancy")).waitlistPosition).toBe(3);

    await cancelRegistrations({ actor: attendeeActor(confirmed[0]), now: NOW });
    const offered = await statusOf(waiting[0], "nancy");
    expect(offered.status).toBe("OFFERED");
    expect(offered.offerExpiresAt).toEqual(new Date(NOW.getTime() + 48 * HOUR));
    expect((await statusOf(waiting[1], "nancy")).waitlistPosition).toBe(1);

    const accepted = await respondToOffer({ actor: attendeeActor(waiting[0]), event: "nancy", accept: true, now: new Date(NOW.getTime() + HOUR) });
    expect(accepted.status).toBe("CONFIRMED");
    expect((await statusOf(waiting[0], "nancy")).status).toBe("CONFIRMED");
    await expect(respondToOffer({ actor: attendeeActor(waiting[0]), event: "nancy", accept: true, now: NOW })).rejects.toMatchObject({ code: "NO_OFFER" });
  });

  it("passes an expired offer to the next person, without anyone clicking", async () => {
    const { confirmed, waiting } = await smallFullEvent("grenoble");
    await cancelRegistrations({ actor: attendeeActor(confirmed[1]), now: NOW });
    expect((await expireOffers({ now: new Date(NOW.getTime() + 47 * HOUR) })).expired).toEqual([]);

    const later = new Date(NOW.getTime() + 49 * HOUR);
    const { expired, handedOut } = await expireOffers({ now: later });
    expect(expired).toHaveLength(1);
    expect(handedOut).toHaveLength(1);
    expect((await statusOf(waiting[0], "grenoble")).status).toBe("CANCELLED");
    expect((await statusOf(waiting[1], "grenoble")).status).toBe("OFFERED");
    await expect(respondToOffer({ actor: attendeeActor(waiting[0]), event: "grenoble", accept: true, now: later })).rejects.toMatchObject({ code: "NO_OFFER" });
  });

  it("passes a declined offer to the next person", async () => {
    const { confirmed, waiting } = await smallFullEvent("bordeaux");
    await cancelRegistrations({ actor: attendeeActor(confirmed[0]), now: NOW });
    const declined = await respondToOffer({ actor: attendeeActor(waiting[0]), event: "bordeaux", accept: false, now: NOW });
    expect(declined.status).toBe("CANCELLED");
    expect(declined.handedOut).toHaveLength(1);
    expect((await statusOf(waiting[1], "bordeaux")).status).toBe("OFFERED");
  });

  it("confirms the first person waiting at once in direct-confirm mode", async () => {
    const { confirmed, waiting } = await smallFullEvent("rennes", "AUTO_CONFIRM");
    await cancelRegistrations({ actor: attendeeActor(confirmed[0]), now: NOW });
    expect((await statusOf(waiting[0], "rennes")).status).toBe("CONFIRMED");
    expect((await statusOf(waiting[1], "rennes")).waitlistPosition).toBe(1);
    expect(await db.seat.count({ where: { event: { slug: "rennes" }, registrationId: { not: null } } })).toBe(2);
  });

  it("hands new places to the waiting list when the capacity rises, and refuses to go below the places held", async () => {
    const { eventId } = await smallFullEvent("rennes", "AUTO_CONFIRM");
    const { handedOut } = await changeCapacity({ eventId, capacity: 4, actor: testAdmin, now: NOW });
    expect(handedOut.map((seat) => seat.status)).toEqual(["CONFIRMED", "CONFIRMED"]);

    await expect(changeCapacity({ eventId, capacity: 3, actor: testAdmin, now: NOW })).rejects.toMatchObject({
      code: "CAPACITY_BELOW_HELD",
      detail: "4 places attribuées",
    });
    expect((await db.event.findUniqueOrThrow({ where: { id: eventId } })).capacity).toBe(4);
    const [newcomer] = await register("rennes", 1);
    expect((await statusOf(newcomer, "rennes")).status).toBe("WAITLISTED");

    const audit = await db.auditEntry.findMany({ where: { entityId: eventId, action: "event.capacity.changed" } });
    expect(audit.find((entry) => (entry.after as { capacity: number }).capacity === 4)).toMatchObject({
      actorKind: "USER",
      actorId: testAdmin.userId,
      actorLabel: testAdmin.email,
      eventId,
      before: { capacity: 2 },
    });
  });

  it("cancels one event of several, and refuses to cancel twice", async () => {
    const result = await createRegistrations({ input: person(++n, ["journee-nationale", "nancy"]), now: NOW });
    const token = result.manageToken!;
    const { cancelled } = await cancelRegistrations({ actor: attendeeActor(token), events: ["journee-nationale"], now: NOW });
    expect(cancelled.map((registration) => registration.event.slug)).toEqual(["journee-nationale"]);
    expect((await statusOf(token, "nancy")).status).not.toBe("CANCELLED");
    await expect(cancelRegistrations({ actor: attendeeActor(token), events: ["journee-nationale"], now: NOW })).rejects.toMatchObject({ code: "NOTHING_TO_CANCEL" });
    await expect(cancelRegistrations({ actor: attendeeActor(token), now: new Date("2030-09-12T10:00:00Z") })).rejects.toMatchObject({ code: "EVENT_STARTED" });
  });

  it("answers a wrong or tampered manage token with the same NOT_FOUND", async () => {
    const [token] = await register("journee-nationale", 1);
    const tampered = `${token.slice(0, -1)}${token.endsWith("A") ? "B" : "A"}`;
    for (const bad of [tampered, "court", `${token}x`, ""]) {
      await expect(getManageView({ token: bad })).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(cancelRegistrations({ actor: attendeeActor(bad), now: NOW })).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
  });
});
