import { randomUUID } from "node:crypto";
import type { Readable } from "node:stream";
import { parse } from "csv-parse/sync";
import { extractText, getDocumentProxy } from "unpdf";
import { beforeAll, describe, expect, it } from "vitest";
import { seedDatabase } from "../../prisma/seed";
import { testAdmin } from "../../tests/support/actors";
import { person } from "../../tests/support/people";
import { applyDoorOperations } from "../checkin/apply-door-operations";
import { formatLongDate, formatTime, parisTime } from "../dates";
import { db } from "../db/client";
import type { Event } from "../db/models";
import { cancelByOrganiser } from "../registrations/cancel-by-organiser";
import { changeCapacity } from "../registrations/change-capacity";
import { createRegistrations } from "../registrations/create-registrations";
import { listQuerySchema } from "../registrations/list-query";
import { registrationInputSchema, type RegistrationInput } from "../registrations/schema";
import { runExport } from "./run-export";
import { exportOptionsSchema } from "./schema";

const SLUG = "journee-nationale";
const REGISTERED_AT = new Date("2030-02-01T10:00:00Z");
/** The evening of the national day (26 June 2030): the door has closed, the exports are made. */
const EXPORTED_AT = parisTime(2030, 6, 26, 18, 0);
const A4 = { width: 595.28, height: 841.89 };
const BADGE = { width: (90 * 72) / 25.4, height: (55 * 72) / 25.4 };
const LONG_ORGANISATION =
  "Communauté d’agglomération du Grand Val de Loire, des Coteaux du Layon et de l’Aubance, direction de l’économie sociale et solidaire, de l’innovation sociale et de la coopération entre les territoires";

const SPECIAL = {
  lukasz: { firstName: "Łukasz", lastName: "Ørsted-Núñez" },
  zoe: { firstName: "Zoë", lastName: "Lœuvre", organisation: LONG_ORGANISATION },
  hong: { firstName: "Thị Hồng", lastName: "Đặng" },
} satisfies Record<string, Partial<RegistrationInput>>;
/** Sixty more people, so that the lists run over several pages; « Émery » starts with an accent as many French names do. */
const SURNAMES = ["Bernard", "Dubois", "Émery", "Garnier", "Martin", "Petit", "Robert", "Simon", "Thomas", "Vidal"];
const OTHERS = Array.from({ length: 60 }, (_, k): Partial<RegistrationInput> => ({ firstName: "Awa", lastName: `${SURNAMES[k % 10]}-${"abcdef"[Math.floor(k / 10)]}` }));

const query = () => listQuerySchema.parse({});
let event: Event;
const ids = { lukasz: "", zoe: "", hong: "", cancelled: "", notCheckedIn: "", early: "", monthsBefore: "", afterTheEnd: "", atTheEnd: "", otherDay: "" };
/** Who signs the national day's certificates, for the series' networks. */
const SIGNATORY = { certificateSignatoryName: "Claire Fontaine", certificateSignatoryTitle: "présidente du Réseau des collectivités territoriales pour une économie solidaire" };
/** The series' networks, as a certificate names them. */
const ISSUERS =
  "Organisées par : Association des régions de France (ARF), Assemblée des départements de France (ADF), Assemblée des communautés de France (AdCF), Association des maires des grandes villes de France (AMGVF), Association des maires de France (AMF), Réseau des collectivités territoriales pour une économie solidaire (RTES).";

async function body(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks);
}

async function register(n: number, overrides: Partial<RegistrationInput>) {
  // Through the form's schema, so that the names are those the site accepts.
  const result = await createRegistrations({ input: registrationInputSchema.parse(person(n, [SLUG], overrides)), now: REGISTERED_AT });
  return result.registrations[0];
}

/** An export that must be refused with `code`, before anything is written to the journal. */
async function refused(options: Record<string, string>, now: Date, code: string) {
  const before = await db.auditEntry.count({ where: { action: "export.created" } });
  const attempt = runExport({ actor: testAdmin, slug: SLUG, dataset: "certificates", query: query(), options: exportOptionsSchema.parse({ format: "pdf", ...options }), now });
  await expect(attempt).rejects.toMatchObject({ name: "AppError", code, status: 409 });
  expect(await db.auditEntry.count({ where: { action: "export.created" } })).toBe(before);
  return attempt.catch((error: Error) => error.message);
}

