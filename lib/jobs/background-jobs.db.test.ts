import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { startSmtpServer, type TestSmtpServer } from "../../tests/support/smtp-server";
import { person } from "../../tests/support/people";
import { attendeeActor, systemActor } from "../audit/actor";

// The app's own timer, as the server starts it: settings are read when lib/env is first imported.
let smtp: TestSmtpServer;

beforeAll(async () => {
  smtp = await startSmtpServer();
  process.env.SMTP_URL = smtp.url;
  process.env.JOBS_INTERVAL_SECONDS = "1";
});
afterAll(async () => {
  (await import("./background-jobs")).stopBackgroundJobs();
  await smtp.stop();
});

describe("the background jobs", () => {
  it("expire an offer and pass the place on, then send the emails, and forget old door taps, with nobody clicking", async () => {
    const { db } = await import("../db/client");
    const { seedDatabase } = await import("../../prisma/seed");
    const { changeCapacity } = await import("../registrations/change-capacity");
    const { createRegistrations } = await import("../registrations/create-registrations");
    const { cancelRegistrations } = await import("../registrations/cancel-registrations");
    const { startBackgroundJobs } = await import("./background-jobs");

    await seedDatabase(db);
    const nancy = await db.event.findUniqueOrThrow({ where: { slug: "nancy" } });
    await changeCapacity({ eventId: nancy.id, capacity: 1, actor: systemActor("test") });
    const tokens: string[] = [];
    for (let n = 0; n < 3; n++) tokens.push((await createRegistrations({ input: person(n, ["nancy"]) })).manageToken!);
    // The place freed three days ago was offered then: the offer has expired since.
    await cancelRegistrations({ actor: attendeeActor(tokens[0]), now: new Date(Date.now() - 72 * 3_600_000) });

    // A tap of the door applied 31 days ago: no phone will send it again.
    await db.checkInOperation.create({ data: { id: "old-door-tap", eventId: nancy.id, createdAt: new Date(Date.now() - 31 * 24 * 3_600_000) } });

    startBackgroundJobs();
    await vi.waitFor(
      async () => {
        const statuses = await db.registration.findMany({ where: { eventId: nancy.id }, orderBy: { createdAt: "asc" }, select: { status: true, cancellationReason: true } });
        expect(statuses.map((registration) => registration.cancellationReason ?? registration.status)).toEqual(["ATTENDEE", "OFFER_EXPIRED", "OFFERED"]);
        expect(await db.outboxEmail.count({ where: { status: { not: "SENT" } } })).toBe(0);
        expect(await db.checkInOperation.count({ where: { id: "old-door-tap" } })).toBe(0);
      },
      { timeout: 20_000, interval: 200 },
    );
    expect(smtp.messages.map((mail) => mail.subject)).toEqual(
      expect.arrayContaining(["Proposition de place expirée : Journée régionale de Nancy", "Une place vous est proposée : Journée régionale de Nancy"]),
    );
  });
});
