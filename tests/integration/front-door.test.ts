import type { IncomingMessage, ServerResponse } from "node:http";
import { connect } from "node:net";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { appErrorMessage } from "../../lib/errors";
import { MAX_JSON_BODY_BYTES } from "../../lib/http/json-body";
import { UNAVAILABLE_MESSAGE } from "../../lib/http/unavailable-answer.mjs";
import { startFrontDoorServer, type FrontDoorServer } from "../support/front-door-server";

/** What the direct route received, and what it answers: status, headers, two cookies, a body. */
interface Received {
  method: string;
  url: string;
  host: string | null;
  peer: string | null;
  contentType: string | null;
  body: string;
}
let received: Received[] = [];
async function echo(request: Request): Promise<Response> {
  const body = await request.text();
  received.push({
    method: request.method,
    url: request.url,
    host: request.headers.get("host"),
    peer: request.headers.get("x-rencontres-peer"),
    contentType: request.headers.get("content-type"),
    body,
  });
  const headers = new Headers({ "content-type": "application/json", "x-route": "direct" });
  headers.append("set-cookie", "un=1; Path=/; HttpOnly");
  headers.append("set-cookie", "deux=2; Path=/");
  return new Response(JSON.stringify({ length: Buffer.byteLength(body) }), { status: 201, headers });
}

/** What stands for Next.js: one line naming the path it was given. */
const next = (request: IncomingMessage, response: ServerResponse) => {
  response.setHeader("content-type", "text/plain; charset=utf-8");
  response.end(`next: ${request.url}`);
};

let server: FrontDoorServer;
/** The server under test, running `echo` directly and, for the real route, the limit check (see below). */
beforeAll(async () => {
  const { POST: register } = await import("../../app/api/registrations/route");
  server = await startFrontDoorServer({ direct: { "POST /api/echo": echo, "POST /api/registrations": register }, next });
});
afterAll(() => server.close());
afterEach(() => {
  received = [];
  server.passed.length = 0;
  delete (globalThis as { rencontresDatabaseOutage?: unknown }).rencontresDatabaseOutage;
});

const get = (path: string, headers: Record<string, string> = {}) => server.send(new Request(`http://localhost${path}`, { headers: { host: "localhost", ...headers } }), { path });
const post = (path: string, body: string | Uint8Array<ArrayBuffer>, headers: Record<string, string> = {}, options: { chunked?: boolean } = {}) =>
  server.send(new Request(`http://localhost${path}`, { method: "POST", body, headers: { host: "localhost", "content-type": "application/json", ...headers } }), options);

const expectApiHeaders = (response: Response) => {
  expect(response.headers.get("content-security-policy")).toBe("default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'");
  expect(response.headers.get("x-frame-options")).toBe("DENY");
  expect(response.headers.get("x-content-type-options")).toBe("nosniff");
};

