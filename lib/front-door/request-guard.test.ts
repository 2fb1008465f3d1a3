import { createServer, request as httpRequest, type IncomingMessage, type Server } from "node:http";
import { connect, type AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { createRequestGuard } from "./request-guard";

let server: Server | undefined;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

/** The guard in front of an "app" that echoes the body it read, and the refusals it logged. */
async function serve({ maxActionBytes = 1000 } = {}) {
  const logged: Record<string, unknown>[] = [];
  const guard = createRequestGuard({ maxActionBytes, log: (fields) => logged.push(fields) });
  server = createServer((request, response) => {
    void guard.handle(request, response, async (checked: IncomingMessage) => {
      const chunks: Buffer[] = [];
      for await (const chunk of checked) chunks.push(chunk as Buffer);
      response.setHeader("Content-Security-Policy", "script-src 'nonce-abc'");
      response.end(`app:${Buffer.concat(chunks).toString()}`);
    });
  });
  guard.attach(server);
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  return { port, base: `http://127.0.0.1:${port}`, logged };
}

/** A raw HTTP exchange (methods and framing fetch() would not send). */
function raw(port: number, text: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, "127.0.0.1", () => socket.end(text));
    let answer = "";
    socket.on("data", (chunk) => (answer += chunk.toString()));
    socket.on("close", () => resolve(answer));
    socket.on("error", reject);
  });
}

/** A chunked POST (no Content-Length) of one argument, `size` bytes in all, in 100-byte pieces. */
function chunked(port: number, size: number, headers: Record<string, string> = {}): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest({ port, host: "127.0.0.1", method: "POST", path: "/inscription", headers: { "Content-Type": "text/plain;charset=UTF-8", ...headers } }, (response) => {
      let body = "";
      response.on("data", (chunk) => (body += chunk.toString()));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, body }));
    });
    outgoing.on("error", reject);
    const body = `["${"x".repeat(size - 4)}"]`;
    for (let sent = 0; sent < size; sent += 100) outgoing.write(body.slice(sent, sent + 100));
    outgoing.end();
  });
}

