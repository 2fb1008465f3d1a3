import { validateHeaderValue } from "node:http";
import fc from "fast-check";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "../../lib/db/client";
import { appErrorMessage } from "../../lib/errors";
import { MAX_JSON_BODY_BYTES } from "../../lib/http/json-body";
import { securityHeaders } from "../../lib/http/security-headers";
import { ORGANISATION_TYPES, ROLES } from "../../lib/registrations/schema";
import { manageTokenFor } from "../../lib/links/manage-token";
import { isSafeText } from "../../lib/validation";
import { seedDatabase } from "../../prisma/seed";
import { fuzzRuns } from "../support/fuzz";
import { person } from "../support/people";
import { proxy } from "../../proxy";
import { startFrontDoorServer, type FrontDoorServer } from "../support/front-door-server";
import { DELETE as cancel, GET as show, PATCH as edit } from "../../app/api/registrations/[token]/route";
import { POST as answerOffer } from "../../app/api/registrations/[token]/offer/[answer]/route";
import { GET as certificate } from "../../app/api/registrations/[token]/certificates/[slug]/route";
import { GET as listEvents } from "../../app/api/events/route";
import { eventsQuerySchema } from "../../lib/editions/schema";
import { GET as showEvent } from "../../app/api/events/[slug]/route";
import { GET as openApi } from "../../app/api/openapi.json/route";
import { GET as health } from "../../app/api/health/route";

/**
 * Every public route against whatever a stranger can send: raw bytes, broken JSON, registrations
 * whose fields hold anything, hostile headers, any token, slug or answer in the path, one after
 * the other and at the same moment. Whatever comes, the answer is below 500, a refusal says why in
 * French and writes nothing, and what is accepted is written whole (checkConsistency).
 */

const SLUGS = ["journee-nationale", "nancy", "grenoble", "bordeaux", "rennes"];

/**
 * The production server's way in: registrations (a route the front door runs itself) and the API's
 * addresses go through a real HTTP server and the app's front door, as `npm start` takes them.
 */
let frontDoor: FrontDoorServer;
const register = (request: Request) => frontDoor.send(request);

beforeAll(async () => {
  frontDoor = await startFrontDoorServer();
  await seedDatabase(db);
  // Grenoble fills up at once, so waiting lists, offers and their answers get fuzzed too; Bordeaux
  // is closed. (Seats above the capacity are never handed out: lib/registrations/internal/seats.ts.)
  await db.event.update({ where: { slug: "grenoble" }, data: { capacity: 3 } });
  await db.event.update({ where: { slug: "bordeaux" }, data: { status: "CLOSED" } });
});
afterAll(async () => {
  await frontDoor.close();
});

// ---------------------------------------------------------------------------------------------
// What is sent

const NASTY = [
  "", " ", "\u0000", "\ud800", "\udfff", "a\ud83d", "\u202e", "\u200b", "\ufeff", "\u00ad", "e\u0301\u0301\u0301", "👩🏽‍💻", "🦄",
  "%ff", "%", "%E0%A4%A", "..", "../../etc/passwd", "null", "undefined", "NaN", "-0", "1e999", "__proto__", "constructor",
  "<script>alert(1)</script>", "' OR 1=1 --", "Robert'); DROP TABLE \"Attendee\";--", "=HYPERLINK(\"http://x\")", "\r\n", "\t",
];
const loneSurrogates = fc.string({ unit: fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code)), minLength: 1, maxLength: 4 });
const longText = fc
  .tuple(fc.constantFrom("x", "é", "\u0000", "🦄", "\u202e", "a b"), fc.integer({ min: 100, max: 5000 }))
  .map(([piece, length]) => piece.repeat(length));

const hostileText = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...NASTY) },
  { weight: 2, arbitrary: fc.string({ maxLength: 30 }) },
  { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 30 }) },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 30 }) },
  { weight: 1, arbitrary: loneSurrogates },
  { weight: 1, arbitrary: longText },
);

const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: hostileText },
  { weight: 1, arbitrary: fc.constantFrom(null, true, false, 0, -1, 1e308, -1e308, 2 ** 53 + 2, 5e-324) },
  { weight: 1, arbitrary: fc.oneof(fc.integer(), fc.double()) },
  { weight: 1, arbitrary: fc.array(hostileText, { maxLength: 4 }) },
  { weight: 1, arbitrary: fc.dictionary(hostileText, hostileText, { maxKeys: 3 }) },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
);

/** Bodies that are not a JSON object, or not JSON at all. */
const rawBody = fc.oneof(
  // Any bytes (invalid UTF-8, NUL...), copied onto an ArrayBuffer of their own as BodyInit wants.
  fc.uint8Array({ maxLength: 512 }).map((bytes) => new Uint8Array(bytes)),
  fc.string({ unit: "binary", maxLength: 200 }),
  fc.json({ maxDepth: 4 }),
  fc.anything({ maxDepth: 3 }).map((value) => JSON.stringify(value) ?? ""),
  fc.tuple(fc.json({ maxDepth: 4 }), fc.nat()).map(([json, cut]) => json.slice(0, cut % (json.length + 1))),
  fc.integer({ min: 1, max: 8000 }).map((depth) => `${"[".repeat(depth)}${"]".repeat(depth)}`),
  fc.integer({ min: 1, max: 1500 }).map((depth) => `${'{"events":'.repeat(depth)}1${"}".repeat(depth)}`),
  fc.constantFrom(
    "1e999",
    "123456789012345678901234567890",
    '{"consent":1e999,"lunch":-0,"events":["rennes"]}',
    '{"events":["rennes"],"events":"rennes"}',
    '{"__proto__":{"consent":true},"constructor":{"prototype":{"admin":true}}}',
    "\ufeff{}",
    "\u0000",
    "{}\u0000",
    '"\\ud800"',
    "null",
    "[]",
    "{",
    "\r\n",
  ),
);

const FRESH = Symbol("a new address");
const REMOVED = Symbol("field left out");
const OFFERED_EVENT = Symbol("the event of the attendee's offer");
const REPEATED_EMAILS = ["deja@collectivite.example.fr", "  DEJA@Collectivite.Example.FR ", "deja+1@collectivite.example.fr"];

const NAMES = ["Awa", "Élodie", "Jean-Édouard", "Nguyễn", "Zoë", "O’Neil", "Ἀλέξανδρος", "Мария", "محمد", "李", "d'Artagnan"];
const TEXTS = ["Ville de Rennes", "Conseil départemental d'Ille-et-Vilaine", "Chargée de mission ESS", "Réseau des collectivités (RTES)"];
const freeText = (max: number) => fc.oneof(fc.constantFrom("", ...TEXTS), fc.string({ unit: "grapheme", maxLength: max }));

