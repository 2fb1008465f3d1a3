import { expect, test } from "@playwright/test";

test("GET /api/events lists the five days with the partners' field names", async ({ request }) => {
  const response = await request.get("/api/events");
  expect(response.status()).toBe(200);
  const { events } = await response.json();
  expect(events.map((event: { slug: string }) => event.slug).sort()).toEqual(
    ["bordeaux", "grenoble", "journee-nationale", "nancy", "rennes"],
  );
  const national = events.find((event: { slug: string }) => event.slug === "journee-nationale");
  expect(national).toMatchObject({ kind: "NATIONAL", city: "Paris", capacity: 250, registrationOpen: true });
  expect(national.startsAt).toMatch(/^\d{4}-06-26T09:30:00\+02:00$/);
  for (const key of ["endsAt", "venue", "host", "placesLeft"]) expect(national).toHaveProperty(key);
});

test("GET /api/events/<slug> gives the programme with confirmed flags, and 404 for an unknown slug", async ({ request }) => {
  const response = await request.get("/api/events/journee-nationale");
  expect(response.status()).toBe(200);
  const event = await response.json();
  expect(event.programme).toHaveLength(10);
  expect(event.programme.at(-1).speakers).toEqual([
    { name: "Benoît Hamon", title: "ministre délégué à l'économie sociale et solidaire", confirmed: false },
  ]);

  const missing = await request.get("/api/events/inconnu");
  expect(missing.status()).toBe(404);
  expect(await missing.json()).toEqual({ error: "Événement introuvable." });
  expect((await request.get("/api/events/%00%27")).status()).toBe(404);
});
