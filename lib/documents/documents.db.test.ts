import { existsSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { seedDatabase } from "../../prisma/seed";
import { testAdmin } from "../../tests/support/actors";
import { db } from "../db/client";
import { env } from "../env";
import { addDocument } from "./add-document";
import { documentsDir } from "./internal/storage";
import { listEventDocuments, listPublishedDocuments } from "./list-documents";
import { readDocumentFile } from "./read-document";
import { removeDocument } from "./remove-document";
import { documentFieldsSchema } from "./schema";
import { setDocumentPublished } from "./set-document-published";

const NOW = new Date("2030-06-27T09:00:00Z");
const PDF = new Uint8Array(Buffer.from("%PDF-1.7\n% Table ronde : présentation\n%%EOF\n"));
const DOCX = new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...Buffer.from("word/document.xml")]);

let nationalId = "";
let nancyId = "";

beforeAll(async () => {
  await seedDatabase(db, { year: 2030 });
  nationalId = (await db.event.findUniqueOrThrow({ where: { slug: "journee-nationale" } })).id;
  nancyId = (await db.event.findUniqueOrThrow({ where: { slug: "nancy" } })).id;
});

const fields = (values: Record<string, string>) => documentFieldsSchema.parse(values);
const add = (values: Record<string, string>, file: { name: string; bytes: Uint8Array }, eventId = nationalId) =>
  addDocument({ actor: testAdmin, eventId, fields: fields(values), file, now: NOW });
const filesOnDisk = () => (existsSync(documentsDir()) ? readdirSync(documentsDir()) : []);
const codeOf = (promise: Promise<unknown>) => promise.then(() => "none", (error: { code?: string; field?: string }) => `${error.code}/${error.field ?? ""}`);

