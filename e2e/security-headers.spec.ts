import type { APIRequestContext } from "@playwright/test";
import { expect, test } from "./fixtures";
import { registerThroughApi } from "./registrations";

test("pages run their scripts under a nonce policy, and token pages send no Referer to other sites", async ({ page, request }) => {
  const home = await page.goto("/");
  const csp = home!.headers()["content-security-policy"];
  expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  expect(csp).toContain("frame-ancestors 'none'");
  expect(home!.headers()["x-content-type-options"]).toBe("nosniff");
  const nonce = /'nonce-([^']+)'/.exec(csp)![1];
  // Next.js's own scripts carry this response's nonce; the page is interactive (hydrated).
  const scripts = await page.locator("script").evaluateAll((elements) => elements.map((element) => (element as HTMLScriptElement).nonce));
  expect(scripts.length).toBeGreaterThan(0);
  expect(scripts.every((value) => value === nonce)).toBe(true);
  const again = await request.get("/");
  expect(/'nonce-([^']+)'/.exec(again.headers()["content-security-policy"])![1]).not.toBe(nonce);

  const { manageToken } = await registerThroughApi(request, ["rennes"], "en-tetes");
  try {
    const manage = await page.goto(`/inscription/gerer/${manageToken}`);
    expect(manage!.headers()["referrer-policy"]).toBe("same-origin");
    expect(manage!.headers()["cache-control"]).toContain("no-store");
    const json = await request.get(`/api/registrations/${manageToken}`);
    expect(json.headers()["cache-control"]).toContain("no-store");
    expect(json.headers()["referrer-policy"]).toBe("same-origin");
  } finally {
    expect((await request.delete(`/api/registrations/${manageToken}`)).status()).toBe(200);
  }
  expect((await request.get("/evenements/rennes")).headers()["permissions-policy"]).toContain("camera=()");
});

test("a malformed address answers 400 in French, never an error", async ({ request }) => {
  for (const path of ["/evenements/%ff", "/inscription/gerer/%c3%28", "/admin/evenements/%ff/inscrits"]) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(400);
    expect(await response.text(), path).toContain("Adresse invalide");
  }
  for (const path of ["/api/registrations/%ff", "/api/events/%ff"]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(400);
    expect((await response.json()).code, path).toBe("MALFORMED_URL");
  }
  expect((await request.delete("/api/registrations/%ff")).status()).toBe(400);
});


/** The baseline headers of what proxy.ts does not answer (lib/front-door/request-guard.ts). */
function expectBaselineHeaders(headers: Record<string, string>, what: string) {
  expect(headers["content-security-policy"], what).toContain("default-src 'none'");
  expect(headers["content-security-policy"], what).toContain("frame-ancestors 'none'");
  expect(headers["x-content-type-options"], what).toBe("nosniff");
  expect(headers["x-frame-options"], what).toBe("DENY");
}

/** The headers every answer carries, the page's own policy or the baseline one. */
function expectSecurityHeaders(headers: Record<string, string>, what: string) {
  expect(headers["content-security-policy"], what).toContain("frame-ancestors 'none'");
  expect(headers["x-content-type-options"], what).toBe("nosniff");
  expect(headers["x-frame-options"], what).toBe("DENY");
}

