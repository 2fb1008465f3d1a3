import { Readable } from "node:stream";
import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { seedDatabase } from "../../prisma/seed";
import { attendeeActor } from "../audit/actor";
import { db } from "../db/client";
import { cancelRegistrations } from "../registrations/cancel-registrations";
import { createRegistrations } from "../registrations/create-registrations";
import { listQuerySchema } from "../registrations/list-query";
import { listRegistrations } from "../registrations/list-registrations";
import { person } from "../../tests/support/people";
import { testAdmin } from "../../tests/support/actors";
import { runExport } from "./run-export";
import { exportOptionsSchema } from "./schema";

const NOW = new Date("2030-02-01T10:00:00Z");
const query = (params: Record<string, string | string[]> = {}) => listQuerySchema.parse(params);

async function body(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks);
}

beforeAll(async () => {
  await seedDatabase(db, { year: 2030 });
  const people = [
    { firstName: "Zoë", lastName: "Lœuvre", organisation: "Ville de Lille", dietaryNeeds: "Végétarien", lunch: true },
    { firstName: "Łukasz", lastName: "Ørsted-Núñez", organisation: "=HYPERLINK(\"http://example.com\",\"Cliquer\")", lunch: false },
    { firstName: "Awa", lastName: "N'Diaye", organisation: "Conseil régional de Bretagne", organisationType: "REGION" as const, lunch: true },
    { firstName: "Jean", lastName: "Dupont", organisation: "Département du Nord", accessibilityNeeds: "Fauteuil roulant", lunch: false },
  ];
  for (const [k, overrides] of people.entries()) {
    const result = await createRegistrations({ input: person(700 + k, ["journee-nationale"], overrides), now: NOW });
    if (overrides.lastName === "Dupont") await cancelRegistrations({ actor: attendeeActor(result.manageToken!), now: NOW });
  }
});

describe("the list of registrations", () => {
  it("searches, filters and sorts as its URL says", async () => {
    const eventId = (await db.event.findUniqueOrThrow({ where: { slug: "journee-nationale" } })).id;
    const names = async (params: Record<string, string | string[]>) =>
      (await listRegistrations({ eventId, query: query(params) })).rows.map((row) => row.attendee.lastName);
    expect(await names({})).toEqual(["Dupont", "Lœuvre", "N'Diaye", "Ørsted-Núñez"]);
    expect(await names({ tri: "nom", ordre: "desc" })).toEqual(["Ørsted-Núñez", "N'Diaye", "Lœuvre", "Dupont"]);
    expect(await names({ q: "LILLE" })).toEqual(["Lœuvre"]);
    expect(await names({ statut: "CANCELLED" })).toEqual(["Dupont"]);
    expect(await names({ statut: ["CONFIRMED"], dejeuner: "oui" })).toEqual(["Lœuvre", "N'Diaye"]);
    expect(await names({ besoins: "regime" })).toEqual(["Lœuvre"]);
    expect(await names({ type: "REGION" })).toEqual(["N'Diaye"]);
    expect(await names({ statut: "INCONNU", page: "-3", tri: "n'importe" })).toHaveLength(4);
  });
});