/** A registration a person could send, with their own details (kept valid, mostly). */
const details = fc.record({
  events: fc.constantFrom(
    ["journee-nationale"],
    ["grenoble"],
    ["journee-nationale", "grenoble"],
    ["rennes"],
    ["journee-nationale", "nancy"],
    ["nancy", "rennes"],
    ["bordeaux"],
    ["grenoble", "grenoble"],
    ["atlantide"],
    [],
  ),
  email: fc.oneof({ weight: 6, arbitrary: fc.constant<unknown>(FRESH) }, fc.constantFrom(...REPEATED_EMAILS), fc.emailAddress()),
  firstName: fc.constantFrom(...NAMES),
  lastName: fc.constantFrom(...NAMES),
  organisation: freeText(200).filter((text) => text.trim() !== ""),
  organisationType: fc.constantFrom(...ORGANISATION_TYPES),
  jobTitle: freeText(150).filter((text) => text.trim() !== ""),
  role: fc.constantFrom(...ROLES),
  phone: fc.constantFrom(null, "", "01 23 45 67 89", "+33 6 12 34 56 78"),
  lunch: fc.boolean(),
  dietaryNeeds: freeText(500),
  accessibilityNeeds: freeText(500),
  consent: fc.constant(true),
});
const FIELDS = ["events", "email", "firstName", "lastName", "organisation", "organisationType", "jobTitle", "role", "phone", "lunch", "dietaryNeeds", "accessibilityNeeds", "consent"];
const ODD_KEYS = ["__proto__", "constructor", "id", "manageToken", "manageTokenHash", "status", "emailVerifiedAt", ""];

/** Some fields replaced by anything, or left out, or added. */
const mutations = fc.oneof(
  { weight: 2, arbitrary: fc.constant<[string, unknown][]>([]) },
  { weight: 3, arbitrary: fc.array(fc.tuple(fc.constantFrom(...FIELDS, ...ODD_KEYS), fc.oneof(hostileValue, fc.constant(REMOVED))), { minLength: 1, maxLength: 3 }) },
);

/** An object with exactly these own keys (`__proto__` included, as JSON.parse makes it). */
function objectOf(entries: [string, unknown][]): Record<string, unknown> {
  const object: Record<string, unknown> = {};
  for (const [key, value] of entries) {
    if (value === REMOVED) delete object[key];
    else Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
  }
  return object;
}

const registrationBody = fc.tuple(details, mutations).map(([valid, changes]) => objectOf([...Object.entries(valid), ...changes]));

/** Some of the details a person may change from their manage link, and some they may not. */
const patchBody = fc
  .tuple(details, fc.subarray(["firstName", "lastName", "organisation", "organisationType", "jobTitle", "role", "phone", "lunch", "dietaryNeeds", "accessibilityNeeds"]), mutations)
  .map(([valid, kept, changes]) => objectOf([...Object.entries(valid).filter(([key]) => kept.includes(key)), ...changes]));

const cancelBody = fc.oneof(
  fc.constant(undefined),
  fc.constant({}),
  fc.record({ events: fc.subarray(SLUGS) }),
  fc.record({ events: hostileValue }),
  fc.tuple(fc.subarray(SLUGS), mutations).map(([events, changes]) => objectOf([["events", events], ...changes])),
);

const offerBody = fc.oneof(
  { weight: 3, arbitrary: fc.constant({ event: OFFERED_EVENT }) },
  { weight: 1, arbitrary: fc.record({ event: fc.oneof(fc.constantFrom(...SLUGS), hostileValue) }) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...SLUGS), mutations).map(([event, changes]) => objectOf([["event", event], ...changes])) },
);

type Body = { json: unknown } | { raw: string | Uint8Array<ArrayBuffer> } | null;
const body = <T>(json: fc.Arbitrary<T>): fc.Arbitrary<Body> =>
  fc.oneof(
    { weight: 4, arbitrary: json.map((value): Body => (value === undefined ? null : { json: value })) },
    { weight: 1, arbitrary: rawBody.map((raw): Body => ({ raw })) },
  );

// Headers: only what `new Headers()` and Node's HTTP client accept (no control character but tab,
// nothing above U+00FF), or the test itself would throw before the app sees anything.
const acceptedByHeaders = (value: string) => {
  try {
    new Headers([["x-probe", value]]);
    validateHeaderValue("x-probe", value);
    return true;
  } catch {
    return false;
  }
};
const headerText = fc
  .oneof(fc.string({ maxLength: 60 }), fc.string({ unit: fc.integer({ min: 0x20, max: 0xff }).map((code) => String.fromCharCode(code)), maxLength: 60 }))
  .filter(acceptedByHeaders);
const header = (...samples: string[]) => fc.option(fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...samples) }, { weight: 1, arbitrary: headerText }));

/** A request's headers by name; null: not sent. */
type HeaderValues = Record<string, string | null>;
const SAME_SITE: HeaderValues = { "content-type": "application/json", host: "localhost", origin: "http://localhost", "sec-fetch-site": "same-origin" };
const hostileEnvelope = fc.record({
  "content-type": header(
    "application/json",
    "application/json; charset=utf-8",
    "APPLICATION/JSON",
    "application/json; charset=latin1",
    "application/json;",
    "application/jsonp",
    "application/json-patch+json",
    "text/plain",
    "application/x-www-form-urlencoded",
    "multipart/form-data; boundary=x",
  ),
  // No Content-Length of its own: over HTTP the body goes with its true length (a length that lies
  // about it is the HTTP parser's matter, lib/front-door/request-guard.test.ts).
  origin: header("http://localhost", "null", "https://attaquant.example", "http://localhost:3000", "http://localhost.attaquant.example", "://", "http://[::1]"),
  "sec-fetch-site": header("same-origin", "none", "same-site", "cross-site", "SAME-ORIGIN"),
  // Always a Host: HTTP/1.1 requires one, and Node's server answers a request without it 400 itself
  // (tests/integration/front-door.test.ts).
  host: fc.oneof({ weight: 3, arbitrary: fc.constantFrom("localhost", "attaquant.example", "") }, { weight: 1, arbitrary: headerText }),
  "x-forwarded-for": header("1.2.3.4", "1.2.3.4, 5.6.7.8", ",,,", "::1", "unknown"),
  "x-rencontres-peer": header("127.0.0.1", ""),
});
const envelope = fc.oneof({ weight: 5, arbitrary: fc.constant(SAME_SITE) }, { weight: 1, arbitrary: hostileEnvelope });

