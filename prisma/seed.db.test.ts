import { describe, expect, it } from "vitest";
import { db } from "../lib/db/client";
import { toParisIso } from "../lib/dates";
import { defaultSeedYear, seedDatabase } from "./seed";

describe("defaultSeedYear", () => {
  it("picks the first year ahead whose 26 June is a Wednesday and 12 September a Thursday, as in the document", () => {
    // 2027: Saturday and Sunday; 2028: Monday and Tuesday; 2029: Tuesday and Wednesday.
    expect(defaultSeedYear(new Date("2026-03-01T10:00:00Z"))).toBe(2030);
    expect(defaultSeedYear(new Date("2026-11-28T10:00:00Z"))).toBe(2030);
    expect(defaultSeedYear(new Date("2030-06-26T07:29:00Z"))).toBe(2030);
    // 2031: Thursday and Friday; … 2041: Wednesday and Thursday again.
    expect(defaultSeedYear(new Date("2030-06-26T07:30:00Z"))).toBe(2041);
  });
});

describe("seedDatabase", () => {
  it("creates the document's current edition, networks, five events and the national programme", async () => {
    expect(await seedDatabase(db, { year: 2031 })).toEqual({ seeded: true, year: 2031 });

    const edition = await db.edition.findFirstOrThrow({ include: { networks: { orderBy: { position: "asc" } } } });
    expect(edition).toMatchObject({ slug: "rencontres-2031", status: "CURRENT", contactEmail: null });
    expect(edition.theme).toBe("Économie sociale et solidaire et coopération territoriale");
    expect(edition.footer.split("\n")).toHaveLength(2);
    expect(edition.networks.map((network) => network.acronym)).toEqual(["ARF", "ADF", "AdCF", "AMGVF", "AMF", "RTES"]);

    const events = await db.event.findMany({ orderBy: [{ startsAt: "asc" }, { slug: "asc" }] });
    expect(events.map((event) => [event.slug, event.capacity])).toEqual([
      ["journee-nationale", 250],
      ["bordeaux", 100],
      ["grenoble", 100],
      ["nancy", 100],
      ["rennes", 100],
    ]);
    const national = events[0];
    expect(toParisIso(national.startsAt)).toBe("2031-06-26T09:30:00+02:00");
    expect(toParisIso(national.endsAt)).toBe("2031-06-26T17:00:00+02:00");
    expect(national.venue).toBe("Assemblée nationale, salle Victor Hugo");
    const nancy = events.find((event) => event.slug === "nancy");
    expect(nancy?.host).toBe("Conseil général de Meurthe-et-Moselle");
    expect(toParisIso(nancy!.startsAt)).toBe("2031-09-12T09:30:00+02:00");

    const programme = await db.programmeItem.findMany({
      where: { eventId: national.id },
      orderBy: { startsAt: "asc" },
      include: { speakers: { include: { speaker: true } } },
    });
    expect(programme.map((item) => item.kind)).toEqual([
      "OPENING", "KEYNOTE", "ROUND_TABLE", "EXCHANGE", "LUNCH", "EXCHANGE", "ROUND_TABLE", "ROUND_TABLE", "SYNTHESIS", "CLOSING",
    ]);
    const closing = programme.at(-1)!;
    expect(closing.speakers.map(({ speaker, confirmed }) => [speaker.name, confirmed])).toEqual([["Benoît Hamon", false]]);
    expect(programme[1].speakers).toHaveLength(2);
  });

  it("does nothing the second time", async () => {
    // Seeded once here, whatever ran before (the test stands alone): the second time changes nothing.
    await seedDatabase(db, { year: 2031 });
    const counts = async () => [await db.event.count(), await db.programmeItem.count(), await db.speaker.count(), await db.network.count()];
    const before = await counts();
    expect(before[0]).toBe(5);
    expect(await seedDatabase(db, { year: 2031 })).toEqual({ seeded: false, year: 2031 });
    expect(await counts()).toEqual(before);
  });
});
