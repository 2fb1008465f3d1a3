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

