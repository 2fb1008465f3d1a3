import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../../lib/db/client";
import { seedDatabase } from "../../prisma/seed";
import { person } from "../support/people";
import { POST as register } from "../../app/api/registrations/route";
import { DELETE as cancel, GET as show, PATCH as edit } from "../../app/api/registrations/[token]/route";
import { POST as answerOffer } from "../../app/api/registrations/[token]/offer/[answer]/route";
import { GET as openApi } from "../../app/api/openapi.json/route";
import { GET as certificate } from "../../app/api/registrations/[token]/certificates/[slug]/route";

beforeAll(() => seedDatabase(db));

const request = (method: string, body?: unknown, raw?: string) =>
  new Request("http://localhost/api/registrations", {
    method,
    headers: { "content-type": "application/json" },
    body: raw ?? (body === undefined ? undefined : JSON.stringify(body)),
  });
const tokenParams = (token: string) => ({ params: Promise.resolve({ token }) });
const count = () => db.registration.count();

describe("POST /api/registrations", () => {
  it("registers and answers 201 with the partners' contract", async () => {
    const response = await register(request("POST", person(1, ["journee-nationale", "rennes"])));
    expect(response.status).toBe(201);
    const body = await response.json();
    expect(body.registrations).toEqual([
      { event: "journee-nationale", status: "CONFIRMED" },
      { event: "rennes", status: "CONFIRMED" },
    ]);
    expect(body.manageToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it("answers 202 « check your mailbox » to a known address, without the manage token or what the address holds", async () => {
    // The known address: registered first by this test (a second time if the first test ran, which changes nothing).
    await register(request("POST", person(2, ["journee-nationale", "rennes"])));
    const before = await count();
    const response = await register(request("POST", person(2, ["journee-nationale"])));
    expect(response.status).toBe(202);
    const body = await response.json();
    expect(body).toEqual({ status: "CHECK_MAILBOX", message: expect.stringContaining("rien n'a été modifié") });
    expect(JSON.stringify(body)).not.toMatch(/manageToken|journee-nationale|rennes/);
    expect(await count()).toBe(before);
  });

  it("answers 400 with French messages and saves nothing, whatever is sent", async () => {
    const before = await count();
    const cases: [string, string | undefined, unknown][] = [
      ["empty body", "", undefined],
      ["not JSON", "{pas du json", undefined],
      ["an array", undefined, [1, 2]],
      ["wrong types", undefined, { ...person(2, ["rennes"]), firstName: 42, lunch: "oui", consent: "true" }],
      ["unknown event", undefined, person(3, ["atlantide"])],
      ["no consent", undefined, { ...person(4, ["rennes"]), consent: false }],
    ];
    for (const [label, raw, body] of cases) {
      const response = await register(request("POST", body, raw));
      expect(response.status, label).toBe(400);
      const json = await response.json();
      expect(Object.values(json.errors).join(" "), label).toMatch(/[éèàç]|Indiquez|Choisissez|Cette journée|JSON|Vous devez/);
    }
    expect(await count()).toBe(before);
  });

  it("answers 413 to an oversized body and 403 to a closed event", async () => {
    const huge = await register(request("POST", undefined, JSON.stringify({ ...person(5, ["rennes"]), dietaryNeeds: "x".repeat(20_000) })));
    expect(huge.status).toBe(413);
    await db.event.update({ where: { slug: "bordeaux" }, data: { status: "CLOSED" } });
    const closed = await register(request("POST", person(6, ["bordeaux"])));
    expect(closed.status).toBe(403);
    expect((await closed.json()).error).toContain("fermées");
  });
});

describe("what the JSON API refuses before reading a body", () => {
  it("stops reading a chunked body at the limit: 413, the rest never pulled", async () => {
    let pulled = 0;
    const chunk = new Uint8Array(64 * 1024).fill(0x20);
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += chunk.byteLength;
        if (pulled > 512 * 1024 * 1024) controller.close();
        else controller.enqueue(chunk);
      },
    });
    const response = await register(
      new Request("http://localhost/api/registrations", { method: "POST", headers: { "content-type": "application/json" }, body: endless, duplex: "half" } as RequestInit),
    );
    expect(response.status).toBe(413);
    expect(pulled).toBeLessThan(256 * 1024);
  });

  it("refuses another type than application/json (415) and another site's request (403), saving nothing", async () => {
    const before = await count();
    const body = JSON.stringify(person(7, ["rennes"]));
    const send = (headers: Record<string, string>) => register(new Request("http://localhost/api/registrations", { method: "POST", headers: { host: "localhost", ...headers }, body }));
    expect((await send({ "content-type": "text/plain" })).status).toBe(415);
    expect((await send({ "content-type": "application/x-www-form-urlencoded" })).status).toBe(415);
    expect((await send({ "content-type": "application/json", "sec-fetch-site": "cross-site" })).status).toBe(403);
    expect((await send({ "content-type": "application/json", origin: "https://attaquant.example" })).status).toBe(403);
    expect((await send({ "content-type": "application/json", origin: "null" })).status).toBe(403);
    expect(await count()).toBe(before);
    expect((await send({ "content-type": "application/json; charset=utf-8", origin: "http://localhost", "sec-fetch-site": "same-origin" })).status).toBe(201);
  });
});