describe("the request guard of the production server", () => {
  it("gives every answer the baseline headers; the app's own policy replaces the baseline one", async () => {
    const { base } = await serve();
    const response = await fetch(`${base}/favicon.ico`);
    expect(response.headers.get("content-security-policy")).toBe("script-src 'nonce-abc'");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("x-frame-options")).toBe("DENY");
  });

  it("answers TRACE, PUT, an unknown method and CONNECT with a French 405 and one log line", async () => {
    const { base, port, logged } = await serve();
    const trace = await raw(port, "TRACE /admin HTTP/1.1\r\nHost: localhost\r\n\r\n");
    expect(trace).toMatch(/^HTTP\/1\.1 405 [^]*Allow: GET, HEAD, POST[^]*Cette méthode HTTP n'est pas acceptée par le site\.$/);
    // A page answers GET, HEAD and POST (its server actions) only; the API its own methods too.
    for (const method of ["PATCH", "DELETE", "OPTIONS"]) expect((await fetch(`${base}/inscription`, { method })).status, method).toBe(405);
    for (const method of ["PATCH", "DELETE", "OPTIONS"]) expect((await fetch(`${base}/api/registrations/jeton`, { method })).status, method).toBe(200);
    for (const method of ["PUT", "PROPFIND"]) {
      const response = await fetch(`${base}/api/events`, { method });
      expect(response.status, method).toBe(405);
      expect(response.headers.get("allow")).toContain("GET");
      expect(response.headers.get("content-security-policy")).toContain("default-src 'none'");
      expect(await response.json()).toMatchObject({ code: "METHOD_NOT_ALLOWED", error: expect.stringMatching(/^Cette méthode/) });
    }
    const unknown = await raw(port, "FOO / HTTP/1.1\r\nHost: localhost\r\n\r\n");
    expect(unknown).toMatch(/^HTTP\/1\.1 405 /);
    expect(unknown).toMatch(/X-Frame-Options: DENY/);
    expect(unknown).toContain("Cette méthode HTTP n'est pas acceptée");
    expect(await raw(port, "CONNECT localhost:22 HTTP/1.1\r\nHost: localhost:22\r\n\r\n")).toMatch(/^HTTP\/1\.1 405 /);
    expect(await raw(port, "GET / HTTP/1.1\r\nHost: localhost\r\nBad Header\r\n\r\n")).toMatch(/^HTTP\/1\.1 400 [^]*mal formée/);
    expect(logged.map((line) => line.status)).toEqual([405, 405, 405, 405, 405, 405, 405, 405, 400]);
    expect(logged[0]).toMatchObject({ method: "TRACE", path: "/admin", code: "METHOD_NOT_ALLOWED" });
  });

  it("refuses a server action from another site (403), and lets a same-site one and the API through", async () => {
    const { base } = await serve();
    const post = (path: string, origin: string) => fetch(`${base}${path}`, { method: "POST", headers: { Origin: origin, "Content-Type": "text/plain" }, body: "[]" });
    for (const origin of ["https://attaquant.example", "null", "http://127.0.0.1.attaquant.example"]) {
      const refused = await post("/inscription", origin);
      expect(refused.status, origin).toBe(403);
      expect(await refused.text()).toBe("Requête refusée : elle vient d'un autre site.");
    }
    expect(await (await post("/inscription", base)).text()).toBe("app:[]");
    // The JSON API checks its own requests (lib/http/json-body.ts).
    expect((await post("/api/registrations", "https://attaquant.example")).status).toBe(200);
  });

  it("refuses a server action over the limit with 413, declared or counted while it streams", async () => {
    const { base, port } = await serve();
    const declared = await fetch(`${base}/inscription`, { method: "POST", headers: { "Content-Type": "multipart/form-data; boundary=x" }, body: "x".repeat(1001) });
    expect(declared.status).toBe(413);
    expect(await declared.text()).toBe("La requête est trop volumineuse.");
    expect(await chunked(port, 5000)).toEqual({ status: 413, body: "La requête est trop volumineuse." });
    expect(await chunked(port, 900)).toEqual({ status: 200, body: `app:["${"x".repeat(896)}"]` });
    const waiting = await raw(port, "POST /inscription HTTP/1.1\r\nHost: localhost\r\nExpect: 100-continue\r\nContent-Length: 5000\r\n\r\n");
    expect(waiting).toMatch(/^HTTP\/1\.1 413 /);
  });

  it("refuses a server action whose body cannot be read (400) or holds a NUL (400), before the app", async () => {
    const { base } = await serve({ maxActionBytes: 100_000 });
    const post = (body: string | Uint8Array<ArrayBuffer>, type = "text/plain;charset=UTF-8") =>
      fetch(`${base}/inscription`, { method: "POST", headers: { "Content-Type": type, "Next-Action": "00ab" }, body });
    const malformed = await post('[{"$ref":');
    expect(malformed.status).toBe(400);
    expect(await malformed.text()).toMatch(/^La requête est mal formée/);
    for (const [body, type] of [
      ['["a\\u0000b"]', undefined],
      ['[{"k\\u0000":1}]', undefined],
      ["email=a%00b", "application/x-www-form-urlencoded"],
      ['--x\r\nContent-Disposition: form-data; name="email"\r\n\r\na\u0000b\r\n--x--\r\n', "multipart/form-data; boundary=x"],
    ] as const) {
      const refused = await post(body, type);
      expect(refused.status, body).toBe(400);
      expect(await refused.text()).toMatch(/caractère nul/);
    }
    expect(await (await post('[{"email":"a\\tb"}]')).text()).toBe('app:[{"email":"a\\tb"}]');
    // Arguments React would fail on (a 500 from Next.js): not an array, too many, a part that is not there, broken multipart data.
    for (const body of ['"x"', '{"a":1}', `[${"0,".repeat(1000)}0]`, '["$Q1"]', '["$1"]', '["$@2"]', '["$ZZ"]']) {
      expect((await post(body)).status, body).toBe(400);
    }
    const multipart = (parts: string, boundary = "x") => post(`${parts}--${boundary}--\r\n`, `multipart/form-data; boundary=${boundary}`);
    const part = (name: string, value: string) => `--x\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`;
    expect((await post("--y\r\nbroken", "multipart/form-data; boundary=x")).status).toBe(400);
    expect((await post("x", "multipart/form-data")).status).toBe(400);
    expect((await multipart(part("_1_email", "a@b.fr") + part("0", '["$Q5","$K1"]'))).status).toBe(400);
    // What a browser sends: inline values and references to parts that are there.
    expect((await multipart(part("_1_email", "a@b.fr") + part("0", '[null,"$K1"]'))).status).toBe(200);
    expect((await multipart(part("0", '["jeton","$undefined","$K1"]'))).status).toBe(200);
    expect((await multipart(part("1", '{"errors":{}}') + part("0", '["$1","$K2"]'))).status).toBe(200);
    expect((await post('["$$dollars","$undefined","$D2028-06-26T07:30:00.000Z","$n12",null,{"a":["$-0"]}]')).status).toBe(200);
    // Ten thousand levels deep: read without overflowing the stack, and handed on.
    const deep = `${"[".repeat(10_000)}${"]".repeat(10_000)}`;
    expect(await (await post(deep)).text()).toBe(`app:${deep}`);
  });
});