describe("the day's documents", () => {
  it("keeps a PDF unpublished until asked, then serves it to anyone, audited at each step", async () => {
    const document = await add({ title: "Présentation de la table ronde" }, { name: "Présentation Table Ronde.PDF", bytes: PDF });
    expect(document).toMatchObject({ eventId: nationalId, title: "Présentation de la table ronde", fileName: "presentation-table-ronde.pdf", contentType: "application/pdf", size: PDF.length, publishedAt: null });
    expect(filesOnDisk()).toContain(document.id);
    // The back office reads it; the public does not see it yet.
    expect((await readDocumentFile(document.id, { eventId: nationalId })).bytes.equals(Buffer.from(PDF))).toBe(true);
    expect(await codeOf(readDocumentFile(document.id))).toBe("DOCUMENT_NOT_FOUND/");
    expect(await codeOf(readDocumentFile(document.id, { eventId: nancyId }))).toBe("DOCUMENT_NOT_FOUND/");

    await setDocumentPublished({ actor: testAdmin, eventId: nationalId, documentId: document.id, published: true, now: NOW });
    expect(await readDocumentFile(document.id)).toMatchObject({ fileName: "presentation-table-ronde.pdf", contentType: "application/pdf", inline: true, published: true });
    await setDocumentPublished({ actor: testAdmin, eventId: nationalId, documentId: document.id, published: false, now: NOW });
    expect(await codeOf(readDocumentFile(document.id))).toBe("DOCUMENT_NOT_FOUND/");
    // Another day's id is no way to it.
    expect(await codeOf(setDocumentPublished({ actor: testAdmin, eventId: nancyId, documentId: document.id, published: true }))).toBe("RECORD_NOT_FOUND/");

    const audit = await db.auditEntry.findMany({ where: { entityId: document.id }, orderBy: { createdAt: "asc" } });
    expect(audit.map((entry) => [entry.action, entry.actorId, entry.eventId])).toEqual([
      ["document.added", testAdmin.userId, nationalId],
      ["document.published", testAdmin.userId, nationalId],
      ["document.unpublished", testAdmin.userId, nationalId],
    ]);
  });

  it("refuses an empty file, one too large, and one whose bytes are not its type, writing nothing", async () => {
    const rows = await db.eventDocument.count();
    const files = filesOnDisk().length;
    const audits = await db.auditEntry.count({ where: { action: "document.added" } });
    const tooLarge = new Uint8Array(env.DOCUMENT_MAX_MB * 1024 * 1024 + 1);
    tooLarge.set(PDF);
    expect(await codeOf(add({ title: "Vide" }, { name: "vide.pdf", bytes: new Uint8Array() }))).toBe("DOCUMENT_EMPTY/file");
    expect(await codeOf(add({ title: "Lourd" }, { name: "lourd.pdf", bytes: tooLarge }))).toBe("DOCUMENT_TOO_LARGE/file");
    expect(await codeOf(add({ title: "Page" }, { name: "programme.pdf", bytes: new Uint8Array(Buffer.from("<html><script>alert(1)</script>")) }))).toBe("DOCUMENT_TYPE_REFUSED/file");
    expect(await codeOf(add({ title: "Logo" }, { name: "logo.svg", bytes: new Uint8Array(Buffer.from("<svg onload='alert(1)'/>")) }))).toBe("DOCUMENT_TYPE_REFUSED/file");
    // A programme item of another day is no item of this one.
    const nancyItem = await db.programmeItem.create({ data: { eventId: nancyId, kind: "KEYNOTE", startsAt: NOW, title: "Ouverture à Nancy" } });
    expect(await codeOf(add({ title: "Ailleurs", programmeItemId: nancyItem.id }, { name: "ailleurs.pdf", bytes: PDF }))).toBe("RECORD_NOT_FOUND/programmeItemId");
    await db.programmeItem.delete({ where: { id: nancyItem.id } });

    expect(await db.eventDocument.count()).toBe(rows);
    expect(filesOnDisk()).toHaveLength(files);
    expect(await db.auditEntry.count({ where: { action: "document.added" } })).toBe(audits);
  });

  it("refuses a title like any other field: empty, too long, or holding invisible characters", () => {
    expect(documentFieldsSchema.safeParse({ title: "  " }).success).toBe(false);
    expect(documentFieldsSchema.safeParse({ title: "a".repeat(201) }).success).toBe(false);
    expect(documentFieldsSchema.safeParse({ title: "Diaporama\u202E" }).success).toBe(false);
    expect(documentFieldsSchema.safeParse({ title: "Diaporama", programmeItemId: "../../etc" }).success).toBe(false);
  });

  it("lists the published ones by day and programme item, in the programme's order; the archive's list has them all", async () => {
    const items = await db.programmeItem.findMany({ where: { eventId: nationalId }, orderBy: [{ position: "asc" }, { startsAt: "asc" }] });
    const second = items[1];
    const programme = await add({ title: "Le programme en PDF", publish: "oui" }, { name: "programme.pdf", bytes: PDF });
    const slides = await add({ title: "Diaporama de la séquence", programmeItemId: second.id, publish: "oui" }, { name: "diaporama.docx", bytes: DOCX });
    await add({ title: "Brouillon" }, { name: "brouillon.pdf", bytes: PDF });

    const published = (await listPublishedDocuments(["journee-nationale", "nancy"])).get("journee-nationale")!;
    expect(published.day.map((document) => document.title)).toContain("Le programme en PDF");
    expect(published.day.map((document) => document.title)).not.toContain("Brouillon");
    expect(published.byItem).toHaveLength(items.length);
    expect(published.byItem[1]).toEqual([{ id: slides.id, title: "Diaporama de la séquence", url: `/api/documents/${slides.id}/diaporama.docx`, fileName: "diaporama.docx", typeLabel: "Word", size: DOCX.length }]);
    expect(published.all.map((document) => document.id)).toEqual([...published.day, ...published.byItem.flat()].map((document) => document.id));
    expect((await listPublishedDocuments(["nancy"])).get("nancy")).toEqual({ day: [], byItem: [], all: [] });
    // The back office sees every one, with what it goes with.
    const listed = await listEventDocuments(nationalId);
    expect(listed.find((document) => document.id === slides.id)).toMatchObject({ programmeItem: { id: second.id, title: second.title }, publishedAt: NOW });
    expect(listed.find((document) => document.id === programme.id)).toMatchObject({ programmeItem: null });
    // A Word document is downloaded, never shown by the browser.
    expect(await readDocumentFile(slides.id)).toMatchObject({ inline: false, contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document" });
  });

  it("serves nothing whose bytes changed on disk, and removes a document with its file", async () => {
    const document = await add({ title: "Photos", publish: "oui" }, { name: "photos.pdf", bytes: PDF });
    writeFileSync(path.join(documentsDir(), document.id), "%PDF-1.7 altered afterwards");
    expect(await codeOf(readDocumentFile(document.id))).toBe("DOCUMENT_NOT_FOUND/");

    await removeDocument({ actor: testAdmin, eventId: nationalId, documentId: document.id });
    expect(await db.eventDocument.findUnique({ where: { id: document.id } })).toBeNull();
    expect(filesOnDisk()).not.toContain(document.id);
    expect(await db.auditEntry.count({ where: { entityId: document.id, action: "document.removed" } })).toBe(1);
    expect(await codeOf(removeDocument({ actor: testAdmin, eventId: nationalId, documentId: document.id }))).toBe("RECORD_NOT_FOUND/");
  });
});