const query = fc.array(fc.tuple(hostileText, hostileText), { maxLength: 3 });

/** Whose real token is used: the few who hold Grenoble's seats, wait for one, or are offered one make its queue move. */
const ATTENDEES = {
  anyone: {},
  seated: { registrations: { some: { status: "CONFIRMED", event: { slug: "grenoble" } } } },
  waiting: { registrations: { some: { status: "WAITLISTED" } } },
  offered: { registrations: { some: { status: "OFFERED" } } },
} as const;

type TokenChoice =
  | { text: string }
  | { attendee: keyof typeof ATTENDEES; index: number; tamper: { at: number; by: string } | null };

/** Any text, or a real attendee's token (sometimes with one character changed), of one of `whose`. */
const tokenChoice = (...whose: (keyof typeof ATTENDEES)[]): fc.Arbitrary<TokenChoice> =>
  fc.oneof(
    { weight: 3, arbitrary: fc.oneof(hostileText, fc.stringMatching(/^[A-Za-z0-9_-]{43}$/)).map((text) => ({ text })) },
    {
      weight: 4,
      arbitrary: fc.record({
        attendee: fc.constantFrom(...whose),
        index: fc.nat(),
        tamper: fc.oneof(
          { weight: 3, arbitrary: fc.constant(null) },
          { weight: 1, arbitrary: fc.record({ at: fc.nat(42), by: fc.constantFrom("A", "b", "-", "_", "0", "=", " ", "é") }) },
        ),
      }),
    },
  );

// ---------------------------------------------------------------------------------------------
// Sending it, and what must hold of every answer

let sent = 0;
let emails = 0;
const freshEmail = () => `fuzz-${++emails}@collectivite.example.fr`;

/** The JSON value as it goes out: a new address where one is asked for (fresh at each run). */
function materialise(value: unknown, offeredEvent: string | undefined): unknown {
  if (value === FRESH) return freshEmail();
  if (value === OFFERED_EVENT) return offeredEvent ?? "grenoble";
  if (value === null || typeof value !== "object" || Array.isArray(value)) return value;
  return objectOf(Object.entries(value).map(([key, field]) => [key, materialise(field, offeredEvent)]));
}

function request(method: string, url: string, headers: HeaderValues = SAME_SITE, payload: Body = null, offeredEvent?: string) {
  const init = new Headers();
  for (const [name, value] of Object.entries(headers)) if (value !== null) init.set(name, value);
  const content = payload === null ? undefined : "raw" in payload ? payload.raw : JSON.stringify(materialise(payload.json, offeredEvent));
  return new Request(`http://localhost${url}`, { method, headers: init, body: content });
}

const withQuery = (path: string, pairs: [string, string][]) => {
  const url = new URL(path, "http://localhost");
  for (const [name, value] of pairs) url.searchParams.append(name, value);
  return `${url.pathname}${url.search}`;
};

/**
 * What a refused request must leave exactly as it was: how many rows of each kind, which seats and
 * places in the queues are held, when an attendee or a registration last changed. One query (the
 * same SQL on both databases), as it runs twice around every refused request.
 */
async function snapshot() {
  const [row] = await db.$queryRaw<Record<string, unknown>[]>`
    SELECT
      (SELECT COUNT(*) FROM "Attendee") AS "attendees",
      (SELECT MAX("updatedAt") FROM "Attendee") AS "attendeeChanged",
      (SELECT COUNT(*) FROM "Registration" WHERE "status" = 'CONFIRMED') AS "confirmed",
      (SELECT COUNT(*) FROM "Registration" WHERE "status" = 'WAITLISTED') AS "waitlisted",
      (SELECT COUNT(*) FROM "Registration" WHERE "status" = 'OFFERED') AS "offered",
      (SELECT COUNT(*) FROM "Registration" WHERE "status" = 'CANCELLED') AS "cancelled",
      (SELECT MAX("updatedAt") FROM "Registration") AS "registrationChanged",
      (SELECT COUNT(*) FROM "WaitlistEntry") AS "waiting",
      (SELECT COUNT("offerExpiresAt") FROM "WaitlistEntry") AS "offers",
      (SELECT SUM("position") FROM "WaitlistEntry") AS "queuePositions",
      (SELECT COUNT(*) FROM "Seat" WHERE "registrationId" IS NOT NULL) AS "heldSeats",
      (SELECT SUM("number") FROM "Seat" WHERE "registrationId" IS NOT NULL) AS "heldSeatNumbers",
      (SELECT COUNT(*) FROM "OutboxEmail" WHERE "kind" <> 'MANAGE_LINK') AS "emails",
      (SELECT COUNT(*) FROM "OutboxEmail" WHERE "kind" = 'MANAGE_LINK') AS "manageLinks",
      (SELECT COUNT(*) FROM "AuditEntry") AS "auditEntries"`;
  // Counts are bigints on PostgreSQL, numbers on SQLite; dates a Date or not: all compared as text.
  const text = (value: unknown) => (value === null ? null : value instanceof Date ? value.toISOString() : String(value));
  const { manageLinks, ...rows } = Object.fromEntries(Object.entries(row).map(([name, value]) => [name, text(value)]));
  return { rows, manageLinks: Number(manageLinks) };
}
type Snapshot = Awaited<ReturnType<typeof snapshot>>;

/** zod's own (English) messages, which must never reach a person. */
const ZOD_DEFAULT = /^(Invalid|Too (big|small)|Unrecognized|Expected|Required)\b|expected .*, received/;

/** A refusal says why, in French: `{ error }` or `{ errors: { field: message } }`. */
function expectFrenchRefusal(json: unknown) {
  const { error, errors } = (json ?? {}) as { error?: unknown; errors?: unknown };
  const messages = typeof error === "string" ? [error] : errors && typeof errors === "object" ? Object.values(errors) : [];
  expect(messages.length, JSON.stringify(json)).toBeGreaterThan(0);
  for (const message of messages) {
    expect(message, JSON.stringify(json)).toSatisfy((text: unknown) => typeof text === "string" && /^\p{Lu}/u.test(text) && !ZOD_DEFAULT.test(text));
  }
}

/**
 * A refusal wrote nothing. The one exception: someone registering again with a known address has
 * the manage link sent again to that address (lib/registrations/create-registrations.ts).
 */
