import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "../db/client";
import { seedDatabase } from "../../prisma/seed";
import { person } from "../../tests/support/people";
import { removeAttendees } from "../../tests/support/reset";
import { createRegistrations } from "./create-registrations";
import { AppError } from "../errors";
import { registrationInputSchema } from "./schema";

const NOW = new Date("2030-02-01T10:00:00Z");

beforeAll(() => seedDatabase(db, { year: 2030 }));
// Each test starts from the seeded days with nobody registered: it passes alone (`-t`) as in the file.
beforeEach(() => removeAttendees(db));

const countByStatus = async (slug: string) => {
  const groups = await db.registration.groupBy({ by: ["status"], where: { event: { slug } }, _count: { _all: true } });
  return Object.fromEntries(groups.map((group) => [group.status, group._count._all]));
};

async function expectAppError(promise: Promise<unknown>, code: string) {
  const error = await promise.then(() => null, (caught: unknown) => caught);
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe(code);
}

describe("createRegistrations under a rush", () => {
  it("confirms exactly 250 of 400 simultaneous people for the national day and waitlists the other 150 in order", async () => {
    const results = await Promise.all(
      Array.from({ length: 400 }, (_, n) => createRegistrations({ input: person(n, ["journee-nationale"]), now: NOW })),
    );
    const statuses = results.map((result) => result.registrations[0].status);
    expect(statuses.filter((status) => status === "CONFIRMED")).toHaveLength(250);
    expect(statuses.filter((status) => status === "WAITLISTED")).toHaveLength(150);
    expect(await countByStatus("journee-nationale")).toEqual({ CONFIRMED: 250, WAITLISTED: 150 });

    const seats = await db.seat.findMany({ where: { event: { slug: "journee-nationale" } } });
    expect(seats).toHaveLength(250);
    expect(seats.every((seat) => seat.registrationId !== null)).toBe(true);
    const entries = await db.waitlistEntry.findMany({ where: { event: { slug: "journee-nationale" } }, orderBy: { position: "asc" } });
    expect(entries).toHaveLength(150);
    expect(new Set(entries.map((entry) => entry.position)).size).toBe(150);
  });

  it("does the same for a 100-seat regional day", async () => {
    const results = await Promise.all(
      Array.from({ length: 400 }, (_, n) => createRegistrations({ input: person(1000 + n, ["rennes"]), now: NOW })),
    );
    expect(results.filter((result) => result.registrations[0].status === "CONFIRMED")).toHaveLength(100);
    expect(await countByStatus("rennes")).toEqual({ CONFIRMED: 100, WAITLISTED: 300 });
  });

  it("gives the next people waiting list positions in arrival order", async () => {
    await Promise.all(Array.from({ length: 250 }, (_, n) => createRegistrations({ input: person(n, ["journee-nationale"]), now: NOW })));
    const positions = [];
    for (let n = 0; n < 3; n++) {
      const result = await createRegistrations({ input: person(2000 + n, ["journee-nationale"]), now: NOW });
      positions.push(result.registrations[0].waitlistPosition);
    }
    expect(positions).toEqual([1, 2, 3]);
  });
});

describe("createRegistrations for one person", () => {
  it("registers for the national day and a regional day at once, with a manage token", async () => {
    const result = await createRegistrations({ input: person(3000, ["journee-nationale", "nancy"]), now: NOW });
    expect(result.manageToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(result.registrations.map((registration) => [registration.event.slug, registration.status])).toEqual([
      ["journee-nationale", "CONFIRMED"],
      ["nancy", "CONFIRMED"],
    ]);
    const attendee = await db.attendee.findUniqueOrThrow({ where: { email: "personne3000@collectivite.example.fr" } });
    expect(attendee.manageTokenHash).not.toContain(result.manageToken);
  });

  it("keeps one registration when the same person submits twice, sequentially or at once: the second asks the mailbox", async () => {
    await createRegistrations({ input: person(3100, ["grenoble"]), now: NOW });
    expect(await createRegistrations({ input: person(3100, ["grenoble"]), now: NOW })).toMatchObject({ outcome: "CHECK_MAILBOX", manageToken: null });

    const twice = await Promise.all(Array.from({ length: 5 }, () => createRegistrations({ input: person(3101, ["bordeaux"]), now: NOW })));
    expect(twice.filter((result) => result.outcome === "REGISTERED")).toHaveLength(1);
    expect(twice.filter((result) => result.outcome === "CHECK_MAILBOX")).toHaveLength(4);
    expect(await db.registration.count({ where: { attendee: { email: "personne3101@collectivite.example.fr" } } })).toBe(1);
  });

  it("normalises the email, so case and spaces make no second person", async () => {
    await createRegistrations({ input: person(3200, ["grenoble"]), now: NOW });
    const shouting = registrationInputSchema.parse(person(3200, ["grenoble"], { email: " PERSONNE3200@Collectivite.Example.FR " }));
    expect(await createRegistrations({ input: shouting, now: NOW })).toMatchObject({ outcome: "CHECK_MAILBOX" });
    expect(await db.attendee.count({ where: { email: "personne3200@collectivite.example.fr" } })).toBe(1);
  });

  it("refuses two regional days at once and saves nothing; a second one later changes nothing by itself", async () => {
    await expectAppError(createRegistrations({ input: person(3300, ["nancy", "rennes"]), now: NOW }), "ONE_EVENT_PER_DAY");
    expect(await db.attendee.count({ where: { email: "personne3300@collectivite.example.fr" } })).toBe(0);

    await createRegistrations({ input: person(3301, ["nancy"]), now: NOW });
    expect(await createRegistrations({ input: person(3301, ["rennes"]), now: NOW })).toMatchObject({ outcome: "CHECK_MAILBOX" });
    expect(await db.registration.count({ where: { attendee: { email: "personne3301@collectivite.example.fr" } } })).toBe(1);
  });

  it("refuses an unknown event, and a closed or past one", async () => {
    await expectAppError(createRegistrations({ input: person(3400, ["inconnu"]), now: NOW }), "EVENT_NOT_FOUND");
    await db.event.update({ where: { slug: "bordeaux" }, data: { status: "CLOSED" } });
    await expectAppError(createRegistrations({ input: person(3401, ["bordeaux"]), now: NOW }), "REGISTRATION_CLOSED");
    await db.event.update({ where: { slug: "bordeaux" }, data: { status: "PUBLISHED" } });
    await expectAppError(
      createRegistrations({ input: person(3402, ["bordeaux"]), now: new Date("2030-09-13T10:00:00Z") }),
      "REGISTRATION_CLOSED",
    );
    expect(await db.attendee.count({ where: { email: { in: ["personne3400@collectivite.example.fr", "personne3401@collectivite.example.fr", "personne3402@collectivite.example.fr"] } } })).toBe(0);
  });
});