describe("/api/registrations/<token>", () => {
  it("shows, edits, cancels, and answers offers; a bad token gets 404 with no hint", async () => {
    const created = await (await register(request("POST", person(10, ["journee-nationale", "nancy"])))).json();
    const token: string = created.manageToken;

    const view = await (await show(request("GET"), tokenParams(token))).json();
    expect(view.registrations.map((registration: { event: string }) => registration.event)).toEqual(["journee-nationale", "nancy"]);
    expect(view.attendee.email).toBe("personne10@collectivite.example.fr");

    const edited = await edit(request("PATCH", { jobTitle: "Vice-présidente", lunch: false }), tokenParams(token));
    expect(edited.status).toBe(200);
    const after = await edited.json();
    expect(after.attendee.jobTitle).toBe("Vice-présidente");
    expect(after.registrations[0].lunch).toBe(false);
    expect((await edit(request("PATCH", { email: "autre@example.fr" }), tokenParams(token))).status).toBe(400);

    const cancelled = await cancel(request("DELETE", { events: ["nancy"] }), tokenParams(token));
    expect(await cancelled.json()).toEqual({ cancelled: ["nancy"] });

    const noOffer = await answerOffer(request("POST", { event: "journee-nationale" }), { params: Promise.resolve({ token, answer: "accept" }) });
    expect(noOffer.status).toBe(409);

    const wrong = `${token.slice(0, 42)}${token[42] === "a" ? "b" : "a"}`;
    for (const bad of [wrong, "x", "../../etc"]) {
      const response = await show(request("GET"), tokenParams(bad));
      expect(response.status).toBe(404);
      expect(await response.json()).toEqual({ code: "NOT_FOUND", error: expect.stringContaining("lien de gestion") });
    }
  });
});

describe("GET /api/openapi.json", () => {
  it("describes every registration route with the request body's schema", async () => {
    const document = await (await openApi()).json();
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining(["/api/registrations", "/api/registrations/{token}", "/api/registrations/{token}/offer/{answer}", "/api/registrations/{token}/certificates/{slug}"]),
    );
    const body = document.paths["/api/registrations"].post.requestBody.content["application/json"].schema;
    expect(body.properties.organisationType.enum).toContain("STRUCTURE_ESS");
    expect(body.required).toEqual(expect.arrayContaining(["events", "email", "consent"]));
  });

  it("describes the events list's edition parameter", async () => {
    const document = await (await openApi()).json();
    const list = document.paths["/api/events"].get;
    expect(list.parameters).toEqual([expect.objectContaining({ name: "edition", in: "query", required: false })]);
    expect(Object.keys(list.responses)).toEqual(["200", "400", "404"]);
  });
});

describe("GET /api/registrations/{token}/certificates/{slug}", () => {
  const certificateParams = (token: string, slug: string) => ({ params: Promise.resolve({ token, slug }) });

  it("serves the link owner's certificate as a PDF once the day is over, and nothing for another day or link", async () => {
    const response = await register(request("POST", person(60, ["nancy"])));
    const { manageToken } = await response.json();
    const before = await certificate(request("GET"), certificateParams(manageToken, "nancy"));
    expect(before.status).toBe(409);
    expect(await before.json()).toEqual({ code: "NO_CERTIFICATE", error: expect.stringContaining("attestation") });

    // The day took place yesterday, and the person came in at its start.
    const endsAt = new Date(Date.now() - 20 * 3_600_000);
    const startsAt = new Date(endsAt.getTime() - 7 * 3_600_000);
    const nancy = await db.event.update({
      where: { slug: "nancy" },
      data: { startsAt, endsAt, certificateSignatoryName: "Claire Fontaine", certificateSignatoryTitle: "présidente du RTES" },
    });
    const registration = await db.registration.findFirstOrThrow({ where: { eventId: nancy.id, attendee: { email: person(60, []).email } } });
    await db.checkIn.create({ data: { registrationId: registration.id, eventId: nancy.id, checkedInAt: startsAt, method: "SEARCH", operationId: "api-certificate", byLabel: "accueil" } });

    const served = await certificate(request("GET"), certificateParams(manageToken, "nancy"));
    expect(served.status).toBe(200);
    expect(served.headers.get("content-type")).toBe("application/pdf");
    expect(served.headers.get("content-disposition")).toBe('attachment; filename="attestation-presence_nancy.pdf"');
    expect(Buffer.from(await served.arrayBuffer()).subarray(0, 5).toString()).toBe("%PDF-");

    expect((await certificate(request("GET"), certificateParams(manageToken, "rennes"))).status).toBe(409);
    expect((await certificate(request("GET"), certificateParams("x".repeat(43), "nancy"))).status).toBe(404);
  });
});
