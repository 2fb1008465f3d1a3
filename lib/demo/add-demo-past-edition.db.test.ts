import { beforeAll, describe, expect, it } from "vitest";
import { seedDatabase } from "../../prisma/seed";
import { toParisIso } from "../dates";
import { db } from "../db/client";
import { listPastEditions } from "../editions/list-past-editions";
import { addDemoPastEdition } from "./add-demo-past-edition";

beforeAll(() => seedDatabase(db, { year: 2030 }));

describe("the demo's past edition", () => {
  it("is the current one a year earlier, in the archive, with fictional attendance through the real operations", async () => {
    const added = await addDemoPastEdition({ count: 60 });
    expect(added).toMatchObject({ edition: "rencontres-2029", registered: 60 });
    expect(added.present).toBeGreaterThan(0);
    const [past] = await listPastEditions();
    expect(past.title).toBe("1res Rencontres nationales des collectivités locales autour de l'ESS");
    expect(past.days.map((day) => [day.slug, toParisIso(day.startsAt)])).toEqual([
      ["journee-nationale-2029", "2029-06-27T09:30:00+02:00"],
      ["bordeaux-2029", "2029-09-13T09:30:00+02:00"],
      ["grenoble-2029", "2029-09-13T09:30:00+02:00"],
      ["nancy-2029", "2029-09-13T09:30:00+02:00"],
      ["rennes-2029", "2029-09-13T09:30:00+02:00"],
    ]);
    expect(past.days.every((day) => day.attendance.registered > 0 && day.attendance.present <= day.attendance.registered)).toBe(true);
    expect(await db.edition.findFirstOrThrow({ where: { status: "CURRENT" } })).toMatchObject({ slug: "rencontres-2030" });
    expect(await db.outboxEmail.count()).toBe(0);
  });
});
