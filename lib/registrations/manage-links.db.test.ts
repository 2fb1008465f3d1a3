import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "../db/client";
import { env } from "../env";
import { AppError } from "../errors";
import { attendeeActor } from "../audit/actor";
import { composeEmail } from "../mail/compose-email";
import type { EmailKind } from "../db/models";
import { seedDatabase } from "../../prisma/seed";
import { person } from "../../tests/support/people";
import { linkToken, registerNew } from "../../tests/support/register";
import { removeAttendees } from "../../tests/support/reset";
import { testAdmin } from "../../tests/support/actors";
import { cancelRegistrations } from "./cancel-registrations";
import { changeCapacity } from "./change-capacity";
import { confirmEmail } from "./confirm-email";
import { createRegistrations } from "./create-registrations";
import { expireHolds } from "./expire-holds";
import { getManageView } from "./get-manage-view";
import { getReceiptView } from "./get-receipt-view";
import { addDaysByLink } from "./join-link";
import { createReceipt } from "../links/receipt";
import { renewManageLink } from "./renew-manage-link";
import { registerNewcomers } from "./internal/register-newcomers";

// The real group transaction, watched: the test of the group path checks that it was taken.
vi.mock("./internal/register-newcomers", { spy: true });

const NOW = new Date("2030-02-01T10:00:00Z");
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const later = (ms: number) => new Date(NOW.getTime() + ms);
const emailOf = (n: number) => `personne${n}@collectivite.example.fr`;

beforeAll(() => seedDatabase(db, { year: 2030 }));
beforeEach(() => removeAttendees(db));


/** A new address registered at NOW. */
async function registerAt(n: number, slugs: string[]) {
  return registerNew({ input: person(n, slugs), now: NOW });
}

const emailsTo = (n: number, kind?: EmailKind) =>
  db.outboxEmail.findMany({ where: { attendee: { email: emailOf(n) }, ...(kind ? { kind } : {}) }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });

async function codeOf(promise: Promise<unknown>): Promise<string | null> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  if (error === null) return null;
  expect(error).toBeInstanceOf(AppError);
  return (error as AppError).code;
}

