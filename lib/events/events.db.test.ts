import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../db/client";
import { seedDatabase } from "../../prisma/seed";
import { listEvents } from "./list-events";
import { getEvent } from "./get-event";
import { eventDetailJson, eventJson } from "./contract";

const NOW = new Date("2030-01-15T10:00:00Z");

beforeAll(async () => {
  await seedDatabase(db, { year: 2030 });
  await db.event.update({ where: { slug: "grenoble" }, data: { status: "DRAFT" } });
  await db.event.update({ where: { slug: "bordeaux" }, data: { status: "CLOSED" } });
});

describe("listEvents", () => {
  it("lists the public events by date, drafts left out", async () => {
    const events = await listEvents(NOW);
    expect(events.map((event) => event.slug)).toEqual(["journee-nationale", "bordeaux", "nancy", "rennes"]);
    expect(events.map((event) => event.registrationOpen)).toEqual([true, false, true, true]);
    expect(events[0].placesLeft).toBe(250);
  });
});

describe("getEvent", () => {
  it("gives an event with its programme and speakers in order", async () => {
    const event = await getEvent("journee-nationale", NOW);
    expect(event?.programme).toHaveLength(10);
    expect(event?.programme[1].speakers.map((speaker) => speaker.name)).toEqual(["Premier ministre", "Marylise Lebranchu"]);
  });

  it("gives nothing for an unknown slug or a draft", async () => {
    expect(await getEvent("inconnu", NOW)).toBeNull();
    expect(await getEvent("grenoble", NOW)).toBeNull();
  });
});

describe("the API's event objects", () => {
  it("keeps the partners' field names and Paris offsets", async () => {
    const [national] = (await listEvents(NOW)).map(eventJson);
    expect(national).toMatchObject({
      slug: "journee-nationale",
      title: "Journée nationale",
      kind: "NATIONAL",
      startsAt: "2030-06-26T09:30:00+02:00",
      endsAt: "2030-06-26T17:00:00+02:00",
      city: "Paris",
      venue: "Assemblée nationale, salle Victor Hugo",
      host: null,
      capacity: 250,
      placesLeft: 250,
      registrationOpen: true,
    });
    const detail = eventDetailJson((await getEvent("journee-nationale", NOW))!);
    expect(detail.programme.at(-1)).toEqual({
      kind: "CLOSING",
      startsAt: "2030-06-26T16:30:00+02:00",
      endsAt: "2030-06-26T17:00:00+02:00",
      title: "Clôture de la journée",
      description: null,
      speakers: [{ name: "Benoît Hamon", title: "ministre délégué à l'économie sociale et solidaire", confirmed: false }],
    });
  });
});