describe("the front door, through a real HTTP server", () => {
  it("gives every API answer the API's headers: no-store on personal paths, no Referer off token paths", async () => {
    for (const path of ["/api/health", "/api/events", "/api/registrations/un-jeton", "/api/admin/events/nancy", "/api/inconnue", "/api/registrations/%00"]) {
      const response = await get(path);
      expectApiHeaders(response);
      const personal = /^\/api\/(admin|registrations|auth)(\/|$)/.test(path);
      expect(response.headers.get("cache-control"), path).toBe(personal ? "no-store" : null);
      expect(response.headers.get("referrer-policy"), path).toBe(path.startsWith("/api/registrations/") ? "same-origin" : "strict-origin-when-cross-origin");
    }
    const direct = await post("/api/echo", "{}");
    expectApiHeaders(direct);
  });

  it("refuses a malformed address with a French 400 in JSON", async () => {
    const response = await get("/api/events/%ff");
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: appErrorMessage("MALFORMED_URL"), code: "MALFORMED_URL" });
    expect(server.passed).not.toContain("GET /api/events/%ff");
  });

  it("refuses a control character in the path (404), the query (400) or a cookie (400, the cookie cleared)", async () => {
    const inPath = await get("/api/events/rennes%00");
    expect(inPath.status).toBe(404);
    expect((await inPath.json()).error).toBe(appErrorMessage("UNSAFE_ADDRESS"));
    const inQuery = await get("/api/events?x=%01");
    expect(inQuery.status).toBe(400);
    expect((await inQuery.json()).error).toBe("La requête contient des caractères non autorisés (caractères de contrôle dans l'adresse).");
    const inCookie = await get("/api/events", { cookie: "preference=a%00b; __Secure-next-auth.session-token=%1b; sain=oui" });
    expect(inCookie.status).toBe(400);
    expectApiHeaders(inCookie);
    expect((await inCookie.json()).error).toBe(
      "La requête contient des caractères non autorisés (caractères de contrôle dans un cookie, qui vient d'être effacé : rechargez la page).",
    );
    expect(inCookie.headers.getSetCookie()).toEqual(["preference=; Path=/; Max-Age=0", "__Secure-next-auth.session-token=; Path=/; Max-Age=0; Secure"]);
    expect(server.passed).toEqual([]);
  });

  it("answers every API route but the health check 503 while the database does not answer", async () => {
    (globalThis as { rencontresDatabaseOutage?: unknown }).rencontresDatabaseOutage = { unreachableSince: Date.now(), writesRefusedSince: null };
    for (const response of [await get("/api/events"), await post("/api/echo", "{}")]) {
      expect(response.status).toBe(503);
      expect(response.headers.get("retry-after")).toBeTruthy();
      expect((await response.json()).error).toBe(UNAVAILABLE_MESSAGE);
    }
    expect(received).toEqual([]);
    const health = await get("/api/health");
    expect(await health.text()).toBe("next: /api/health");
  });

  it("runs a direct route with the body, the peer's address and the Host as sent, and writes its answer whole", async () => {
    const body = JSON.stringify({ nom: "Élodie", texte: "🦄".repeat(100) });
    const response = await post("/api/echo", body, { host: "rencontres.example.fr", "x-rencontres-peer": "6.6.6.6" });
    expect(response.status).toBe(201);
    expect(response.headers.get("x-route")).toBe("direct");
    expect(response.headers.getSetCookie()).toEqual(["un=1; Path=/; HttpOnly", "deux=2; Path=/"]);
    expect(await response.json()).toEqual({ length: Buffer.byteLength(body) });
    expect(Number(response.headers.get("content-length"))).toBe(JSON.stringify({ length: Buffer.byteLength(body) }).length);
    // The address is the connection's, whatever the client said it was.
    expect(received).toEqual([{ method: "POST", url: "http://rencontres.example.fr/api/echo", host: "rencontres.example.fr", peer: "127.0.0.1", contentType: "application/json", body }]);
    expect(server.passed).toEqual([]);
  });

  it("leaves a request without Host to Node.js's server, which answers it 400 (HTTP/1.1 requires one)", async () => {
    const response = await server.send(new Request("http://localhost/api/echo", { method: "POST", body: "{}", headers: { "content-type": "application/json" } }));
    expect(response.status).toBe(400);
    expect(received).toEqual([]);
  });

  it("reads a chunked body whole", async () => {
    const body = JSON.stringify({ parts: "x".repeat(5000) });
    const response = await post("/api/echo", body, {}, { chunked: true });
    expect(await response.json()).toEqual({ length: body.length });
    expect(received[0].body).toBe(body);
  });

  it("passes a body past the JSON limit on to the handler, whose 413 is sent with Connection: close", async () => {
    for (const chunked of [false, true]) {
      const body = JSON.stringify({ events: ["rennes"], note: "x".repeat(MAX_JSON_BODY_BYTES * 4) });
      const response = await post("/api/registrations", body, { "sec-fetch-site": "same-origin" }, { chunked });
      expect(response.status).toBe(413);
      expect(response.headers.get("connection")).toBe("close");
      expectApiHeaders(response);
      expect(await response.json()).toEqual({ errors: { form: appErrorMessage("BODY_TOO_LARGE") } });
    }
  });

  it("passes the other API routes, other methods of a direct route, and the pages on to Next.js", async () => {
    expect(await (await get("/api/events/rennes")).text()).toBe("next: /api/events/rennes");
    expect(await (await get("/api/echo")).text()).toBe("next: /api/echo");
    expect(await (await post("/api/echo?x=1", "{}")).text()).toBe("next: /api/echo?x=1");
    expect(await (await get("/evenements/rennes")).text()).toBe("next: /evenements/rennes");
    expect(server.passed).toEqual(["GET /api/events/rennes", "GET /api/echo", "POST /api/echo?x=1", "GET /evenements/rennes"]);
    expect(received).toEqual([]);
  });

  it("runs nothing for a client that goes away mid-body, and goes on serving", async () => {
    const { port } = new URL(server.origin);
    await new Promise<void>((resolve, reject) => {
      const socket = connect(Number(port), "127.0.0.1", () => {
        socket.write("POST /api/echo HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{\"a\":");
        setImmediate(() => socket.destroy());
      });
      socket.on("close", () => resolve());
      socket.on("error", reject);
    });
    // The next request is answered: the aborted one left nothing behind, and reached no handler.
    expect((await post("/api/echo", "{}")).status).toBe(201);
    expect(received.map(({ body }) => body)).toEqual(["{}"]);
  });
});