test("what the proxy does not see gets the baseline headers: /favicon.ico's 404, Next's own files and their errors", async ({ request }) => {
  for (const path of ["/favicon.ico", "/_next/static/chunks/absent.js", "/_next/static/absent", "/_next/image?url=%2Fabsent.png&w=64&q=75"]) {
    const response = await request.get(path);
    expect(response.status(), path).toBeGreaterThanOrEqual(400);
    expect(response.status(), path).toBeLessThan(500);
    expectBaselineHeaders(response.headers(), path);
  }
  // The rest of /_next/ goes through the proxy: the pages' own headers.
  const other = await request.get("/_next/absent");
  expect(other.status()).toBe(404);
  expectSecurityHeaders(other.headers(), "/_next/absent");
  // A page keeps its own policy, with its nonce: one policy, not the baseline one as well.
  const home = await request.get("/");
  const policies = home.headersArray().filter(({ name }) => name.toLowerCase() === "content-security-policy");
  expect(policies).toHaveLength(1);
  expect(policies[0].value).toMatch(/'nonce-/);
});

/** The registration form's server action id, as the page gives it to a browser without JavaScript. */
async function registrationActionId(request: APIRequestContext): Promise<string> {
  const html = await (await request.get("/inscription")).text();
  return /&quot;id&quot;:&quot;([0-9a-f]{40,})&quot;/.exec(html)![1];
}

test("requests Next.js would answer with a 500 get a French 4xx with the security headers", async ({ request, baseURL }) => {
  for (const [method, path] of [["TRACE", "/"], ["TRACE", "/api/events"], ["PUT", "/inscription"], ["OPTIONS", "/"], ["PROPFIND", "/admin"], ["FOO", "/evenements/rennes"]]) {
    const response = await request.fetch(path, { method, maxRedirects: 0 });
    expect(response.status(), `${method} ${path}`).toBe(405);
    expect(response.headers().allow, `${method} ${path}`).toContain("GET");
    expectBaselineHeaders(response.headers(), `${method} ${path}`);
    expect(await response.text(), `${method} ${path}`).toContain("Cette méthode HTTP n'est pas acceptée");
  }

  const action = await registrationActionId(request);
  // Not JSON, not React's arguments, a part that is not there, more arguments than React takes.
  for (const data of ['[{"$ref":', '"x"', '["$Q1"]', `[${"0,".repeat(1500)}0]`]) {
    const malformed = await request.post("/inscription", { headers: { "Next-Action": action, "Content-Type": "text/plain;charset=UTF-8", Origin: baseURL! }, data });
    expect(malformed.status(), data).toBe(400);
    expect(await malformed.text()).toBe("La requête est mal formée : elle n'a pas pu être lue.");
    expectBaselineHeaders(malformed.headers(), "malformed action");
  }

  const foreign = await request.post("/inscription", {
    headers: { "Next-Action": action, "Content-Type": "text/plain;charset=UTF-8", Origin: "https://attaquant.example" },
    data: "[]",
  });
  expect(foreign.status()).toBe(403);
  expect(await foreign.text()).toBe("Requête refusée : elle vient d'un autre site.");
  expectBaselineHeaders(foreign.headers(), "foreign action");

  const tooLarge = await request.post("/inscription", {
    headers: { Origin: baseURL! },
    multipart: { [`$ACTION_ID_${action}`]: "", dietaryNeeds: "a".repeat(1_100_000) },
  });
  expect(tooLarge.status()).toBe(413);
  expect(await tooLarge.text()).toBe("La requête est trop volumineuse.");
  expectBaselineHeaders(tooLarge.headers(), "large action");

  const callback = await request.get("/api/auth/callback/email?callbackUrl=javascript:alert(1)&token=x&email=a%40b.fr", { maxRedirects: 0 });
  expect(callback.status()).toBe(400);
  expect(await callback.json()).toMatchObject({ code: "INVALID_CALLBACK_URL", error: expect.stringMatching(/^Ce lien de connexion/) });
  expectSecurityHeaders(callback.headers(), "callback");
});

test("a NUL or another control character is refused before the database, whatever carries it", async ({ request, baseURL }) => {
  for (const path of ["/evenements/rennes%00", "/inscription/gerer/%00abc", "/admin/evenements/nancy%01/inscrits"]) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(404);
    expect(await response.text(), path).toContain("Cette adresse n'existe pas");
    expectSecurityHeaders(response.headers(), path);
  }
  const api = await request.get("/api/events/rennes%00");
  expect(api.status()).toBe(404);
  expect((await api.json()).code).toBe("UNSAFE_ADDRESS");

  for (const path of ["/evenements/rennes?x=%00", "/admin/evenements/nancy/inscrits?q=Dupont%00", "/api/events?slug=%1f"]) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(400);
    expect(await response.text(), path).toContain("caractères non autorisés");
  }
  // A textarea's line breaks, in a form sent by GET (the message preview), are text like any other.
  expect((await request.get("/evenements/rennes?message=a%0D%0Ab%09c")).status()).toBe(200);

  // The session cookie is looked up in the database: one holding a NUL never is, and is forgotten.
  const cookie = await request.get("/admin", { headers: { Cookie: "next-auth.session-token=abc%00def" }, maxRedirects: 0 });
  expect(cookie.status()).toBe(400);
  expect(cookie.headers()["set-cookie"]).toMatch(/next-auth\.session-token=;/);

  const json = await request.post("/api/registrations", {
    data: { events: ["rennes"], firstName: "Awa", lastName: "N'Diaye", email: "nul@e2e.collectivite.example.fr", organisation: "Ville\u0000", consent: true },
  });
  expect(json.status()).toBe(400);
  expect((await json.json()).errors.form).toMatch(/^La requête contient des caractères non autorisés/);

  const action = await registrationActionId(request);
  const form = await request.post("/inscription", { headers: { Origin: baseURL! }, multipart: { [`$ACTION_ID_${action}`]: "", email: "a\u0000b@e2e.example.fr" } });
  expect(form.status()).toBe(400);
  expect(await form.text()).toContain("caractère nul");
});