function expectNothingWritten(before: Snapshot, after: Snapshot, json: unknown) {
  expect(after.rows).toEqual(before.rows);
  const resent = (json as { code?: unknown }).code === "ALREADY_REGISTERED" ? 1 : 0;
  expect(after.manageLinks - before.manageLinks).toBeGreaterThanOrEqual(0);
  expect(after.manageLinks - before.manageLinks).toBeLessThanOrEqual(resent);
}

interface Answer {
  status: number;
  json: Record<string, unknown>;
}

/** Sends one request: never a rejection, never a 5xx, a JSON answer; a refusal in French that wrote nothing. */
async function answer(send: () => Promise<Response>): Promise<Answer> {
  const before = await snapshot();
  const response = await send();
  sent++;
  const json = (await response.json()) as Record<string, unknown>;
  expect(response.status, JSON.stringify(json)).toBeLessThan(500);
  if (response.status >= 400) {
    expectFrenchRefusal(json);
    expectNothingWritten(before, await snapshot(), json);
  }
  return { status: response.status, json };
}

/** A browser marks another site's request: it never gets anything done. */
const crossSite = (headers: HeaderValues) => {
  const site = new Headers(Object.entries(headers).filter((entry): entry is [string, string] => entry[1] !== null)).get("sec-fetch-site");
  return Boolean(site) && site !== "same-origin" && site !== "none";
};

/** Sends requests at once and waits for every one (none still writing when the database is checked); rethrows a rejection. */
async function together(sends: (() => Promise<Response>)[]): Promise<Response[]> {
  const settled = await Promise.allSettled(sends.map((send) => send()));
  sent += settled.length;
  return settled.map((result) => {
    if (result.status === "rejected") throw result.reason;
    return result.value;
  });
}

/** The attendee's token for a choice (a real one, tampered with or not, or any text), with their offered event if any. */
async function resolveToken(choice: TokenChoice): Promise<{ token: string; real: boolean; offeredEvent?: string }> {
  if ("text" in choice) return { token: choice.text, real: false };
  const where = ATTENDEES[choice.attendee];
  const count = await db.attendee.count({ where });
  if (count === 0) return { token: "aucun-inscrit-encore", real: false };
  const [attendee] = await db.attendee.findMany({
    where,
    orderBy: { id: "asc" },
    skip: choice.index % count,
    take: 1,
    select: { id: true, registrations: { where: { status: "OFFERED" }, select: { event: { select: { slug: true } } } } },
  });
  const token = manageTokenFor(attendee.id);
  const offeredEvent = attendee.registrations[0]?.event.slug;
  if (!choice.tamper) return { token, real: true, offeredEvent };
  const { at, by } = choice.tamper;
  const changed = token[at] === by ? (by === "A" ? "B" : "A") : by;
  return { token: `${token.slice(0, at)}${changed}${token.slice(at + 1)}`, real: false, offeredEvent };
}

// ---------------------------------------------------------------------------------------------
// What the database must always be

/** Each status holds exactly its things: a confirmed person a seat, a waiting one a place in the queue, an offered one both. */
const HOLDS = {
  CONFIRMED: "seat",
  WAITLISTED: "queue",
  OFFERED: "seat+offer",
  CANCELLED: "nothing",
} as const;

/** Whether the database is whole (only as far as the event of this slug goes, when one is given). */
async function checkConsistency(slug?: string) {
  const problems: string[] = [];
  const registrations = await db.registration.findMany({
    where: slug ? { event: { slug } } : {},
    include: { seat: true, waitlistEntry: true, event: { select: { slug: true, kind: true } }, _count: { select: { emails: true } } },
  });
  for (const registration of registrations) {
    const { seat, waitlistEntry: entry } = registration;
    const holds = [seat && "seat", entry && (entry.offerExpiresAt ? "offer" : "queue")].filter(Boolean).join("+") || "nothing";
    const about = `${registration.event.slug} ${registration.id} (${registration.status})`;
    if (holds !== HOLDS[registration.status]) problems.push(`${about} holds ${holds}`);
    if (seat && seat.eventId !== registration.eventId) problems.push(`${about} has a seat of another event`);
    if (entry && entry.eventId !== registration.eventId) problems.push(`${about} waits for another event`);
    if ((registration.activeDay === null) !== (registration.status === "CANCELLED")) problems.push(`${about} activeDay ${registration.activeDay}`);
    if (registration.lunch && registration.event.kind !== "NATIONAL") problems.push(`${about} has lunch on a regional day`);
    if (registration._count.emails === 0) problems.push(`${about} was never told by email`);
  }

  const attendees = await db.attendee.findMany({
    where: slug ? { registrations: { some: { event: { slug } } } } : {},
    include: { _count: { select: { registrations: true } } },
  });
  for (const attendee of attendees) {
    if (attendee._count.registrations === 0) problems.push(`attendee ${attendee.id} has no registration`);
    if (attendee.email !== attendee.email.trim().toLowerCase()) problems.push(`attendee ${attendee.id}: email ${JSON.stringify(attendee.email)}`);
    const texts = [attendee.firstName, attendee.lastName, attendee.organisation, attendee.jobTitle, attendee.dietaryNeeds, attendee.accessibilityNeeds];
    if (!texts.every((text) => isSafeText(text))) problems.push(`attendee ${attendee.id} has unsafe text ${JSON.stringify(texts)}`);
  }

  const events = await db.event.findMany({ where: slug ? { slug } : {}, include: { seats: true, waitlist: true } });
  for (const event of events) {
    const held = event.seats.filter((seat) => seat.registrationId !== null).length;
    const free = event.seats.filter((seat) => seat.registrationId === null && seat.number <= event.capacity).length;
    const waiting = event.waitlist.filter((entry) => entry.offerExpiresAt === null).length;
    if (held > event.capacity) problems.push(`${event.slug}: ${held} seats held for ${event.capacity}`);
    if (waiting > 0 && free > 0) problems.push(`${event.slug}: ${waiting} waiting while ${free} seats are free`);
  }
  if (problems.length > 0) throw new Error(`The database is not whole:\n${problems.join("\n")}`);
}

const PROPERTY_TIMEOUT = 180_000;

// ---------------------------------------------------------------------------------------------