/** A run of text of a page, as pdf.js gives it (the other items mark content). */
const isTextItem = <T extends object>(item: T): item is Extract<T, { str: string }> => "str" in item;
const flat = (text: string) => text.replace(/\s+/g, " ");
/** Without any white space: a text the PDF wrapped, even inside a word, is still found whole. */
const bare = (text: string) => text.replace(/\s+/g, "");
const occurrences = (text: string, part: string) => text.split(part).length - 1;

/**
 * Runs an export and returns its bytes, checking on the way that it was written to the audit
 * journal as one « export.created » entry with its dataset and format.
 */
async function exported(dataset: string, options: Record<string, string> = {}, now = EXPORTED_AT) {
  const before = new Set((await db.auditEntry.findMany({ where: { action: "export.created" }, select: { id: true } })).map((entry) => entry.id));
  const parsed = exportOptionsSchema.parse({ format: "pdf", ...options });
  const file = await runExport({ actor: testAdmin, slug: SLUG, dataset, query: query(), options: parsed, now });
  const raw = await body(file.body);
  const added = (await db.auditEntry.findMany({ where: { action: "export.created" } })).filter((entry) => !before.has(entry.id));
  expect(added).toHaveLength(1);
  expect(added[0]).toMatchObject({ actorId: testAdmin.userId, entityType: "Event", entityId: event.id, eventId: event.id, after: { dataset, format: parsed.format } });
  return { file, raw, audit: added[0] };
}

async function readPdf(raw: Buffer) {
  const pdf = await getDocumentProxy(new Uint8Array(raw));
  const { totalPages, text } = await extractText(pdf, { mergePages: false });
  return { pdf, totalPages, pages: text };
}

async function pageSizes(pdf: Awaited<ReturnType<typeof getDocumentProxy>>) {
  const sizes: { width: number; height: number }[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const [x0, y0, x1, y1] = (await pdf.getPage(n)).view;
    sizes.push({ width: x1 - x0, height: y1 - y0 });
  }
  return sizes;
}

function expectSize(size: { width: number; height: number }, expected: { width: number; height: number }) {
  expect(size.width).toBeCloseTo(expected.width, 1);
  expect(size.height).toBeCloseTo(expected.height, 1);
}

/** The confirmed attendees as the lists print a row: « Nom Prénom ». */
async function confirmedRows() {
  const rows = await db.registration.findMany({ where: { eventId: event.id, status: "CONFIRMED" }, select: { attendee: { select: { lastName: true, firstName: true } } } });
  return rows.map(({ attendee }) => attendee);
}

const NOT_CONFIRMED = ["Annulée", "Enattente"];

beforeAll(async () => {
  await seedDatabase(db, { year: 2030 });
  event = await db.event.findUniqueOrThrow({ where: { slug: SLUG } });
  // Everyone at once, as the registration queue takes a rush.
  const [lukasz, zoe, hong, cancelled, ...others] = await Promise.all([
    register(1, SPECIAL.lukasz),
    register(2, SPECIAL.zoe),
    register(3, SPECIAL.hong),
    register(4, { firstName: "Yvette", lastName: "Annulée" }),
    ...OTHERS.map((overrides, k) => register(100 + k, overrides)),
  ]);
  expect(new Set([lukasz, zoe, hong, cancelled, ...others].map((registration) => registration.status))).toEqual(new Set(["CONFIRMED"]));
  // The day is now full: the next two wait.
  await changeCapacity({ eventId: event.id, capacity: 64, actor: testAdmin, now: REGISTERED_AT });
  const waiting = [await register(5, { firstName: "Wanda", lastName: "Enattente" }), await register(6, { firstName: "Xavier", lastName: "Enattente" })];
  expect(waiting.map((registration) => registration.status)).toEqual(["WAITLISTED", "WAITLISTED"]);

  const door = (registrationId: string, hours: number, minutes: number) => ({
    type: "check-in" as const, operationId: randomUUID(), method: "SEARCH" as const, registrationId, at: parisTime(2030, 6, 26, hours, minutes).toISOString(),
  });
  const results = await applyDoorOperations({
    actor: testAdmin,
    eventId: event.id,
    now: EXPORTED_AT,
    operations: [door(lukasz.registrationId, 9, 10), door(zoe.registrationId, 13, 0), door(hong.registrationId, 14, 30), door(cancelled.registrationId, 9, 45), door(others[0].registrationId, 10, 15)],
  });
  expect(results.map((result) => result.outcome)).toEqual(Array(5).fill("CHECKED_IN"));
  // Checked in, then cancelled: their place goes to the first person waiting (offered, not confirmed).
  await cancelByOrganiser({ actor: testAdmin, eventId: event.id, registrationId: cancelled.registrationId, now: EXPORTED_AT });
  expect(await db.registration.count({ where: { eventId: event.id, status: "OFFERED" } })).toBe(1);
  // Arrivals stored outside the day's check-in window (the door refuses such taps now; older data
  // and imports may hold them): months before the day, after its end, at its very end.
  const stored = (registrationId: string, checkedInAt: Date) =>
    db.checkIn.create({ data: { registrationId, eventId: event.id, checkedInAt, method: "CODE", operationId: randomUUID(), byLabel: "ancienne donnée" } });
  await stored(others[2].registrationId, parisTime(2029, 12, 1, 10, 0));
  await stored(others[3].registrationId, parisTime(2030, 6, 26, 18, 30));
  await stored(others[4].registrationId, event.endsAt);
  const otherDay = await createRegistrations({ input: registrationInputSchema.parse(person(7, ["nancy"], { firstName: "Odile", lastName: "Ailleurs" })), now: REGISTERED_AT });
  await db.event.update({ where: { id: event.id }, data: SIGNATORY });
  event = await db.event.findUniqueOrThrow({ where: { slug: SLUG } });
  Object.assign(ids, {
    lukasz: lukasz.registrationId, zoe: zoe.registrationId, hong: hong.registrationId, cancelled: cancelled.registrationId, early: others[0].registrationId, notCheckedIn: others[1].registrationId,
    monthsBefore: others[2].registrationId, afterTheEnd: others[3].registrationId, atTheEnd: others[4].registrationId, otherDay: otherDay.registrations[0].registrationId,
  });
}, 120_000);

