import { beforeAll, describe, expect, it } from "vitest";
import { seedDatabase } from "../../prisma/seed";
import { attendeeActor } from "../audit/actor";
import { db } from "../db/client";
import { person } from "../../tests/support/people";
import { cancelRegistrations } from "./cancel-registrations";
import { createRegistrations } from "./create-registrations";
import { eventStatistics } from "./event-statistics";

beforeAll(() => seedDatabase(db, { year: 2030 }));

describe("an event's dashboard figures", () => {
  it("count registrations per Paris day, and active ones by type de structure and statut", async () => {
    // 23:30 UTC on 1 February is already 2 February in Paris.
    await createRegistrations({ input: person(1, ["rennes"], { organisationType: "REGION", role: "ELU" }), now: new Date("2030-02-01T10:00:00Z") });
    await createRegistrations({ input: person(2, ["rennes"], { organisationType: "COMMUNE", role: "AGENT" }), now: new Date("2030-02-01T23:30:00Z") });
    const leaving = await createRegistrations({ input: person(3, ["rennes"], { organisationType: "COMMUNE", role: "ELU" }) });
    await cancelRegistrations({ actor: attendeeActor(leaving.manageToken!) });
    const rennes = await db.event.findUniqueOrThrow({ where: { slug: "rennes" } });
    // createdAt is set by the database: move the first two to their test days.
    const [first, second] = await db.registration.findMany({ where: { eventId: rennes.id }, orderBy: { createdAt: "asc" } });
    await db.registration.update({ where: { id: first.id }, data: { createdAt: new Date("2030-02-01T10:00:00Z") } });
    await db.registration.update({ where: { id: second.id }, data: { createdAt: new Date("2030-02-01T23:30:00Z") } });

    const statistics = await eventStatistics(rennes.id);
    // The third one registered today (and then cancelled: it still counts for its day).
    expect(statistics.perDay).toHaveLength(3);
    expect(statistics.perDay.slice(1)).toEqual([
      { day: "2030-02-01", count: 1 },
      { day: "2030-02-02", count: 1 },
    ]);
    expect(statistics.active).toBe(2);
    expect(statistics.byOrganisationType).toEqual({ REGION: 1, COMMUNE: 1 });
    expect(statistics.byRole).toEqual({ ELU: 1, AGENT: 1 });
  });
});