describe("POST /api/registrations, fuzzed", () => {
  it("answers bodies that are not a registration with a French refusal, and saves nothing", async () => {
    await fc.assert(
      fc.asyncProperty(rawBody, envelope, async (raw, headers) => {
        const { status } = await answer(() => register(request("POST", "/api/registrations", headers, { raw })));
        expect(status).toBeGreaterThanOrEqual(400);
      }),
      { numRuns: fuzzRuns(400) },
    );
    await checkConsistency();
  }, PROPERTY_TIMEOUT);

  it("registers whole or refuses in French, whatever each field holds", async () => {
    const statuses = new Set<number>();
    await fc.assert(
      fc.asyncProperty(registrationBody, async (generated) => {
        const registration = materialise(generated, undefined) as Record<string, unknown>;
        const email = typeof registration.email === "string" ? registration.email.trim().toLowerCase() : "";
        // PostgreSQL's text holds no NUL: such an address is unknown, and cannot be asked about.
        const known = !email.includes("\u0000") && (await db.attendee.count({ where: { email } })) > 0;
        const { status, json } = await answer(() => register(request("POST", "/api/registrations", SAME_SITE, { json: registration })));
        statuses.add(status);
        // Whoever types a known address never gets its owner's manage link.
        if (known) expect(json).not.toHaveProperty("manageToken");
        else if (status < 300) expect(json.manageToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
        if (sent % 50 === 0) await checkConsistency();
      }),
      { numRuns: fuzzRuns(800) },
    );
    await checkConsistency();
    // Not a fuzz of the validation alone: both sides were reached.
    expect([...statuses].some((status) => status < 300)).toBe(true);
    expect([...statuses].some((status) => status >= 400)).toBe(true);
  }, PROPERTY_TIMEOUT);

  it("refuses a NUL anywhere in a JSON body (a value or a key, at any depth) with a 400 before the database", async () => {
    const withNul = fc.tuple(registrationBody, fc.nat(), fc.constantFrom("value", "key", "nested")).map(([generated, at, where]) => {
      const registration = materialise(generated, undefined) as Record<string, unknown>;
      const keys = Object.keys(registration);
      if (where === "key" || keys.length === 0) return objectOf([...Object.entries(registration), ["note\u0000", "x"]]);
      const key = keys[at % keys.length];
      return objectOf([...Object.entries(registration), [key, where === "value" ? `${String(registration[key])}\u0000` : { deep: ["a", "b\u0000"] }]]);
    });
    await fc.assert(
      fc.asyncProperty(withNul, async (registration) => {
        const { status, json } = await answer(() => register(request("POST", "/api/registrations", SAME_SITE, { json: registration })));
        if (Buffer.byteLength(JSON.stringify(registration)) > MAX_JSON_BODY_BYTES) return void expect(status).toBe(413);
        expect(status).toBe(400);
        expect(json).toEqual({ errors: { form: appErrorMessage("UNSAFE_TEXT") } });
      }),
      { numRuns: fuzzRuns(200) },
    );
  }, PROPERTY_TIMEOUT);

  it("refuses what another site sends, whatever the headers claim", async () => {
    await fc.assert(
      fc.asyncProperty(hostileEnvelope, body(registrationBody), async (headers, payload) => {
        const { status } = await answer(() => register(request("POST", "/api/registrations", headers, payload)));
        if (crossSite(headers)) expect(status).toBe(403);
      }),
      { numRuns: fuzzRuns(300) },
    );
    await checkConsistency();
  }, PROPERTY_TIMEOUT);

  it("stays whole when hostile registrations arrive together (the registration queue's rounds)", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(registrationBody, { minLength: 2, maxLength: 12 }), async (registrations) => {
        const before = await snapshot();
        const responses = await together(registrations.map((registration) => () => register(request("POST", "/api/registrations", SAME_SITE, { json: registration }))));
        const answers = await Promise.all(responses.map(async (response) => ({ status: response.status, json: await response.json() })));
        for (const { status, json } of answers) {
          expect(status, JSON.stringify(json)).toBeLessThan(500);
          if (status >= 400) expectFrenchRefusal(json);
        }
        const accepted = answers.filter(({ status }) => status < 300).length;
        const after = await snapshot();
        expect(Number(after.rows.attendees) - Number(before.rows.attendees)).toBeLessThanOrEqual(accepted);
        if (accepted === 0) expect(after.rows).toEqual(before.rows);
        await checkConsistency();
      }),
      { numRuns: fuzzRuns(60) },
    );
  }, PROPERTY_TIMEOUT);
});

type Action =
  | { route: "register"; body: Body; headers: HeaderValues }
  | { route: "show"; token: TokenChoice; query: [string, string][] }
  | { route: "edit" | "cancel"; token: TokenChoice; body: Body; headers: HeaderValues }
  | { route: "offer"; token: TokenChoice; answer: string; body: Body; headers: HeaderValues };

const action: fc.Arbitrary<Action> = fc.oneof(
  { weight: 2, arbitrary: fc.record({ route: fc.constant("register" as const), body: body(registrationBody), headers: envelope }) },
  { weight: 1, arbitrary: fc.record({ route: fc.constant("show" as const), token: tokenChoice("anyone", "seated", "waiting", "offered"), query }) },
  { weight: 1, arbitrary: fc.record({ route: fc.constant("edit" as const), token: tokenChoice("anyone", "seated"), body: body(patchBody), headers: envelope }) },
  {
    weight: 2,
    arbitrary: fc.record({ route: fc.constant("cancel" as const), token: tokenChoice("anyone", "seated", "seated", "waiting", "offered"), body: body(cancelBody), headers: envelope }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      route: fc.constant("offer" as const),
      token: tokenChoice("anyone", "waiting", "offered", "offered", "offered"),
      answer: fc.oneof(
        { weight: 4, arbitrary: fc.constantFrom("accept", "decline") },
        { weight: 1, arbitrary: fc.oneof(hostileText, fc.constantFrom("ACCEPT", " accept", "accept/", "decline%00")) },
      ),
      body: body(offerBody),
      headers: envelope,
    }),
  },
);

const MANAGE_PATH = "/api/registrations/jeton";

/** One action on the manage link's routes, with the token resolved. */
function perform(step: Exclude<Action, { route: "register" | "show" }>, token: string, offeredEvent: string | undefined) {
  const params = { params: Promise.resolve({ token }) };
  switch (step.route) {
    case "edit":
      return edit(request("PATCH", MANAGE_PATH, step.headers, step.body), params);
    case "cancel":
      return cancel(request("DELETE", MANAGE_PATH, step.headers, step.body), params);
    case "offer":
      return answerOffer(request("POST", `${MANAGE_PATH}/offer/reponse`, step.headers, step.body, offeredEvent), {
        params: Promise.resolve({ token, answer: step.answer }),
      });
  }
}