describe("the security list as PDF", () => {
  it("lists every confirmed person once, under its title, and nobody waiting or cancelled", async () => {
    const { raw } = await exported("security-list");
    const { pages, totalPages } = await readPdf(raw);
    const text = flat(pages.join("\n"));
    expect(text.startsWith("Liste de sécurité Journée nationale")).toBe(true);
    expect(text).toContain("Nom Prénom Organisation");
    for (const name of ["Ørsted-Núñez Łukasz", "Lœuvre Zoë", "Đặng Thị Hồng"]) expect(occurrences(text, name)).toBe(1);
    const confirmed = await confirmedRows();
    expect(confirmed).toHaveLength(63);
    for (const { lastName, firstName } of confirmed) expect(occurrences(text, `${lastName} ${firstName}`), lastName).toBe(1);
    for (const name of NOT_CONFIRMED) expect(text).not.toContain(name);
    // As many rows as confirmed people: each row prints one first name.
    expect(occurrences(text, " Awa ") + 3).toBe(63);
    expect(pages.map((page) => flat(page).trim().split(" ").at(-1))).toEqual(Array.from({ length: totalPages }, (_, k) => `${k + 1}/${totalPages}`));
  });

  it("sorts the rows by last name, as a French reader looks a name up", async () => {
    const { raw } = await exported("security-list");
    const text = flat((await readPdf(raw)).pages.join("\n"));
    const confirmed = await confirmedRows();
    const printed = confirmed
      .map(({ lastName, firstName }) => ({ lastName, at: text.indexOf(`${lastName} ${firstName}`) }))
      .sort((a, b) => a.at - b.at)
      .map((row) => row.lastName);
    const collator = new Intl.Collator("fr");
    expect(printed).toEqual(confirmed.map((row) => row.lastName).sort(collator.compare));
  });
});

