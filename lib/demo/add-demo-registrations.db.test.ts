import { beforeAll, describe, expect, it } from "vitest";
import { seedDatabase } from "../../prisma/seed";
import { db } from "../db/client";
import { changeCapacity } from "../registrations/change-capacity";
import { registrationInputSchema } from "../registrations/schema";
import { testAdmin } from "../../tests/support/actors";
import { addDemoRegistrations } from "./add-demo-registrations";
import { fictionalAttendee } from "./fictional-attendees";

beforeAll(async () => {
  await seedDatabase(db, { year: 2030 });
  // Small days, so that 300 people fill them and the waiting lists take over.
  for (const event of await db.event.findMany()) await changeCapacity({ eventId: event.id, capacity: 30, actor: testAdmin });
});

describe("demo data", () => {
  it("are people the registration form accepts, the same for the same number", () => {
    for (let n = 1; n <= 200; n++) expect(registrationInputSchema.safeParse(fictionalAttendee(n, ["rennes"])).success).toBe(true);
    expect(fictionalAttendee(7, ["rennes"])).toEqual(fictionalAttendee(7, ["rennes"]));
  });

  it("register through the real operations: capacity kept, waiting lists, cancellations, no email left to send", async () => {
    const { registered, statuses } = await addDemoRegistrations({ count: 300 });
    expect(registered).toBe(300);
    expect(statuses.CANCELLED).toBeGreaterThan(0);
    expect(statuses.WAITLISTED).toBeGreaterThan(0);
    for (const event of await db.event.findMany()) {
      expect(await db.seat.count({ where: { eventId: event.id, registrationId: { not: null } } })).toBeLessThanOrEqual(event.capacity);
    }
    expect(await db.outboxEmail.count()).toBe(0);
    // Each has its ticket code from the moment it is written: no email ever has to give one.
    expect(await db.registration.count({ where: { ticketCode: null } })).toBe(0);
    expect(await db.attendee.count({ where: { OR: [{ lastName: { contains: "ø" } }, { lastName: { contains: "ễ" } }, { firstName: { contains: "ë" } }] } })).toBeGreaterThan(0);
    // A second run adds new people after the first ones.
    expect((await addDemoRegistrations({ count: 10, event: "rennes" })).registered).toBe(10);
    expect(await db.attendee.count()).toBe(310);
  });
});