/** The request of an action, its token resolved now; `real`: the token is an attendee's own. */
async function prepare(step: Action): Promise<{ send: () => Promise<Response>; real: boolean }> {
  if (step.route === "register") return { send: () => register(request("POST", "/api/registrations", step.headers, step.body)), real: false };
  const { token, real, offeredEvent } = await resolveToken(step.token);
  if (step.route === "show") {
    return { send: () => show(request("GET", withQuery(MANAGE_PATH, step.query)), { params: Promise.resolve({ token }) }), real };
  }
  return { send: () => perform(step, token, offeredEvent), real };
}

/** A seated person leaves Grenoble (its first waiting person is offered the seat), who accepts; someone seated edits. */
const REACHING_EXAMPLES: [Action][] = [
  [{ route: "cancel", token: { attendee: "seated", index: 0, tamper: null }, body: { json: { events: ["grenoble"] } }, headers: SAME_SITE }],
  [{ route: "offer", token: { attendee: "offered", index: 0, tamper: null }, answer: "accept", body: { json: { event: OFFERED_EVENT } }, headers: SAME_SITE }],
  [{ route: "edit", token: { attendee: "seated", index: 0, tamper: null }, body: { json: { organisation: "Ville de Grenoble" } }, headers: SAME_SITE }],
];

describe("the manage link's routes, fuzzed with real, tampered and made-up tokens", () => {
  beforeAll(async () => {
    // Grenoble's three seats taken and people waiting: cancellations then hand out offers to answer.
    for (let n = 9000; n < 9024; n++) await register(request("POST", "/api/registrations", SAME_SITE, { json: person(n, ["grenoble"]) }));
  });

  it("answers every action below 500, shows only to the link's owner, writes whole or nothing", async () => {
    const reached = new Set<string>();
    await fc.assert(
      fc.asyncProperty(action, async (step) => {
        const { send, real } = await prepare(step);
        const { status } = await answer(send);
        if (step.route === "show") expect(status).toBe(real ? 200 : 404);
        else if (step.route !== "register" && (crossSite(step.headers) || !real)) expect(status).toBeGreaterThanOrEqual(400);
        if (status < 300) reached.add(step.route);
        if (sent % 50 === 0) await checkConsistency();
      }),
      // An offer exists only after a seated person cancels, so random runs may answer none: the run
      // starts from three actions that reach each operation, then goes on with random ones.
      { numRuns: fuzzRuns(800, { atLeast: 400 }), examples: REACHING_EXAMPLES },
    );
    await checkConsistency();
    // The routes took real tokens to the operations themselves, offers included.
    expect([...reached]).toEqual(expect.arrayContaining(["cancel", "edit", "offer"]));
  }, PROPERTY_TIMEOUT);
});

describe("the certificate download, fuzzed with real, tampered and made-up tokens and any day", () => {
  beforeAll(async () => {
    // People of its own to take real links from (seated or waiting), whatever ran before.
    for (let n = 9400; n < 9406; n++) await register(request("POST", "/api/registrations", SAME_SITE, { json: person(n, ["grenoble"]) }));
  });

  it("refuses in French, writing nothing: a wrong link is a 404, a real one 409 (no day here is over)", async () => {
    const day = fc.oneof(fc.constantFrom(...SLUGS), hostileText);
    const answered = new Set<number>();
    await fc.assert(
      fc.asyncProperty(tokenChoice("anyone", "seated", "seated", "waiting", "offered"), day, async (choice, slug) => {
        const { token, real } = await resolveToken(choice);
        const { status } = await answer(() => certificate(request("GET", `${MANAGE_PATH}/certificates/jour`), { params: Promise.resolve({ token, slug }) }));
        expect(status).toBe(real ? 409 : 404);
        answered.add(status);
      }),
      { numRuns: fuzzRuns(150) },
    );
    // Real links were tried too, not only made-up ones.
    expect([...answered].sort()).toEqual([404, 409]);
  }, PROPERTY_TIMEOUT);
});

