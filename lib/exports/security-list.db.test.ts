import type { Readable } from "node:stream";
import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { extractText, getDocumentProxy } from "unpdf";
import { beforeAll, describe, expect, it } from "vitest";
import { seedDatabase } from "../../prisma/seed";
import { testAdmin } from "../../tests/support/actors";
import { person } from "../../tests/support/people";
import { formatDateTime, parisTime } from "../dates";
import { db } from "../db/client";
import { cancelByOrganiser } from "../registrations/cancel-by-organiser";
import { changeCapacity } from "../registrations/change-capacity";
import { createRegistrations } from "../registrations/create-registrations";
import { listQuerySchema } from "../registrations/list-query";
import type { RegistrationInput } from "../registrations/schema";
import { freezeDueSecurityLists } from "./freeze-security-list";
import { runExport } from "./run-export";
import { exportOptionsSchema, type ExportFormat } from "./schema";

// The regional days are on 12 September 2030; everyone registers early in the year.
const REGISTERED_AT = new Date("2030-02-01T10:00:00Z");
const CUTOFF = parisTime(2030, 9, 1, 0, 0);
const FIRST_EXPORT = parisTime(2030, 9, 5, 12, 0);
const LATE_CHANGES = parisTime(2030, 9, 6, 9, 0);
const SECOND_EXPORT = parisTime(2030, 9, 7, 15, 30);
const HEADER = ["Nom", "Prénom", "Organisation", "Rôle"];
let n = 0;

beforeAll(() => seedDatabase(db, { year: 2030 }));

async function body(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks);
}

const eventOf = (slug: string) => db.event.findUniqueOrThrow({ where: { slug } });

async function register(slug: string, overrides: Partial<RegistrationInput>, now = REGISTERED_AT) {
  const result = await createRegistrations({ input: person(++n, [slug], { organisation: "Ville de Nancy", ...overrides }), now });
  return result.registrations[0];
}

async function exportOf(slug: string, dataset: "security-list" | "security-list-changes", now: Date, format: ExportFormat = "csv") {
  const file = await runExport({ actor: testAdmin, slug, dataset, query: listQuerySchema.parse({}), options: exportOptionsSchema.parse({ format }), now });
  return body(file.body);
}

const csvRows = async (slug: string, dataset: "security-list" | "security-list-changes", now: Date) =>
  parse(await exportOf(slug, dataset, now), { bom: true }) as string[][];

async function pdfText(slug: string, dataset: "security-list" | "security-list-changes", now: Date) {
  const pdf = await getDocumentProxy(new Uint8Array(await exportOf(slug, dataset, now, "pdf")));
  const { text } = await extractText(pdf, { mergePages: true });
  return text.replace(/\s+/g, " ");
}

const frozenAudits = (eventId: string) => db.auditEntry.findMany({ where: { action: "event.security-list.frozen", eventId } });

