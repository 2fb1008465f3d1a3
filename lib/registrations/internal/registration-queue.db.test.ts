import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "../../db/client";
import { seedDatabase } from "../../../prisma/seed";
import { person } from "../../../tests/support/people";
import { createRegistrations } from "../create-registrations";
import { registerNewcomers } from "./register-newcomers";

const NOW = new Date("2030-02-01T10:00:00Z");

beforeAll(() => seedDatabase(db, { year: 2030 }));
afterAll(() => db.$disconnect());

describe("the registration queue", () => {
  it("sorts a round into new people, written together, and the others, one by one", async () => {
    await createRegistrations({ input: person(1, ["nancy"]), now: NOW });
    const outcomes = await Promise.allSettled([
      createRegistrations({ input: person(2, ["nancy"]), now: NOW }),
      createRegistrations({ input: person(3, ["nancy", "journee-nationale"]), now: NOW }),
      createRegistrations({ input: person(1, ["nancy"]), now: NOW }),
      createRegistrations({ input: person(2, ["nancy"]), now: NOW }),
      createRegistrations({ input: person(1, ["journee-nationale"]), now: NOW }),
    ]);
    const summary = (outcome: (typeof outcomes)[number]) => {
      if (outcome.status === "rejected") return (outcome.reason as { code: string }).code;
      return outcome.value.outcome === "REGISTERED" ? outcome.value.registrations.map((r) => r.status).join("+") : outcome.value.outcome;
    };
    expect(outcomes.map(summary)).toEqual(["CONFIRMED", "CONFIRMED+CONFIRMED", "CHECK_MAILBOX", "CHECK_MAILBOX", "CHECK_MAILBOX"]);
    const [, three, , , one] = outcomes;
    expect(three.status === "fulfilled" && three.value.manageToken).toBeTruthy();
    // Person 1 existed already: whoever typed the address gets no manage link, and nothing changes until its owner uses the emailed link.
    expect(one.status === "fulfilled" && one.value.manageToken).toBeNull();
    expect(await db.registration.count({ where: { attendee: { email: { in: ["personne1@collectivite.example.fr", "personne2@collectivite.example.fr"] } } } })).toBe(2);
  });

  it("writes a group all or nothing: an address taken meanwhile fails it whole", async () => {
    const before = await db.registration.count();
    await expect(
      registerNewcomers([
        { input: person(10, ["rennes"]), events: [await db.event.findUniqueOrThrow({ where: { slug: "rennes" } })], now: NOW },
        { input: person(1, ["rennes"]), events: [await db.event.findUniqueOrThrow({ where: { slug: "rennes" } })], now: NOW },
      ]),
    ).rejects.toMatchObject({ code: "P2002" });
    expect(await db.registration.count()).toBe(before);
    expect(await db.attendee.count({ where: { email: "personne10@collectivite.example.fr" } })).toBe(0);
  });
});