describe("the read-only routes, fuzzed", () => {
  const slug = fc.oneof(
    fc.constantFrom(...SLUGS, "Rennes", "rennes-", "rennes ", "-rennes", "journee--nationale", "atlantide"),
    hostileText,
    fc.stringMatching(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  );

  /** What `?edition=` holds: nothing, the current edition, or the fuzzed text. */
  const editions = [(): string | undefined => undefined, (current: string) => current, (_current: string, text: string) => text];

  it("answers any slug and query with the event or a French 404, and the lists whole", async () => {
    await fc.assert(
      fc.asyncProperty(slug, query, fc.constantFrom("event", "events", "openapi", "health"), async (wanted, pairs, route) => {
        if (route === "event") {
          const url = withQuery(`/api/events/${SLUGS[0]}`, pairs);
          const { status, json } = await answer(() => showEvent(request("GET", url), { params: Promise.resolve({ slug: wanted }) }));
          expect(status).toBe(SLUGS.includes(wanted) ? 200 : 404);
          if (status === 200) expect(json.slug).toBe(wanted);
          return;
        }
        if (route === "events") {
          // ?edition= names the current edition (200), another well-formed one (404), or something else (400).
          const current = (await db.edition.findFirstOrThrow({ where: { status: "CURRENT" } })).slug;
          const asked = editions[wanted.length % editions.length](current, wanted);
          const params = asked === undefined ? pairs.filter(([name]) => name !== "edition") : [...pairs.filter(([name]) => name !== "edition"), ["edition", asked] as [string, string]];
          const { status, json } = await answer(() => listEvents(request("GET", withQuery("/api/events", params))));
          const parsed = eventsQuerySchema.safeParse({ edition: asked });
          expect(status).toBe(!parsed.success ? 400 : parsed.data.edition === undefined || parsed.data.edition === current ? 200 : 404);
          if (status !== 200) return;
          const events = json.events as { slug: string; capacity: number; placesLeft: number }[];
          expect(events.map((event) => event.slug)).toEqual(expect.arrayContaining(SLUGS));
          for (const event of events) expect(event.placesLeft).toSatisfy((left: number) => left >= 0 && left <= event.capacity);
          return;
        }
        const { status } = await answer(async () => (route === "openapi" ? openApi() : health()));
        expect(status).toBe(200);
      }),
      { numRuns: fuzzRuns(300) },
    );
  }, PROPERTY_TIMEOUT);
});

describe("the reading of addresses, fuzzed (the front door's for the API, the proxy's for pages)", () => {
  /** C0 control characters and DEL (PostgreSQL refuses NUL), percent-encoded as a client sends them. */
  const CONTROL_SEGMENTS = ["%00", "%01", "%08", "%09", "%0a", "%0D", "%1b", "%1f", "%7f", "rennes%00", "%00.json", "a%00b", "nancy%0a"];
  const controlText = fc.string({ unit: fc.integer({ min: 0, max: 0x7f }).map((code) => String.fromCharCode(code)), minLength: 1, maxLength: 8 });
  const segment = fc.oneof(
    fc.constantFrom("%ff", "%", "%E0%A4%A", "%e2%82", "%C0%AF", "%2e%2e", "%2F", "..", ".", "%25", "%%", "%zz", "\ud800", "\udfff", "\u202e", "é", "🦄", "api", "gerer"),
    fc.constantFrom(...CONTROL_SEGMENTS),
    controlText.map(encodeURIComponent),
    fc.string({ maxLength: 12 }),
    fc.string({ unit: "binary", maxLength: 12 }),
    loneSurrogates,
    fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 1, maxLength: 6 }).map((bytes) => bytes.map((byte) => `%${byte.toString(16).padStart(2, "0")}`).join("")),
  );
  const PREFIXES = [
    "/", "/api/", "/api/registrations/", "/api/events/", "/api/admin/events/", "/api/admin/attendees/", "/api/auth/callback/", "/inscription/gerer/",
    "/inscription/ajouter/", "/inscription/confirmer-adresse/", "/admin/evenements/", "/admin/comptes/", "/admin/intervenants/", "/evenements/",
  ];
  const path = fc.tuple(fc.constantFrom(...PREFIXES), fc.array(segment, { maxLength: 5 })).map(([prefix, segments]) => `${prefix}${segments.join("/")}`);
  /** Query names and values, control characters among them (`URLSearchParams` encodes them). */
  const queryPairs = fc.array(fc.tuple(fc.oneof(hostileText, controlText), fc.oneof(hostileText, controlText)), { maxLength: 3 });
  /** A cookie as a browser keeps it (percent-encoded), the session's and next-auth's return address's among them. */
  const cookie = fc.option(
    fc.tuple(
      fc.constantFrom("next-auth.session-token", "__Secure-next-auth.session-token", "next-auth.callback-url", "preference"),
      fc.oneof(hostileText, controlText, fc.constantFrom("%00", "abc%00", "%0a")),
    ),
  );

  const CONTROL = /[\u0000-\u001f\u007f]/;
  /** A query value may carry a textarea's tabs and line breaks (a form sent by GET). */
  const QUERY_CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
  const decodable = (pathname: string) => {
    try {
      decodeURIComponent(pathname);
      return true;
    } catch {
      return false;
    }
  };
  /** A cookie's value as sent: percent-encoded, `%xx` text left for the server to decode; null when no header can carry it. */
  const cookieHeader = ([name, value]: [string, string]) => {
    try {
      const header = `${name}=${/%[0-9a-f]{2}/i.test(value) ? value : encodeURIComponent(value)}`;
      return acceptedByHeaders(header) ? header : null;
    } catch {
      return null;
    }
  };
  const decodedCookie = (value: string) => {
    try {
      return decodeURIComponent(value);
    } catch {
      return value;
    }
  };

  /** The front door's own server for these: what it passes on, Next.js's stand-in answers 200. */
  let addresses: FrontDoorServer;
  beforeAll(async () => {
    addresses = await startFrontDoorServer({
      next: (_request, response) => {
        response.setHeader("content-type", "application/json");
        response.end('{"passé":true}');
      },
    });
  });
  afterAll(() => addresses.close());

  /** What a request's head holds, roughly; Node's HTTP server refuses one past 16 KiB (431). */
  const HEAD_ROOM = 12 * 1024;
  const headSize = (url: URL, cookieHeader: string | null) => url.pathname.length + url.search.length + (cookieHeader?.length ?? 0);

  /** An answer to a path of the API, from the front door through a real HTTP server, or to a page's, from the proxy. */
  async function answerTo(url: URL, cookieHeader: string | null): Promise<{ status: number; headers: Headers; body: () => Promise<string>; api: boolean }> {
    const api = url.pathname.startsWith("/api/");
    if (api) {
      const response = await addresses.send(new Request(url, { headers: { host: "localhost", ...(cookieHeader ? { cookie: cookieHeader } : {}) } }));
      return { status: response.status, headers: response.headers, body: () => response.text(), api };
    }
    const response = proxy(new NextRequest(url, { headers: cookieHeader ? { cookie: cookieHeader } : {} }));
    return { status: response.status, headers: response.headers, body: () => response.text(), api };
  }

  it("lets a clean address through; a malformed one is a 400, a control character in the path a 404, in a query value (but a line break) or a cookie a 400", async () => {
    await fc.assert(
      fc.asyncProperty(path, queryPairs, cookie, async (generated, pairs, sentCookie) => {
        const url = new URL(`http://localhost${generated}`);
        for (const [name, value] of pairs) url.searchParams.append(name, value);
        const header = sentCookie ? cookieHeader(sentCookie) : null;
        const response = await answerTo(url, header);
        const pathname = url.pathname;
        if (response.api && headSize(url, header) > HEAD_ROOM) {
          // Past Node's limit of a request's head (16 KiB), the server's own French 431, before the door.
          fc.pre(headSize(url, header) > 2 * HEAD_ROOM);
          expect(response.status).toBe(431);
          expect(await response.body()).toMatch(/^\p{Lu}.*[.]$/u);
          return;
        }
        const badCookie = Boolean(header && CONTROL.test(decodedCookie(header.slice(header.indexOf("=") + 1))));
        const expected = !decodable(pathname)
          ? 400
          : CONTROL.test(decodeURIComponent(pathname))
            ? 404
            : [...url.searchParams].some(([name, value]) => QUERY_CONTROL.test(name) || QUERY_CONTROL.test(value)) || badCookie
              ? 400
              : 200;
        const about = `${url.pathname}${url.search} ${header}`;
        expect(response.status, about).toBe(expected);
        expect(response.headers.get("x-frame-options"), about).toBe("DENY");
        expect(response.headers.get("content-security-policy"), about).toContain("frame-ancestors 'none'");
        if (response.api) {
          // The API renders no HTML: its policy allows nothing, whatever the answer.
          expect(response.headers.get("content-security-policy"), about).toMatch(/^default-src 'none'/);
          if (expected === 200) expect(JSON.parse(await response.body()), about).toEqual({ passé: true });
          // The unreadable cookie is forgotten along with the refusal (a __Secure- one by a Secure cookie).
          if (decodable(pathname) && badCookie && sentCookie) {
            const [name] = sentCookie;
            expect(response.headers.getSetCookie(), about).toContain(`${name}=; Path=/; Max-Age=0${name.startsWith("__") ? "; Secure" : ""}`);
          }
        }
        if (response.status >= 400) {
          if (response.api) expectFrenchRefusal(JSON.parse(await response.body()));
          else expect(await response.body()).toMatch(/^\p{Lu}.*[.]$/u);
        }
      }),
      { numRuns: fuzzRuns(3000) },
    );
  }, PROPERTY_TIMEOUT);

  it("passes on to the public routes only what they can look up: whatever the path, never a 5xx", async () => {
    const route = fc.constantFrom("event", "manage", "offer");
    await fc.assert(
      fc.asyncProperty(route, segment, segment, queryPairs, async (which, first, second, pairs) => {
        const generated = which === "event" ? `/api/events/${first}` : which === "manage" ? `/api/registrations/${first}` : `/api/registrations/${first}/offer/${second}`;
        const url = new URL(`http://localhost${generated}`);
        for (const [name, value] of pairs) url.searchParams.append(name, value);
        // The front door, then the route handler as Next.js's router finds it (its parameters the
        // path's segments, decoded), or a 404 (tests/support/front-door-server.ts).
        fc.pre(headSize(url, null) <= HEAD_ROOM);
        const target = `${url.pathname}${url.search}`;
        const method = which === "offer" ? "POST" : "GET";
        const { status } = await answer(() => frontDoor.send(request(method, target, SAME_SITE, method === "POST" ? { json: { event: "grenoble" } } : null)));
        expect(status).toBeLessThan(500);
      }),
      { numRuns: fuzzRuns(500) },
    );
  }, PROPERTY_TIMEOUT);

  it("builds the security headers of any path", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: "binary" }), path), fc.boolean(), fc.boolean(), (pathname, https, development) => {
        const headers = securityHeaders({ pathname, nonce: "bm9uY2U=", https, development });
        expect(headers["Content-Security-Policy"]).toContain("'nonce-bm9uY2U='");
        expect(headers["X-Frame-Options"]).toBe("DENY");
      }),
      { numRuns: fuzzRuns(1000) },
    );
  });
});