describe("renewing a manage link", () => {
  it("stops the old link at once and emails a new one that works; other people's links are untouched", async () => {
    const mine = await registerAt(1, ["journee-nationale"]);
    const theirs = await registerAt(2, ["journee-nationale"]);
    await renewManageLink({ actor: attendeeActor(mine.manageToken), now: later(MINUTE) });

    await expect(getManageView({ token: mine.manageToken })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(renewManageLink({ actor: attendeeActor(mine.manageToken), now: later(2 * MINUTE) })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const sent = await emailsTo(1, "MANAGE_LINK");
    expect(sent.map((email) => email.data)).toEqual([{ reason: "RENEWED" }]);
    const composed = await composeEmail(sent[0].id);
    expect(composed.to).toBe(emailOf(1));
    const renewed = linkToken(composed.text, "gerer");
    expect(renewed).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(renewed).not.toBe(mine.manageToken);
    expect((await getManageView({ token: renewed })).attendee.email).toBe(emailOf(1));
    expect((await getManageView({ token: theirs.manageToken })).attendee.email).toBe(emailOf(2));
    expect(await emailsTo(2, "MANAGE_LINK")).toHaveLength(0);
  });

  it("is refused over its own daily cap, and then changes nothing; what strangers make the form send does not count", async () => {
    const { manageToken, attendeeId } = await registerAt(3, ["nancy"]);
    // Join links for distinct requests fill the day's emails the form may send (the registration's counts too)...
    const requests = [["journee-nationale"], ["grenoble"], ["bordeaux"], ["rennes"], ["journee-nationale", "grenoble"]];
    for (const events of requests.slice(0, env.PUBLIC_EMAILS_PER_DAY - 1)) await createRegistrations({ input: person(3, events), now: later(MINUTE) });
    expect(await emailsTo(3, "JOIN_LINK")).toHaveLength(env.PUBLIC_EMAILS_PER_DAY - 1);
    // ...and the owner still renews their link, PUBLIC_EMAILS_PER_DAY times in a day, each time from the last link received.
    let token = manageToken;
    for (let i = 1; i <= env.PUBLIC_EMAILS_PER_DAY; i++) {
      await renewManageLink({ actor: attendeeActor(token), now: later(i * MINUTE) });
      token = linkToken((await composeEmail((await emailsTo(3, "MANAGE_LINK")).at(-1)!.id)).text, "gerer");
    }
    const before = await db.attendee.findUniqueOrThrow({ where: { id: attendeeId } });

    await expect(renewManageLink({ actor: attendeeActor(token), now: later(HOUR) })).rejects.toMatchObject({ code: "EMAIL_CAP" });
    expect(await db.attendee.findUniqueOrThrow({ where: { id: attendeeId } })).toEqual(before);
    expect(await emailsTo(3, "MANAGE_LINK")).toHaveLength(env.PUBLIC_EMAILS_PER_DAY);
    expect((await getManageView({ token })).attendee.email).toBe(emailOf(3));

    await renewManageLink({ actor: attendeeActor(token), now: later(DAY + HOUR) });
    await expect(getManageView({ token })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("a manage link after the person's last day", () => {
  it("stops working MANAGE_LINK_DAYS_AFTER_EVENT days after the end of the last day, not the first", async () => {
    const [national, nancy] = await Promise.all(["journee-nationale", "nancy"].map((slug) => db.event.findUniqueOrThrow({ where: { slug } })));
    const after = (event: { endsAt: Date }, days: number) => new Date(event.endsAt.getTime() + days * DAY);
    const limit = env.MANAGE_LINK_DAYS_AFTER_EVENT;
    const both = await registerAt(10, ["journee-nationale", "nancy"]);
    const nationalOnly = await registerAt(11, ["journee-nationale"]);
    const cancel = (token: string, now: Date) => codeOf(cancelRegistrations({ actor: attendeeActor(token), now }));

    expect(await cancel(nationalOnly.manageToken, after(national, limit + 1))).toBe("MANAGE_LINK_EXPIRED");
    expect(await cancel(nationalOnly.manageToken, after(national, limit - 1))).not.toBe("MANAGE_LINK_EXPIRED");
    expect(await cancel(both.manageToken, after(national, limit + 1))).not.toBe("MANAGE_LINK_EXPIRED");
    expect(await cancel(both.manageToken, after(nancy, limit - 1))).not.toBe("MANAGE_LINK_EXPIRED");
    expect(await cancel(both.manageToken, after(nancy, limit + 1))).toBe("MANAGE_LINK_EXPIRED");
    expect((await getManageView({ token: both.manageToken })).registrations.every((registration) => registration.status === "CONFIRMED")).toBe(true);
  });
});

describe("the receipt of a submission", () => {
  it("shows the manage link once, to the submission that created the attendee", async () => {
    const result = await registerAt(20, ["journee-nationale", "nancy"]);
    const registrationIds = result.registrations.map((registration) => registration.registrationId);
    const receipt = createReceipt({ registrationIds, createdAttendee: true }, NOW);

    const first = await getReceiptView({ receipt, now: later(MINUTE) });
    expect(first?.manageToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(first?.manageToken).toBe(result.manageToken);
    expect(first?.registrations.map((registration) => registration.event.slug)).toEqual(["journee-nationale", "nancy"]);
    const second = await getReceiptView({ receipt, now: later(2 * MINUTE) });
    expect(second).toMatchObject({ manageToken: null, registrations: [{ status: "CONFIRMED" }, { status: "CONFIRMED" }] });

    const other = await registerAt(21, ["grenoble"]);
    const notOwn = createReceipt({ registrationIds: [other.registrations[0].registrationId], createdAttendee: false }, NOW);
    for (let i = 0; i < 2; i++) expect((await getReceiptView({ receipt: notOwn, now: later(MINUTE) }))?.manageToken).toBeNull();
    expect((await db.attendee.findUniqueOrThrow({ where: { id: other.attendeeId } })).manageLinkShownAt).toBeNull();
  });

  it("shows nothing once expired or tampered with, and never carries the manage token", async () => {
    const result = await registerAt(22, ["journee-nationale"]);
    const receipt = createReceipt({ registrationIds: [result.registrations[0].registrationId], createdAttendee: true }, NOW);
    const [payload, signature] = receipt.split(".");
    const flip = (text: string) => `${text.slice(0, -1)}${text.endsWith("A") ? "B" : "A"}`;

    expect(await getReceiptView({ receipt, now: later(3 * HOUR) })).toBeNull();
    for (const tampered of [`${flip(payload)}.${signature}`, `${payload}.${flip(signature)}`, payload, ""]) {
      expect(await getReceiptView({ receipt: tampered, now: later(MINUTE) })).toBeNull();
    }
    expect(receipt).not.toContain(result.manageToken);
    expect(Buffer.from(payload, "base64url").toString("utf8")).not.toContain(result.manageToken);
    // Refusing them did not use up the one showing.
    expect((await getReceiptView({ receipt, now: later(MINUTE) }))?.manageToken).toBe(result.manageToken);
  });
});

describe("the seat held until a new address is confirmed", () => {
  const holdOn = (slug: string, hours: number | null) => db.event.update({ where: { slug }, data: { emailConfirmationHours: hours } });
  const setCapacity = async (slug: string, capacity: number) => {
    const event = await db.event.findUniqueOrThrow({ where: { slug } });
    await changeCapacity({ eventId: event.id, capacity, actor: testAdmin, now: NOW });
  };
  afterEach(() => db.event.updateMany({ data: { emailConfirmationHours: null } }));

  const confirmTokenOf = async (n: number) => {
    const emails = await emailsTo(n, "CONFIRM_EMAIL");
    expect(emails).toHaveLength(1);
    const composed = await composeEmail(emails[0].id);
    expect(composed.subject).toBe("Confirmez votre adresse pour garder votre place");
    return linkToken(composed.text, "confirmer-adresse");
  };

  it("keeps the seat and sends its confirmation once when the address is confirmed in time", async () => {
    await holdOn("grenoble", 2);
    const result = await registerAt(30, ["journee-nationale", "grenoble"]);
    expect(result.registrations).toMatchObject([
      { event: { slug: "journee-nationale" }, status: "CONFIRMED", holdExpiresAt: null },
      { event: { slug: "grenoble" }, status: "CONFIRMED", holdExpiresAt: later(2 * HOUR) },
    ]);
    const [national, grenoble] = result.registrations.map((registration) => registration.registrationId);
    expect((await db.registration.findUniqueOrThrow({ where: { id: grenoble } })).holdExpiresAt).toEqual(later(2 * HOUR));
    expect((await emailsTo(30)).map((email) => [email.kind, email.registrationId])).toEqual(
      expect.arrayContaining([
        ["REGISTRATION_CONFIRMED", national],
        ["CONFIRM_EMAIL", null],
      ]),
    );
    expect(await emailsTo(30, "REGISTRATION_CONFIRMED")).toHaveLength(1);
    const token = await confirmTokenOf(30);

    const confirmed = await confirmEmail({ token, now: later(HOUR) });
    expect(confirmed.registrationIds).toEqual(expect.arrayContaining([national, grenoble]));
    expect(await db.registration.findUniqueOrThrow({ where: { id: grenoble } })).toMatchObject({ status: "CONFIRMED", holdExpiresAt: null });
    expect((await db.attendee.findUniqueOrThrow({ where: { id: result.attendeeId } })).emailVerifiedAt).toEqual(later(HOUR));
    const sent = async () => (await emailsTo(30, "REGISTRATION_CONFIRMED")).map((email) => email.registrationId);
    expect(await sent()).toEqual([national, grenoble]);

    await Promise.all(Array.from({ length: 3 }, () => confirmEmail({ token, now: later(90 * MINUTE) })));
    expect(await sent()).toEqual([national, grenoble]);
    expect(await expireHolds({ now: later(3 * HOUR) })).toEqual({ expired: [], handedOut: [] });
    expect((await db.registration.findUniqueOrThrow({ where: { id: grenoble } })).status).toBe("CONFIRMED");
  });

  it("cancels a hold not confirmed in time and hands its seat to the first person waiting", async () => {
    await holdOn("rennes", 2);
    await setCapacity("rennes", 1);
    const held = await registerAt(31, ["rennes"]);
    const waiting = await registerAt(32, ["rennes"]);
    expect(waiting.registrations).toMatchObject([{ status: "WAITLISTED", waitlistPosition: 1, holdExpiresAt: null }]);
    expect(await emailsTo(32, "CONFIRM_EMAIL")).toHaveLength(0);
    const token = await confirmTokenOf(31);
    const heldId = held.registrations[0].registrationId;

    expect(await expireHolds({ now: later(2 * HOUR - MINUTE) })).toEqual({ expired: [], handedOut: [] });
    const deadline = later(2 * HOUR + MINUTE);
    // As several instances of the app would: one of them expires the hold.
    const runs = await Promise.all(Array.from({ length: 3 }, () => expireHolds({ now: deadline })));
    expect(runs.flatMap((run) => run.expired)).toEqual([heldId]);
    expect(runs.flatMap((run) => run.handedOut)).toHaveLength(1);
    expect(await db.registration.findUniqueOrThrow({ where: { id: heldId } })).toMatchObject({ status: "CANCELLED", cancellationReason: "EMAIL_NOT_CONFIRMED" });
    expect((await emailsTo(31, "REGISTRATION_CANCELLED")).map((email) => email.data)).toEqual([{ reason: "EMAIL_NOT_CONFIRMED" }]);
    const seats = await db.seat.findMany({ where: { event: { slug: "rennes" }, registrationId: { not: null } } });
    expect(seats.map((seat) => seat.registrationId)).toEqual([waiting.registrations[0].registrationId]);
    expect((await getManageView({ token: waiting.manageToken })).registrations[0].status).toBe("OFFERED");

    await expect(confirmEmail({ token, now: deadline })).rejects.toMatchObject({ code: "LINK_EXPIRED" });
    expect(await expireHolds({ now: later(3 * HOUR) })).toEqual({ expired: [], handedOut: [] });
    expect(await emailsTo(31, "REGISTRATION_CONFIRMED")).toHaveLength(0);
  });

  it("holds nothing for a known address adding a day by its emailed link, which proves it", async () => {
    await holdOn("grenoble", 2);
    await registerAt(33, ["journee-nationale"]);
    await createRegistrations({ input: person(33, ["grenoble"]), now: NOW });
    const [joinLink] = await emailsTo(33, "JOIN_LINK");
    const added = await addDaysByLink({ token: linkToken((await composeEmail(joinLink.id)).text, "ajouter"), now: later(MINUTE) });
    expect(added.registrations).toMatchObject([{ event: { slug: "grenoble" }, status: "CONFIRMED", holdExpiresAt: null }]);
    expect(await emailsTo(33, "CONFIRM_EMAIL")).toHaveLength(0);
    expect((await emailsTo(33, "REGISTRATION_CONFIRMED")).map((email) => email.registrationId)).toContain(added.registrations[0].registrationId);
  });

  it("works the same for newcomers registered together by the queue's group path", async () => {
    await holdOn("bordeaux", 2);
    await setCapacity("bordeaux", 2);
    vi.mocked(registerNewcomers).mockClear();
    const results = await Promise.all(
      [
        person(40, ["journee-nationale", "bordeaux"]),
        person(41, ["bordeaux"]),
        person(42, ["bordeaux"]),
      ].map((input) => createRegistrations({ input, now: NOW })),
    );
    expect(results.map((result) => result.outcome)).toEqual(["REGISTERED", "REGISTERED", "REGISTERED"]);
    expect(vi.mocked(registerNewcomers)).toHaveBeenCalledOnce();
    expect(vi.mocked(registerNewcomers).mock.calls[0][0]).toHaveLength(3);
    const [first, second, third] = results.map((result) => {
      if (result.outcome !== "REGISTERED") throw new Error("expected registered");
      return result;
    });
    expect(first.registrations).toMatchObject([
      { event: { slug: "journee-nationale" }, status: "CONFIRMED", holdExpiresAt: null },
      { event: { slug: "bordeaux" }, status: "CONFIRMED", holdExpiresAt: later(2 * HOUR) },
    ]);
    expect(second.registrations).toMatchObject([{ status: "CONFIRMED", holdExpiresAt: later(2 * HOUR) }]);
    expect(third.registrations).toMatchObject([{ status: "WAITLISTED", waitlistPosition: 1, holdExpiresAt: null }]);
    const kinds = async (n: number) => (await emailsTo(n)).map((email) => email.kind).sort();
    expect(await kinds(40)).toEqual(["CONFIRM_EMAIL", "REGISTRATION_CONFIRMED"]);
    expect((await emailsTo(40, "REGISTRATION_CONFIRMED"))[0].registrationId).toBe(first.registrations[0].registrationId);
    expect(await kinds(41)).toEqual(["CONFIRM_EMAIL"]);
    expect(await kinds(42)).toEqual(["WAITLISTED"]);

    await confirmEmail({ token: await confirmTokenOf(40), now: later(HOUR) });
    expect((await emailsTo(40, "REGISTRATION_CONFIRMED")).map((email) => email.registrationId)).toContain(first.registrations[1].registrationId);
    const { expired, handedOut } = await expireHolds({ now: later(3 * HOUR) });
    expect(expired).toEqual([second.registrations[0].registrationId]);
    expect(handedOut).toHaveLength(1);
    expect((await getManageView({ token: first.manageToken })).registrations.map((registration) => registration.status)).toEqual(["CONFIRMED", "CONFIRMED"]);
    expect((await getManageView({ token: second.manageToken })).registrations[0].status).toBe("CANCELLED");
    expect((await getManageView({ token: third.manageToken })).registrations[0].status).toBe("OFFERED");
  });
});
