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
});
