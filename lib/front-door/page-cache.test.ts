import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { cacheKey, createPageCache, type PageCache } from "./page-cache";
import { formTimeSignature, signedFormTime } from "../links/form-time.mjs";

const SECRET = "a-test-secret-for-the-page-cache-0000000";

/** What the app would render: a policy with a nonce, scripts carrying it, and the form's signed time. */
function page(nonce: string, formTime: string, places: number) {
  return {
    headers: { "content-security-policy": `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`, "content-type": "text/html; charset=utf-8" },
    body: `<html><script nonce="${nonce}">1</script><p>${places} places</p><input type="hidden" name="formulaire" value="${formTime}"/><script nonce="${nonce}">self.__next_f.push(["${formTime}"])</script></html>`,
  };
}

let server: Server | undefined;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

/** A server whose app renders `page()` (counting renders), behind the cache; `hold` delays the app's answer. */
async function serve(cache: PageCache, options: { status?: number; cookie?: boolean; hold?: () => Promise<void> } = {}) {
  let renders = 0;
  let places = 100;
  const app = async (_request: IncomingMessage, response: ServerResponse) => {
    renders++;
    const nonce = Buffer.from(`nonce-${renders}`).toString("base64");
    const { headers, body } = page(nonce, signedFormTime(SECRET, 1_900_000_000_000 + renders), places);
    for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
    if (options.cookie) response.setHeader("set-cookie", "a=b");
    response.statusCode = options.status ?? 200;
    response.write(body.slice(0, 40));
    await options.hold?.();
    response.end(body.slice(40));
  };
  server = createServer((request, response) => cache.handle(request, response, () => app(request, response)));
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    get: (path: string, headers: Record<string, string> = {}) => fetch(`${base}${path}`, { headers }),
    renders: () => renders,
    setPlaces: (value: number) => (places = value),
  };
}

const nonceOf = (response: Response) => /'nonce-([^']+)'/.exec(response.headers.get("content-security-policy") ?? "")?.[1];