describe("the sign-in sheet", () => {
  it("prints A4 pages numbered n/N at the bottom right, each with the day's heading and the columns to sign", async () => {
    const { file, raw } = await exported("sign-in-sheet");
    expect(file).toMatchObject({ filename: "journee-nationale_sign-in-sheet_2030-06-26.pdf", contentType: "application/pdf" });
    const { pdf, pages, totalPages } = await readPdf(raw);
    expect(totalPages).toBeGreaterThan(1);
    for (const size of await pageSizes(pdf)) expectSize(size, A4);

    const dateLine = `${formatLongDate(event.startsAt)}, de ${formatTime(event.startsAt)} à ${formatTime(event.endsAt)}`;
    for (const [k, page] of pages.entries()) {
      const text = flat(page);
      expect(text.startsWith(`Feuille d'émargement ${event.title} ${dateLine}`), `page ${k + 1}`).toBe(true);
      expect(text).toContain("Nom Prénom Organisation Signature matin Signature après-midi");
      expect(text.trim().endsWith(`${k + 1}/${totalPages}`), `page ${k + 1}`).toBe(true);

      const items = (await (await pdf.getPage(k + 1)).getTextContent()).items.filter(isTextItem);
      const number = items.find((item) => item.str === `${k + 1}/${totalPages}`);
      expect(number, `page ${k + 1}`).toBeDefined();
      const [, , , , x, y] = number!.transform;
      // Right-aligned on the right margin (40 pt), within the bottom margin.
      expect(Math.abs(x + number!.width - (A4.width - 40))).toBeLessThan(2);
      expect(y).toBeLessThan(60);
    }

    const text = flat(pages.join("\n"));
    for (const name of ["Ørsted-Núñez Łukasz", "Lœuvre Zoë", "Đặng Thị Hồng"]) expect(occurrences(text, name)).toBe(1);
    for (const { lastName, firstName } of await confirmedRows()) expect(occurrences(text, `${lastName} ${firstName}`), lastName).toBe(1);
    for (const name of NOT_CONFIRMED) expect(text).not.toContain(name);
  });

  it("comes in PDF only: asked as CSV, it is refused and nothing is audited", async () => {
    const before = await db.auditEntry.count({ where: { action: "export.created" } });
    const attempt = runExport({ actor: testAdmin, slug: SLUG, dataset: "sign-in-sheet", query: query(), options: exportOptionsSchema.parse({ format: "csv" }), now: EXPORTED_AT });
    await expect(attempt).rejects.toMatchObject({ name: "AppError", code: "EXPORT_FORMAT", status: 400 });
    await expect(attempt).rejects.toThrow(/pdf/);
    expect(await db.auditEntry.count({ where: { action: "export.created" } })).toBe(before);
  });
});

describe("the badges", () => {
  it("fit ten to an A4 sheet", async () => {
    const { raw } = await exported("badges", { disposition: "planche" });
    const { pdf, pages, totalPages } = await readPdf(raw);
    expect(totalPages).toBe(Math.ceil(63 / 10));
    for (const size of await pageSizes(pdf)) expectSize(size, A4);
    const text = bare(pages.join("\n"));
    for (const name of ["ŁukaszØrsted-Núñez", "ZoëLœuvre", "ThịHồngĐặng"]) expect(occurrences(text, name)).toBe(1);
    expect(occurrences(text, bare(event.title))).toBe(63);
    expect(text).toContain(bare(LONG_ORGANISATION));
    for (const name of NOT_CONFIRMED) expect(text).not.toContain(name);
  });

  it("print one a page of 90 × 55 mm, a 200-character organisation whole on its badge", async () => {
    expect(LONG_ORGANISATION).toHaveLength(200);
    const { raw } = await exported("badges", { disposition: "unitaire" });
    const { pdf, pages, totalPages } = await readPdf(raw);
    expect(totalPages).toBe(63);
    for (const size of await pageSizes(pdf)) expectSize(size, BADGE);
    const zoe = pages.filter((page) => bare(page).includes("ZoëLœuvre"));
    expect(zoe).toHaveLength(1);
    expect(bare(zoe[0])).toContain(bare(LONG_ORGANISATION));
    expect(bare(zoe[0]).endsWith(bare(event.title))).toBe(true);
    expect(pages.every((page) => occurrences(bare(page), bare(event.title)) === 1)).toBe(true);
  });

  it("also come as CSV, for a badge printer's own software", async () => {
    const { raw } = await exported("badges", { format: "csv" });
    const rows = parse(raw, { bom: true }) as string[][];
    expect(rows[0]).toEqual(["Prénom", "Nom", "Organisation", "Rôle"]);
    expect(rows).toHaveLength(64);
    expect(rows).toContainEqual(["Zoë", "Lœuvre", LONG_ORGANISATION, ""]);
  });

  it("show an invited person's role", async () => {
    await db.registration.update({ where: { id: ids.hong }, data: { guestRole: "INTERVENANT" } });
    try {
      const { pages } = await readPdf((await exported("badges", { disposition: "unitaire" })).raw);
      // Printed in capitals, under the organisation.
      const roles = pages.filter((page) => flat(page).includes("INTERVENANT·E"));
      expect(roles).toHaveLength(1);
      expect(roles[0].split("\n")).toEqual(["Thị Hồng Đặng", "Ville de Rennes", "INTERVENANT·E", event.title]);
      const rows = parse((await exported("badges", { format: "csv" })).raw, { bom: true }) as string[][];
      expect(rows.slice(1).filter((row) => row[3] !== "")).toEqual([["Thị Hồng", "Đặng", expect.any(String), "Intervenant·e"]]);
    } finally {
      await db.registration.update({ where: { id: ids.hong }, data: { guestRole: null } });
    }
  });
});