describe("the public routes at the same moment (PostgreSQL runs them in parallel)", () => {
  it("stays whole when the same people act at once", async () => {
    await fc.assert(
      fc.asyncProperty(tokenChoice("seated", "waiting", "offered"), fc.array(action, { minLength: 2, maxLength: 8 }), async (shared, steps) => {
        const prepared = [];
        // Mostly one person's link used by all, to race their cancellations, edits and answers.
        for (const step of steps) prepared.push(await prepare("token" in step && "attendee" in shared ? { ...step, token: shared } : step));
        for (const response of await together(prepared.map(({ send }) => send))) {
          const json = await response.json();
          // A lock waited for too long is the one 5xx by design: « réessayez », nothing saved.
          if (json.code !== "BUSY") expect(response.status, JSON.stringify(json)).toBeLessThan(500);
          if (response.status >= 400) expectFrenchRefusal(json);
        }
        await checkConsistency();
      }),
      // Which requests met is not replayable, and the database moves on: shrinking would only add noise.
      { numRuns: fuzzRuns(100), endOnFailure: true },
    );
  }, PROPERTY_TIMEOUT);

  /** A regional day of one seat, like Grenoble but its own, for one race. */
  async function oneSeatDay(slug: string): Promise<string> {
    const { id: _id, createdAt: _createdAt, updatedAt: _updatedAt, ...grenoble } = await db.event.findUniqueOrThrow({ where: { slug: "grenoble" } });
    await db.event.create({ data: { ...grenoble, slug, status: "PUBLISHED", capacity: 1, seats: { create: [{ number: 1 }] } } });
    return slug;
  }
  const registerTo = async (n: number, slug: string) => {
    const response = await register(request("POST", "/api/registrations", SAME_SITE, { json: person(n, [slug]) }));
    expect(response.status).toBe(201);
    return ((await response.json()) as { manageToken: string }).manageToken;
  };
  const tokenParams = (token: string) => ({ params: Promise.resolve({ token }) });

  it("answers a person's cancellation and their answer to an offer, sent together, below 500", async () => {
    const slug = await oneSeatDay("course-offre");
    const tokens = [];
    for (let n = 9100; n < 9125; n++) tokens.push(await registerTo(n, slug));
    // The first holds the seat; each round, whoever is offered it cancels and declines at once.
    expect((await cancel(request("DELETE", MANAGE_PATH), tokenParams(tokens[0]))).status).toBe(200);
    for (const token of tokens.slice(1, 12)) {
      const responses = await together([
        () => cancel(request("DELETE", MANAGE_PATH), tokenParams(token)),
        () => answerOffer(request("POST", `${MANAGE_PATH}/offer/decline`, SAME_SITE, { json: { event: slug } }), { params: Promise.resolve({ token, answer: "decline" }) }),
      ]);
      for (const response of responses) expect(response.status).toBeLessThan(500);
      await checkConsistency(slug);
    }
  }, PROPERTY_TIMEOUT);

  it("gives a seat freed while a newcomer joins the queue to the one waiting", async () => {
    // Each round a new race (the newcomer 0 to 5 ms after the cancellation): 40 at night, 12 by default.
    for (let round = 0; round < fuzzRuns(40, { atLeast: 12 }); round++) {
      const slug = await oneSeatDay(`course-place-${round}`);
      const holder = await registerTo(9200 + 2 * round, slug);
      // The newcomer a few milliseconds after, so that some round lands in the cancellation's transaction.
      const [cancelled, newcomer] = await together([
        () => cancel(request("DELETE", MANAGE_PATH), tokenParams(holder)),
        async () => {
          await new Promise((resolve) => setTimeout(resolve, round % 6));
          return register(request("POST", "/api/registrations", SAME_SITE, { json: person(9201 + 2 * round, [slug]) }));
        },
      ]);
      expect([cancelled.status, newcomer.status]).toEqual([200, 201]);
      await checkConsistency(slug);
    }
  }, PROPERTY_TIMEOUT);
});
