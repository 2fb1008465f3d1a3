// GET /api/documents/<id>/<name>: the public download of a day's published document, with what
// keeps a file from acting in the site's origin (its proven type, nosniff, a policy, inline only
// for PDF and images).
import { beforeAll, describe, expect, it } from "vitest";
import { GET as download } from "../../app/api/documents/[id]/[name]/route";
import { GET as openApi } from "../../app/api/openapi.json/route";
import { addDocument } from "../../lib/documents/add-document";
import { documentFieldsSchema } from "../../lib/documents/schema";
import { db } from "../../lib/db/client";
import { seedDatabase } from "../../prisma/seed";
import { testAdmin } from "../support/actors";

const PDF = new Uint8Array(Buffer.from("%PDF-1.7\n%%EOF\n"));
const XLSX = new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...Buffer.from("xl/workbook.xml")]);
let eventId = "";

beforeAll(async () => {
  await seedDatabase(db, { year: 2030 });
  eventId = (await db.event.findUniqueOrThrow({ where: { slug: "journee-nationale" } })).id;
});

const add = (title: string, name: string, bytes: Uint8Array, publish: boolean) =>
  addDocument({ actor: testAdmin, eventId, fields: documentFieldsSchema.parse({ title, publish: publish ? "oui" : "" }), file: { name, bytes } });
const get = (id: string, name = "fichier") => download(new Request(`http://localhost/api/documents/${id}/${name}`), { params: Promise.resolve({ id, name }) });

describe("GET /api/documents/<id>/<name>", () => {
  it("serves a published PDF inline, as a PDF, nosniff, cached briefly", async () => {
    const document = await add("Programme", "Programme officiel.pdf", PDF, true);
    const response = await get(document.id, "programme-officiel.pdf");
    expect(response.status).toBe(200);
    expect(Object.fromEntries(response.headers)).toMatchObject({
      "content-type": "application/pdf",
      "content-disposition": `inline; filename="programme-officiel.pdf"; filename*=UTF-8''programme-officiel.pdf`,
      "x-content-type-options": "nosniff",
      "cache-control": "public, max-age=300",
      "content-length": String(PDF.length),
    });
    expect(response.headers.get("content-security-policy")).toContain("default-src 'none'");
    expect(Buffer.from(await response.arrayBuffer()).equals(Buffer.from(PDF))).toBe(true);
  });

  it("makes every other type a download, sandboxed", async () => {
    const document = await add("Chiffres", "chiffres.xlsx", XLSX, true);
    const response = await get(document.id);
    expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="chiffres.xlsx"/);
    expect(response.headers.get("content-security-policy")).toContain("sandbox");
  });

  it("answers the same French 404 for an unpublished document, an unknown one and a malformed id", async () => {
    const draft = await add("Brouillon", "brouillon.pdf", PDF, false);
    for (const id of [draft.id, "cm0000000000000000000000", "../../etc/passwd", "x".repeat(500)]) {
      const response = await get(id);
      expect(response.status).toBe(404);
      expect(await response.json()).toEqual({ error: "Ce document n'existe pas ou n'est plus publié.", code: "DOCUMENT_NOT_FOUND" });
    }
  });

  it("is described in the OpenAPI document", async () => {
    const path = (await (await openApi()).json()).paths["/api/documents/{id}/{name}"];
    expect(path.parameters.map((parameter: { name: string }) => parameter.name)).toEqual(["id", "name"]);
    expect(Object.keys(path.get.responses)).toEqual(["200", "404"]);
  });
});