describe("the attendance certificates", () => {
  it("give a page to each person checked in and still confirmed, nobody else", async () => {
    const { raw } = await exported("certificates");
    const { pages, totalPages } = await readPdf(raw);
    expect(totalPages).toBe(4);
    const names = pages.map((page) => ["Łukasz Ørsted-Núñez", "Zoë Lœuvre", "Thị Hồng Đặng", "Awa Bernard-a"].filter((name) => flat(page).includes(name)));
    expect(names.map((found) => found.length)).toEqual([1, 1, 1, 1]);
    expect(names.flat().sort()).toEqual(["Awa Bernard-a", "Thị Hồng Đặng", "Zoë Lœuvre", "Łukasz Ørsted-Núñez"].sort());
    for (const page of pages) expect(flat(page)).toContain("Attestation de présence");
    expect(flat(pages.join("\n"))).not.toContain("Annulée");
  });

  it("gives one person's certificate with the hours attended, the programme's lunch break deducted", async () => {
    const lunch = await db.programmeItem.findFirstOrThrow({ where: { eventId: event.id, kind: "LUNCH" } });
    expect([formatTime(lunch.startsAt), formatTime(lunch.endsAt!)]).toEqual(["12 h 30", "14 h"]);
    const start = formatTime(event.startsAt);
    const end = formatTime(event.endsAt);
    const cases = [
      // Came before the start: counted from the start, 9 h 30 to 17 h less an hour and a half.
      { id: ids.lukasz, name: "Łukasz Ørsted-Núñez", presence: `de ${start} à ${end}, soit 6 h (pause déjeuner déduite).`, arrival: "9 h 10" },
      // Came during lunch: only the rest of the break is deducted.
      { id: ids.zoe, name: "Zoë Lœuvre", presence: `de 13 h à ${end}, soit 3 h (pause déjeuner déduite).`, arrival: "13 h" },
      { id: ids.hong, name: "Thị Hồng Đặng", presence: `de 14 h 30 à ${end}, soit 2 h 30.`, arrival: "14 h 30" },
      { id: ids.early, name: "Awa Bernard-a", presence: `de 10 h 15 à ${end}, soit 5 h 15 (pause déjeuner déduite).`, arrival: "10 h 15" },
    ];
    for (const { id, name, presence, arrival } of cases) {
      const { raw, audit } = await exported("certificates", { inscription: id });
      const { pages, totalPages } = await readPdf(raw);
      expect(totalPages, name).toBe(1);
      const text = flat(pages[0]);
      expect(text.startsWith("Attestation de présence")).toBe(true);
      expect(text).toContain(` ${name} `);
      expect(text).toContain(`a participé à « ${event.title} », le ${formatLongDate(event.startsAt)}, Assemblée nationale, salle Victor Hugo, Paris.`);
      expect(text).toContain(`Présence : ${presence}`);
      expect(text).toContain(`Arrivée enregistrée à l'accueil à ${arrival}.`);
      expect(text).toContain("Fait à Paris, le 26 juin 2030.");
      expect(audit.after).toMatchObject({ dataset: "certificates", format: "pdf", registration: id });
      // Never more than the day lasts, nor past its end.
      const [hours, minutes = "0"] = /soit (\d+) h(?: (\d+))?/.exec(presence)!.slice(1);
      expect(Number(hours) * 60 + Number(minutes)).toBeLessThanOrEqual((event.endsAt.getTime() - event.startsAt.getTime()) / 60_000 - 90);
    }
    expect(bare((await readPdf((await exported("certificates", { inscription: ids.zoe })).raw)).pages[0])).toContain(bare(`Adjointe à l'ESS, ${LONG_ORGANISATION}`));
  });

  it("names who issues it (the series' networks), who signs it, and where and when it is made: « le 1er juillet »", async () => {
    const { raw } = await exported("certificates", { inscription: ids.zoe }, parisTime(2030, 7, 1, 10, 0));
    const text = flat((await readPdf(raw)).pages[0]);
    expect(text.startsWith(`Attestation de présence ${(await db.edition.findFirstOrThrow()).title}`)).toBe(true);
    expect(bare(text)).toContain(bare(ISSUERS));
    expect(bare(text)).toContain(bare(`${SIGNATORY.certificateSignatoryName}, ${SIGNATORY.certificateSignatoryTitle}, atteste que Zoë Lœuvre`));
    expect(text).toContain("Fait à Paris, le 1er juillet 2030.");
    expect(text).not.toMatch(/le 1 juillet/);
    expect(bare(text).endsWith(bare(`${SIGNATORY.certificateSignatoryName} ${SIGNATORY.certificateSignatoryTitle}`))).toBe(true);
  });

  it("gives no certificate to a person not checked in, nor to one cancelled after coming in, nor for another day's registration", async () => {
    for (const id of [ids.notCheckedIn, ids.cancelled, ids.otherDay]) {
      expect(await refused({ inscription: id }, EXPORTED_AT, "NO_CERTIFICATE")).toContain("Pas d'attestation de présence pour cette inscription");
    }
  });

  it("gives no certificate for an arrival outside the day's check-in window, nor one at its very end", async () => {
    const outside = ["Awa Émery-a", "Awa Garnier-a", "Awa Martin-a"];
    for (const id of [ids.monthsBefore, ids.afterTheEnd, ids.atTheEnd]) await refused({ inscription: id }, EXPORTED_AT, "NO_CERTIFICATE");
    const { pages, totalPages } = await readPdf((await exported("certificates")).raw);
    expect(totalPages).toBe(4);
    for (const name of outside) expect(flat(pages.join("\n"))).not.toContain(name);
    const rows = parse((await exported("certificates", { format: "csv" })).raw, { bom: true }) as string[][];
    expect(rows.slice(1).map((row) => `${row[1]} ${row[0]}`).sort()).toEqual(["Awa Bernard-a", "Thị Hồng Đặng", "Zoë Lœuvre", "Łukasz Ørsted-Núñez"].sort());
  });

  it("gives none before the day has started, in any format, and says from when", async () => {
    const before = parisTime(2030, 6, 26, 9, 29);
    const message = await refused({}, before, "CERTIFICATES_NOT_YET");
    expect(message).toBe("Les attestations de présence ne sont établies qu'une fois la journée commencée (le mercredi 26 juin 2030 à 9 h 30) : elles disent une présence, pas une inscription.");
    await refused({ inscription: ids.lukasz }, before, "CERTIFICATES_NOT_YET");
    await refused({ format: "csv" }, before, "CERTIFICATES_NOT_YET");
    // Once the day has started, they exist, for the time attended so far.
    const anHourIn = new Date(event.startsAt.getTime() + 3600_000);
    expect((await readPdf((await exported("certificates", { inscription: ids.lukasz }, anHourIn)).raw)).totalPages).toBe(1);
    const soFar = await exported("certificates", { format: "csv", inscription: ids.lukasz }, anHourIn);
    expect(soFar.raw.toString("utf8")).toContain("10 h 30");
  });

  it("are refused without a signatory, telling the admin where to name one", async () => {
    await db.event.update({ where: { id: event.id }, data: { certificateSignatoryTitle: null } });
    try {
      expect(await refused({}, EXPORTED_AT, "CERTIFICATE_SIGNATORY_MISSING")).toContain("formulaire de la journée");
      await refused({ inscription: ids.lukasz }, EXPORTED_AT, "CERTIFICATE_SIGNATORY_MISSING");
    } finally {
      await db.event.update({ where: { id: event.id }, data: SIGNATORY });
    }
  });
});

describe("every PDF", () => {
  it("embeds its fonts and refers to nothing outside the file", async () => {
    const datasets: [string, Record<string, string>][] = [
      ["attendees", {}], ["catering", {}], ["security-list", {}], ["security-list-changes", {}], ["sign-in-sheet", {}],
      ["badges", { disposition: "planche" }], ["badges", { disposition: "unitaire" }], ["certificates", {}],
    ];
    for (const [dataset, options] of datasets) {
      const { raw } = await exported(dataset, options);
      const bytes = raw.toString("latin1");
      expect(bytes.startsWith("%PDF-"), dataset).toBe(true);
      expect(bytes, dataset).toContain("/FontFile2");
      expect(bytes, dataset).not.toMatch(/https?:/i);
      expect(bytes, dataset).not.toContain("/URI");
      expect((await readPdf(raw)).totalPages, dataset).toBeGreaterThan(0);
    }
  });
});