describe("without a cut-off", () => {
  it("keeps the list live: every export shows who is confirmed at that moment, and nothing is frozen", async () => {
    const nancy = await eventOf("nancy");
    const anne = await register("nancy", { firstName: "Anne", lastName: "Aubert" });
    const bruno = await register("nancy", { firstName: "Bruno", lastName: "Blanc" });
    expect(await csvRows("nancy", "security-list", FIRST_EXPORT)).toEqual([HEADER, ["Aubert", "Anne", "Ville de Nancy", ""], ["Blanc", "Bruno", "Ville de Nancy", ""]]);

    await register("nancy", { firstName: "Chloé", lastName: "Caron" }, LATE_CHANGES);
    await cancelByOrganiser({ actor: testAdmin, eventId: nancy.id, registrationId: anne.registrationId, now: LATE_CHANGES });
    expect(await csvRows("nancy", "security-list", SECOND_EXPORT)).toEqual([HEADER, ["Blanc", "Bruno", "Ville de Nancy", ""], ["Caron", "Chloé", "Ville de Nancy", ""]]);
    expect(await csvRows("nancy", "security-list-changes", SECOND_EXPORT)).toEqual([["Changement", ...HEADER]]);
    expect(await pdfText("nancy", "security-list-changes", SECOND_EXPORT)).toContain("La liste n'est pas encore arrêtée : aucun ajout tardif.");
    expect(await pdfText("nancy", "security-list", SECOND_EXPORT)).toContain(`État au ${formatDateTime(SECOND_EXPORT)}`);
    // An invited person's role, in every format.
    await db.registration.update({ where: { id: bruno.registrationId }, data: { guestRole: "PRESSE" } });
    expect((await csvRows("nancy", "security-list", SECOND_EXPORT))[1]).toEqual(["Blanc", "Bruno", "Ville de Nancy", "Presse"]);
    expect(await pdfText("nancy", "security-list", SECOND_EXPORT)).toMatch(/Blanc Bruno Ville de Nancy Presse/);
    // A workbook Excel opens: its sheet's name holds none of the characters Excel refuses (« : »).
    const workbook = new ExcelJS.Workbook();
    // exceljs types its Buffer before @types/node made Buffer generic.
    await workbook.xlsx.load((await exportOf("nancy", "security-list-changes", SECOND_EXPORT, "xlsx")) as unknown as ExcelJS.Buffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(["Liste de sécurité - ajouts tard"]);

    expect((await eventOf("nancy")).securityListFrozenAt).toBeNull();
    expect(await db.securityListEntry.count({ where: { eventId: nancy.id } })).toBe(0);
    expect(await frozenAudits(nancy.id)).toHaveLength(0);
  });

  it("keeps it live too while the cut-off is ahead", async () => {
    const rennes = await eventOf("rennes");
    await db.event.update({ where: { id: rennes.id }, data: { securityListCutoffAt: parisTime(2030, 9, 10, 0, 0) } });
    await register("rennes", { firstName: "Denis", lastName: "Dumas" });
    expect(await csvRows("rennes", "security-list", FIRST_EXPORT)).toEqual([HEADER, ["Dumas", "Denis", "Ville de Nancy", ""]]);
    const after = await eventOf("rennes");
    expect(after.securityListFrozenAt).toBeNull();
    expect(await db.securityListEntry.count({ where: { eventId: rennes.id } })).toBe(0);
    expect(await frozenAudits(rennes.id)).toHaveLength(0);
    // Back as it was, for the other tests of this file.
    await db.event.update({ where: { id: rennes.id }, data: { securityListCutoffAt: null } });
  });
});

describe("with a cut-off in the past", () => {
  it("freezes the list at the first export; later changes are listed apart, by name", async () => {
    const grenoble = await eventOf("grenoble");
    await changeCapacity({ eventId: grenoble.id, capacity: 3, actor: testAdmin, now: REGISTERED_AT });
    const gone = await register("grenoble", { firstName: "Éric", lastName: "Ébrard" });
    const kept = [await register("grenoble", { firstName: "Hélène", lastName: "Durand" }), await register("grenoble", { firstName: "Paul", lastName: "Lefèvre" })];
    const waiting = await register("grenoble", { firstName: "Wanda", lastName: "Enattente" });
    expect(waiting.status).toBe("WAITLISTED");
    await db.event.update({ where: { id: grenoble.id }, data: { securityListCutoffAt: CUTOFF } });

    const frozenList = [HEADER, ["Durand", "Hélène", "Ville de Nancy", ""], ["Ébrard", "Éric", "Ville de Nancy", ""], ["Lefèvre", "Paul", "Ville de Nancy", ""]];
    const unordered = (rows: string[][]) => rows.map((row) => row.join("|")).sort();
    const first = await csvRows("grenoble", "security-list", FIRST_EXPORT);
    expect(first[0]).toEqual(HEADER);
    expect(unordered(first)).toEqual(unordered(frozenList));
    // Frozen at the first export, as the list stood at the cut-off.
    expect((await eventOf("grenoble")).securityListFrozenAt).toEqual(CUTOFF);
    const entries = await db.securityListEntry.findMany({ where: { eventId: grenoble.id } });
    expect(entries.map((entry) => entry.registrationId).sort()).toEqual([gone, ...kept].map((registration) => registration.registrationId).sort());
    expect(entries.every((entry) => entry.frozenAt.getTime() === CUTOFF.getTime())).toBe(true);
    const audits = await frozenAudits(grenoble.id);
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({ actorKind: "SYSTEM", entityType: "Event", entityId: grenoble.id, after: { people: 3, cutoff: CUTOFF.toISOString() } });

    // After the cut-off: a cancellation (its place offered to the person waiting), more places, two newcomers.
    await cancelByOrganiser({ actor: testAdmin, eventId: grenoble.id, registrationId: gone.registrationId, now: LATE_CHANGES });
    await changeCapacity({ eventId: grenoble.id, capacity: 10, actor: testAdmin, now: LATE_CHANGES });
    await register("grenoble", { firstName: "Łukasz", lastName: "Ørsted-Núñez" }, LATE_CHANGES);
    await register("grenoble", { firstName: "Marie", lastName: "Martin" }, LATE_CHANGES);
    expect(await db.registration.count({ where: { eventId: grenoble.id, status: "CONFIRMED" } })).toBe(4);

    const second = await csvRows("grenoble", "security-list", SECOND_EXPORT);
    expect(second[0]).toEqual(HEADER);
    expect(unordered(second)).toEqual(unordered(frozenList));
    expect(await pdfText("grenoble", "security-list", SECOND_EXPORT)).toContain(`Liste arrêtée le ${formatDateTime(CUTOFF)}, telle qu'envoyée au lieu`);

    // Offered a place but not confirmed yet: on neither list.
    expect(await db.registration.findUniqueOrThrow({ where: { id: waiting.registrationId }, select: { status: true } })).toEqual({ status: "OFFERED" });
    expect(await csvRows("grenoble", "security-list-changes", SECOND_EXPORT)).toEqual([
      ["Changement", ...HEADER],
      ["Retrait", "Ébrard", "Éric", "Ville de Nancy", ""],
      ["Ajout", "Martin", "Marie", "Ville de Nancy", ""],
      ["Ajout", "Ørsted-Núñez", "Łukasz", "Ville de Nancy", ""],
    ]);
    const changes = await pdfText("grenoble", "security-list-changes", SECOND_EXPORT);
    expect(changes).toContain(`Changements depuis l'arrêt de la liste, le ${formatDateTime(CUTOFF)} ; état au ${formatDateTime(SECOND_EXPORT)}`);
    expect(changes).toContain("Retrait Ébrard Éric");
    expect(changes).toContain("Ajout Ørsted-Núñez Łukasz");

    // Frozen once: the later exports changed nothing.
    // Frozen at the first export, as the list stood at the cut-off.
    expect((await eventOf("grenoble")).securityListFrozenAt).toEqual(CUTOFF);
    expect(await db.securityListEntry.count({ where: { eventId: grenoble.id } })).toBe(3);
    expect(await frozenAudits(grenoble.id)).toHaveLength(1);
  });
});

describe("the job", () => {
  it("freezes the lists whose cut-off has passed, once, even when run five times at once", async () => {
    const [bordeaux, national, nancy] = [await eventOf("bordeaux"), await eventOf("journee-nationale"), await eventOf("nancy")];
    const rennes = await eventOf("rennes");
    await changeCapacity({ eventId: bordeaux.id, capacity: 2, actor: testAdmin, now: REGISTERED_AT });
    const inBordeaux = [await register("bordeaux", { lastName: "Arnaud" }), await register("bordeaux", { lastName: "Barbier" }), await register("bordeaux", { lastName: "Colin" })];
    expect(inBordeaux.map((registration) => registration.status)).toEqual(["CONFIRMED", "CONFIRMED", "WAITLISTED"]);
    await register("rennes", { lastName: "Roux" });
    await register("journee-nationale", { lastName: "Noël" });
    const rennesBefore = await db.registration.count({ where: { eventId: rennes.id, status: "CONFIRMED" } });
    await db.event.update({ where: { id: bordeaux.id }, data: { securityListCutoffAt: CUTOFF } });
    // Due: a cut-off passed, and one that is exactly now. Not due: one still ahead, and none (Nancy).
    await db.event.update({ where: { id: rennes.id }, data: { securityListCutoffAt: FIRST_EXPORT } });
    await db.event.update({ where: { id: national.id }, data: { securityListCutoffAt: parisTime(2030, 9, 20, 0, 0) } });
    const grenobleFrozenAt = (await eventOf("grenoble")).securityListFrozenAt;
    const grenobleAudits = (await frozenAudits((await eventOf("grenoble")).id)).length;

    const now = FIRST_EXPORT;
    const frozen = await Promise.all(Array.from({ length: 5 }, () => freezeDueSecurityLists(now)));
    expect(frozen.reduce((sum, count) => sum + count, 0)).toBe(2);

    expect((await eventOf("bordeaux")).securityListFrozenAt).toEqual(CUTOFF);
    expect((await eventOf("rennes")).securityListFrozenAt).toEqual(now);
    expect((await eventOf("journee-nationale")).securityListFrozenAt).toBeNull();
    expect((await eventOf("nancy")).securityListFrozenAt).toBeNull();
    expect((await eventOf("grenoble")).securityListFrozenAt).toEqual(grenobleFrozenAt);

    const bordeauxEntries = await db.securityListEntry.findMany({ where: { eventId: bordeaux.id }, orderBy: { lastName: "asc" } });
    expect(bordeauxEntries.map((entry) => entry.registrationId)).toEqual(inBordeaux.slice(0, 2).map((registration) => registration.registrationId));
    expect(await db.securityListEntry.count({ where: { eventId: rennes.id } })).toBe(rennesBefore);
    expect(await db.securityListEntry.count({ where: { eventId: { in: [national.id, nancy.id] } } })).toBe(0);
    for (const event of [bordeaux, rennes]) {
      const audits = await frozenAudits(event.id);
      expect(audits, event.slug).toHaveLength(1);
      expect(audits[0]).toMatchObject({ actorKind: "SYSTEM", after: { people: event.id === bordeaux.id ? 2 : rennesBefore } });
    }
    expect(await frozenAudits(national.id)).toHaveLength(0);
    expect(await frozenAudits((await eventOf("grenoble")).id)).toHaveLength(grenobleAudits);

    // Nothing is due any more.
    expect(await freezeDueSecurityLists(SECOND_EXPORT)).toBe(0);
    expect(await db.auditEntry.count({ where: { action: "event.security-list.frozen", eventId: { in: [bordeaux.id, rennes.id] } } })).toBe(2);
  });
});

describe("a list frozen after its cut-off", () => {
  it("is the list as it stood at the cut-off: who came or left in between is a late change", async () => {
    const nancy = await eventOf("nancy");
    const before = await register("nancy", { organisation: "Ville de Rennes", firstName: "Alice", lastName: "Avant" });
    const leaving = await register("nancy", { organisation: "Ville de Rennes", firstName: "Léon", lastName: "Départ" });
    await db.event.update({ where: { id: nancy.id }, data: { securityListCutoffAt: CUTOFF } });
    const afterCutoff = new Date(CUTOFF.getTime() + 3600_000);
    await register("nancy", { organisation: "Ville de Rennes", firstName: "Bruno", lastName: "Après" }, afterCutoff);
    await cancelByOrganiser({ actor: testAdmin, eventId: nancy.id, registrationId: leaving.registrationId, now: afterCutoff });

    // Nancy's own earlier registrations aside: only the people of this test.
    const mine = (rows: string[][]) => rows.filter((row) => row.at(-2) === "Ville de Rennes");
    const sent = await csvRows("nancy", "security-list", LATE_CHANGES);
    expect(mine(sent)).toEqual([
      ["Avant", "Alice", "Ville de Rennes", ""],
      ["Départ", "Léon", "Ville de Rennes", ""],
    ]);
    expect(before.status).toBe("CONFIRMED");
    const changes = await csvRows("nancy", "security-list-changes", LATE_CHANGES);
    expect(mine(changes)).toEqual([
      ["Ajout", "Après", "Bruno", "Ville de Rennes", ""],
      ["Retrait", "Départ", "Léon", "Ville de Rennes", ""],
    ]);
  });
});