describe("the attendees export", () => {
  it("writes the filtered list as CSV with a BOM, the chosen separator and columns, formulas neutralised, and is audited", async () => {
    const options = exportOptionsSchema.parse({ format: "csv", separateur: "point-virgule", colonnes: ["lastName", "firstName", "organisation", "lunch"] });
    const file = await runExport({ actor: testAdmin, slug: "journee-nationale", dataset: "attendees", query: query({ statut: "CONFIRMED" }), options, now: NOW });
    expect(file.filename).toBe("journee-nationale_attendees_2030-02-01.csv");
    const content = await body(file.body);
    expect([...content.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parse(content, { bom: true, delimiter: ";" }) as string[][];
    expect(rows).toEqual([
      ["Nom", "Prénom", "Organisation", "Déjeuner"],
      ["Lœuvre", "Zoë", "Ville de Lille", "oui"],
      ["N'Diaye", "Awa", "Conseil régional de Bretagne", "oui"],
      ["Ørsted-Núñez", "Łukasz", "'=HYPERLINK(\"http://example.com\",\"Cliquer\")", "non"],
    ]);
    const audit = await db.auditEntry.findFirstOrThrow({ where: { action: "export.created" }, orderBy: { createdAt: "desc" } });
    expect(audit).toMatchObject({ actorId: testAdmin.userId, after: { dataset: "attendees", format: "csv", filters: { statut: ["CONFIRMED"] } } });
  });

  it("writes XLSX with a frozen header, typed dates and the same neutralisation", async () => {
    const file = await runExport({ actor: testAdmin, slug: "journee-nationale", dataset: "attendees", query: query(), options: exportOptionsSchema.parse({ format: "xlsx" }), now: NOW });
    const workbook = new ExcelJS.Workbook();
    // exceljs types its Buffer before @types/node made Buffer generic.
    await workbook.xlsx.load((await body(file.body)) as unknown as ExcelJS.Buffer);
    const sheet = workbook.worksheets[0];
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(sheet.getRow(1).getCell(1).value).toBe("Nom");
    expect(sheet.rowCount).toBe(5);
    const values = sheet.getSheetValues().slice(2).map((row) => (row as unknown[]).slice(1));
    expect(values.map((row) => row[0])).toEqual(["Dupont", "Lœuvre", "N'Diaye", "Ørsted-Núñez"]);
    expect(values[3][3]).toBe("'=HYPERLINK(\"http://example.com\",\"Cliquer\")");
    expect(values[0].at(-1)).toBeInstanceOf(Date);
    expect(sheet.getColumn(1).width).toBe(22);
  });

  it("gives the caterer the confirmed lunches, dietary needs first, whatever the list's filters", async () => {
    const file = await runExport({
      actor: testAdmin, slug: "journee-nationale", dataset: "catering", query: query({ q: "personne" }), options: exportOptionsSchema.parse({ format: "csv" }), now: NOW,
    });
    expect(file.filename).toBe("journee-nationale_catering_2030-02-01.csv");
    expect(parse(await body(file.body), { bom: true }) as string[][]).toEqual([
      ["Régime alimentaire", "Nom", "Prénom", "Organisation"],
      ["Végétarien", "Lœuvre", "Zoë", "Ville de Lille"],
      ["—", "N'Diaye", "Awa", "Conseil régional de Bretagne"],
    ]);
  });

  it("gives the venue its security list: the confirmed attendees by name, as XLSX", async () => {
    const file = await runExport({ actor: testAdmin, slug: "journee-nationale", dataset: "security-list", query: query(), options: exportOptionsSchema.parse({ format: "xlsx" }), now: NOW });
    expect(file.filename).toBe("journee-nationale_security-list_2030-02-01.xlsx");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await body(file.body)) as unknown as ExcelJS.Buffer);
    const rows = workbook.worksheets[0].getSheetValues().slice(1).map((row) => (row as unknown[]).slice(1));
    expect(rows).toEqual([
      ["Nom", "Prénom", "Organisation", "Rôle"],
      // The public has no role: an empty last cell, which the sheet does not keep.
      ["Lœuvre", "Zoë", "Ville de Lille"],
      ["N'Diaye", "Awa", "Conseil régional de Bretagne"],
      ["Ørsted-Núñez", "Łukasz", "'=HYPERLINK(\"http://example.com\",\"Cliquer\")"],
    ]);
  });

  it("refuses an unknown dataset", async () => {
    await expect(
      runExport({ actor: testAdmin, slug: "journee-nationale", dataset: "inconnu", query: query(), options: exportOptionsSchema.parse({}) }),
    ).rejects.toMatchObject({ code: "RECORD_NOT_FOUND" });
  });
});
