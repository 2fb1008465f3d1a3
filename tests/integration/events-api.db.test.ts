// GET /api/events over its route handler: the current edition by default, a past one by `?edition=`,
// never an edition in preparation.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../../lib/db/client";
import { seedDatabase } from "../../prisma/seed";
import { GET as listEvents } from "../../app/api/events/route";

const get = (query = "") => listEvents(new Request(`http://localhost/api/events${query}`));

/** An edition with one published day and one draft day, as the database holds them. */
async function edition(slug: string, status: "PAST" | "DRAFT", year: number) {
  const created = await db.edition.create({ data: { slug, status, title: `Rencontres ${year}`, theme: "Thème", context: "Texte" } });
  const day = (daySlug: string, dayStatus: "PUBLISHED" | "DRAFT") => ({
    editionId: created.id, slug: daySlug, status: dayStatus, title: `Journée ${daySlug}`, kind: "REGIONAL" as const, summary: "Journée régionale.", city: "Nancy", capacity: 50,
    startsAt: new Date(`${year}-09-12T07:30:00Z`), endsAt: new Date(`${year}-09-12T15:00:00Z`),
  });
  await db.event.createMany({ data: [day(`nancy-${year}`, "PUBLISHED"), day(`metz-${year}`, "DRAFT")] });
}

beforeAll(async () => {
  await seedDatabase(db, { year: 2030 });
  // A year before any run of this test: its day is over.
  await edition("rencontres-2025", "PAST", 2025);
  await edition("rencontres-2031", "DRAFT", 2031);
});

describe("GET /api/events", () => {
  it("serves the current edition's days by default", async () => {
    const response = await get();
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.edition).toMatchObject({ slug: "rencontres-2030", status: "CURRENT" });
    expect(body.events.map((event: { slug: string }) => event.slug)).toEqual(["journee-nationale", "bordeaux", "grenoble", "nancy", "rennes"]);
  });

  it("serves a past edition's published days with ?edition=, closed to registration", async () => {
    const response = await get("?edition=rencontres-2025");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("application/json");
    const body = await response.json();
    expect(body.edition).toEqual({ slug: "rencontres-2025", title: "Rencontres 2025", status: "PAST" });
    expect(body.events).toEqual([expect.objectContaining({ slug: "nancy-2025", status: "PUBLISHED", startsAt: "2025-09-12T09:30:00+02:00", registrationOpen: false })]);
  });

  it("answers 404 for an edition in preparation or unknown, 400 for a malformed one, in French", async () => {
    for (const slug of ["rencontres-2031", "rencontres-2099"]) {
      const response = await get(`?edition=${slug}`);
      expect(response.status, slug).toBe(404);
      expect(await response.json(), slug).toMatchObject({ error: expect.stringContaining("Cette édition n'existe pas") });
    }
    const malformed = await get("?edition=Pas%20une%20adresse");
    expect(malformed.status).toBe(400);
    expect(JSON.stringify(await malformed.json())).toContain("lettres minuscules");
  });
});
