import { beforeAll, describe, expect, it, vi } from "vitest";
import { newcomerActor } from "../../audit/actor";
import { db, dialect } from "../../db/client";
import { isUniqueViolation } from "../../db/unique-violation";
import { log } from "../../log";
import { seedDatabase } from "../../../prisma/seed";
import { person } from "../../../tests/support/people";
import { createRegistrations } from "../create-registrations";
import { registerNewcomers } from "./register-newcomers";

const NOW = new Date("2030-02-01T10:00:00Z");

beforeAll(() => seedDatabase(db, { year: 2030 }));

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
    // The address taken meanwhile: registered before the group is written.
    await createRegistrations({ input: person(11, ["nancy"]), now: NOW });
    const before = await db.registration.count();
    await expect(
      registerNewcomers([
        { input: person(10, ["rennes"]), events: [await db.event.findUniqueOrThrow({ where: { slug: "rennes" } })], answers: [], now: NOW, actor: newcomerActor() },
        { input: person(11, ["rennes"]), events: [await db.event.findUniqueOrThrow({ where: { slug: "rennes" } })], answers: [], now: NOW, actor: newcomerActor() },
      ]),
    ).rejects.toSatisfy(isUniqueViolation);
    expect(await db.registration.count()).toBe(before);
    expect(await db.attendee.count({ where: { email: "personne10@collectivite.example.fr" } })).toBe(0);
  });

  it("logs a group's real failure with its cause, then answers each of its people on their own", async () => {
    // A real database error, caused on purpose: the database refuses one surname. The group holding it fails whole.
    await refuseSurname("Refusé");
    const logged: unknown[][] = [];
    vi.mocked(log.error).mockImplementation((...args: unknown[]) => void logged.push(args));
    try {
      const outcomes = await Promise.allSettled([
        createRegistrations({ input: person(20, ["grenoble"]), now: NOW }),
        createRegistrations({ input: { ...person(21, ["grenoble"]), lastName: "Refusé" }, now: NOW }),
        createRegistrations({ input: person(22, ["grenoble"]), now: NOW }),
      ]);
      expect(outcomes.map((outcome) => outcome.status)).toEqual(["fulfilled", "rejected", "fulfilled"]);
      const refused = (outcomes[1] as PromiseRejectedResult).reason as { name: string; code?: string };
      expect(await db.attendee.count({ where: { email: { in: ["personne20@collectivite.example.fr", "personne22@collectivite.example.fr"] } } })).toBe(2);
      expect(logged).toHaveLength(1);
      const [entry, message] = logged[0] as [{ area: string; people: number; cause: { name: string; code?: string; message: string } }, string];
      expect(message).toMatch(/registration group failed/);
      // The group's cause is the database's refusal of its statement (written in SQL: lib/db/insert-rows),
      // with the trigger's words on both databases.
      expect(entry).toMatchObject({ area: "registrations", people: 3, cause: { name: refused.name, code: "P2010" } });
      expect(entry.cause.message).toContain("refused on purpose");
      expect(JSON.stringify(entry)).not.toMatch(/personne2\d@|Refusé/);
    } finally {
      await allowSurnames();
    }
  });
});

/** A trigger that makes the database itself refuse an Attendee row with this surname. */
async function refuseSurname(lastName: string): Promise<void> {
  if (dialect.provider === "postgresql") {
    await db.$executeRawUnsafe(
      `CREATE OR REPLACE FUNCTION refuse_surname() RETURNS trigger AS $$ BEGIN IF NEW."lastName" = '${lastName}' THEN RAISE EXCEPTION 'refused on purpose'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql`,
    );
    await db.$executeRawUnsafe(`CREATE TRIGGER refuse_surname BEFORE INSERT ON "Attendee" FOR EACH ROW EXECUTE FUNCTION refuse_surname()`);
  } else {
    await db.$executeRawUnsafe(
      `CREATE TRIGGER refuse_surname BEFORE INSERT ON "Attendee" WHEN NEW."lastName" = '${lastName}' BEGIN SELECT RAISE(ABORT, 'refused on purpose'); END`,
    );
  }
}

async function allowSurnames(): Promise<void> {
  await db.$executeRawUnsafe(`DROP TRIGGER IF EXISTS refuse_surname${dialect.provider === "postgresql" ? ' ON "Attendee"' : ""}`);
}