describe("the public page cache", () => {
  it("renders a page once and serves copies, each with its own nonce and form time", async () => {
    let clock = 1_900_000_100_000;
    const cache = createPageCache({ ttlMs: 2000, secret: SECRET, now: () => clock });
    const app = await serve(cache);
    const first = await app.get("/inscription");
    await first.text();
    clock += 500;
    const second = await app.get("/inscription");
    const body = await second.text();
    expect(app.renders()).toBe(1);

    const nonce = nonceOf(second)!;
    expect(nonce).not.toBe(nonceOf(first));
    expect(body.match(new RegExp(`nonce="${nonce.replace(/[+/=]/g, "\\$&")}"`, "g"))).toHaveLength(2);
    const times = [...body.matchAll(/(\d{13})\.([\w-]{22})/g)];
    expect(times).toHaveLength(2);
    for (const [, time, signature] of times) {
      expect(Number(time)).toBe(clock);
      expect(signature).toBe(formTimeSignature(SECRET, time));
    }
    expect(Number(second.headers.get("content-length"))).toBe(Buffer.byteLength(body));
  });

  it("renders again after a write on this instance, and after the time to live", async () => {
    let clock = 0;
    const cache = createPageCache({ ttlMs: 2000, secret: SECRET, now: () => clock });
    const app = await serve(cache);
    expect(await (await app.get("/")).text()).toContain("100 places");
    app.setPlaces(99);
    expect(await (await app.get("/")).text()).toContain("100 places");
    cache.invalidate();
    expect(await (await app.get("/")).text()).toContain("99 places");
    app.setPlaces(98);
    clock += 2001;
    expect(await (await app.get("/")).text()).toContain("98 places");
    expect(app.renders()).toBe(3);
  });

  it("serves the stale copy to requests that arrive while the one render runs", async () => {
    let release: () => void = () => {};
    let holding = false;
    const cache = createPageCache({ ttlMs: 60_000, secret: SECRET });
    const app = await serve(cache, { hold: () => (holding ? new Promise((resolve) => (release = resolve)) : Promise.resolve()) });
    await (await app.get("/evenements/rennes")).text();
    cache.invalidate();
    holding = true;
    const rendering = app.get("/evenements/rennes");
    await expect.poll(() => app.renders()).toBe(2);
    const meanwhile = await Promise.all(Array.from({ length: 5 }, () => app.get("/evenements/rennes").then((response) => response.text())));
    expect(meanwhile.every((body) => body.includes("100 places"))).toBe(true);
    expect(app.renders()).toBe(2);
    release();
    await (await rendering).text();
  });

  it("keeps no error page, no answer that sets a cookie, and nothing when it cannot sign a form", async () => {
    for (const [options, secret] of [[{ status: 404 }, SECRET], [{ cookie: true }, SECRET], [{}, undefined]] as const) {
      const app = await serve(createPageCache({ ttlMs: 60_000, secret }), options);
      await (await app.get("/inscription")).text();
      await (await app.get("/inscription")).text();
      expect(app.renders()).toBe(2);
      await new Promise<void>((resolve) => server!.close(() => resolve()));
      server = undefined;
    }
  });

  it("caches only the public pages and JSON everyone sees the same", () => {
    const request = (url: string, method = "GET", headers: Record<string, string> = {}) => ({ url, method, headers });
    for (const url of ["/", "/evenements/journee-nationale", "/inscription", "/inscription?evenement=rennes", "/api/events", "/api/events/rennes", "/confidentialite"]) {
      expect(cacheKey(request(url)), url).toBe(url);
    }
    for (const url of ["/admin", "/inscription/gerer/abc", "/api/registrations", "/inscription?evenement=rennes&x=1", "/?utm=1", "/evenements/%ff", "/api/health"]) {
      expect(cacheKey(request(url)), url).toBeNull();
    }
    expect(cacheKey(request("/", "POST"))).toBeNull();
    expect(cacheKey(request("/", "HEAD"))).toBeNull();
    expect(cacheKey(request("/", "GET", { rsc: "1" }))).toBeNull();
    expect(cacheKey(request("/inscription", "GET", { "next-action": "abc" }))).toBeNull();
  });

  describe("a page whose per-response values are not found", () => {
    const SIGNED = signedFormTime(SECRET, 1_900_000_000_000);
    const POLICY = "script-src 'self' 'nonce-Ym9uam91cg==' 'strict-dynamic'";
    const HTML = { "content-type": "text/html; charset=utf-8" };
    /** A server whose app renders `answer` for every request, behind a cache that records its warnings. */
    async function serveAnswer(answer: { headers: Record<string, string>; body: string }) {
      const warnings: { page: string; reason: string }[] = [];
      const cache = createPageCache({ ttlMs: 60_000, secret: SECRET, warn: ({ page, reason }) => void warnings.push({ page, reason }) });
      let renders = 0;
      server = createServer((request, response) =>
        cache.handle(request, response, () => {
          renders++;
          response.writeHead(200, answer.headers);
          response.end(answer.body);
        }),
      );
      await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
      const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const load = async (path: string) => (await fetch(`${base}${path}`)).text();
      return { load, warnings, renders: () => renders, cache };
    }

    it.each([
      ["no nonce in its policy", { "content-security-policy": "script-src 'self'", ...HTML }, `<script>1</script><input name="formulaire" value="${SIGNED}"/>`, "no script nonce"],
      ["no policy at all", HTML, `<script>1</script><input name="formulaire" value="${SIGNED}"/>`, "no script nonce"],
      ["scripts without the policy's nonce", { "content-security-policy": POLICY, ...HTML }, `<script nonce="autre">1</script><input name="formulaire" value="${SIGNED}"/>`, "scripts do not carry"],
      ["a form without its signed time", { "content-security-policy": POLICY, ...HTML }, `<script nonce="Ym9uam91cg==">1</script><input name="formulaire" value="1900000000000.fausse-signature-000000"/>`, "form time was not found"],
    ])("is not cached, and says so once: %s", async (_case, headers, body, reason) => {
      const app = await serveAnswer({ headers, body });
      for (let load = 0; load < 3; load++) expect(await app.load("/inscription?evenement=rennes")).toBe(body);
      expect(app.renders()).toBe(3);
      expect(app.cache.size).toBe(0);
      expect(app.warnings).toEqual([{ page: "/inscription?evenement=rennes", reason: expect.stringContaining(reason) }]);
    });

    it("finds the form time whatever the order of its attributes, in the HTML and in React's payload", async () => {
      const body = `<script nonce="Ym9uam91cg==">self.__next_f.push(["${SIGNED}"])</script><input value="${SIGNED}" type="hidden" name="formulaire"/>`;
      const app = await serveAnswer({ headers: { "content-security-policy": POLICY, ...HTML }, body });
      await app.load("/inscription");
      const copy = await app.load("/inscription");
      expect(app.renders()).toBe(1);
      expect(copy).not.toContain(SIGNED);
      const times = [...copy.matchAll(/(\d{13})\.([\w-]{22})/g)];
      expect(times.map(([time]) => time)).toEqual([times[0][0], times[0][0]]);
      expect(times[0][2]).toBe(formTimeSignature(SECRET, times[0][1]));
      expect(app.warnings).toEqual([]);
    });

    it("keeps a page without a form, and JSON, which has no script to sign", async () => {
      const page = await serveAnswer({ headers: { "content-security-policy": POLICY, ...HTML }, body: `<script nonce="Ym9uam91cg==">1</script><p>3 places restantes</p>` });
      await page.load("/evenements/rennes");
      expect(await page.load("/evenements/rennes")).toMatch(/^<script nonce="(?!Ym9uam91cg==)[A-Za-z0-9+/=]+">1<\/script>/);
      expect(page.renders()).toBe(1);
      await new Promise<void>((resolve) => server!.close(() => resolve()));
      const json = await serveAnswer({ headers: { "content-type": "application/json", "content-security-policy": "default-src 'none'" }, body: '{"events":[]}' });
      await json.load("/api/events");
      expect(await json.load("/api/events")).toBe('{"events":[]}');
      expect(json.renders()).toBe(1);
      expect([...page.warnings, ...json.warnings]).toEqual([]);
    });
  });
});
