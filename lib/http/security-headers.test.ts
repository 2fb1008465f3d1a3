import { describe, expect, it } from "vitest";
import { apiSecurityHeaders, securityHeaders } from "./security-headers";

const headers = (pathname: string, options: { https?: boolean; development?: boolean } = {}) =>
  securityHeaders({ pathname, nonce: "bm9uY2U=", https: false, development: false, ...options });

describe("securityHeaders", () => {
  it("lets only this request's scripts run, and no site frame the app", () => {
    const csp = headers("/")["Content-Security-Policy"];
    expect(csp).toContain("script-src 'self' 'nonce-bm9uY2U=' 'strict-dynamic'");
    expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    expect(csp).not.toContain("unsafe-eval");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(headers("/")["X-Content-Type-Options"]).toBe("nosniff");
  });

  it("sends no Referer to other sites from the pages whose URL holds a token", () => {
    expect(headers("/inscription/gerer/abc")["Referrer-Policy"]).toBe("same-origin");
    expect(headers("/inscription/confirmation/abc")["Referrer-Policy"]).toBe("same-origin");
    expect(headers("/inscription/ajouter/abc")["Referrer-Policy"]).toBe("same-origin");
    expect(headers("/inscription/confirmer-adresse/abc")["Referrer-Policy"]).toBe("same-origin");
    expect(headers("/api/registrations/abc")["Referrer-Policy"]).toBe("same-origin");
    expect(headers("/questionnaire/abc.def")["Referrer-Policy"]).toBe("same-origin");
    expect(headers("/inscription")["Referrer-Policy"]).toBe("strict-origin-when-cross-origin");
  });

  it("opens the camera and the QR decoder's WebAssembly at the door only", () => {
    expect(headers("/admin/evenements/nancy/accueil")["Permissions-Policy"]).toContain("camera=(self)");
    expect(headers("/admin/evenements/nancy/accueil")["Content-Security-Policy"]).toContain("'wasm-unsafe-eval'");
    expect(headers("/admin/evenements/nancy")["Permissions-Policy"]).toContain("camera=()");
    expect(headers("/admin/evenements/nancy")["Content-Security-Policy"]).not.toContain("wasm");
  });

  it("asks HSTS on https only, and keeps personal data out of caches", () => {
    expect(headers("/", { https: true })["Strict-Transport-Security"]).toMatch(/max-age=\d+/);
    expect(headers("/")["Strict-Transport-Security"]).toBeUndefined();
    for (const path of ["/admin", "/admin/evenements/nancy/inscrits", "/inscription/gerer/abc", "/inscription/ajouter/abc", "/inscription/confirmer-adresse/abc", "/questionnaire/abc.def", "/api/registrations/abc", "/api/admin/events/nancy"]) {
      expect(headers(path)["Cache-Control"], path).toBe("no-store");
    }
    expect(headers("/evenements/nancy")["Cache-Control"]).toBeUndefined();
  });

  it("allows eval in development only", () => {
    expect(headers("/", { development: true })["Content-Security-Policy"]).toContain("'unsafe-eval'");
  });
});

describe("apiSecurityHeaders", () => {
  it("allows nothing to run, keeps tokens out of Referers and personal answers out of caches", () => {
    const api = (pathname: string, https = false) => apiSecurityHeaders(pathname, { https });
    expect(api("/api/events")["Content-Security-Policy"]).toContain("default-src 'none'");
    expect(api("/api/events")["Content-Security-Policy"]).toContain("frame-ancestors 'none'");
    expect(api("/api/events")["X-Frame-Options"]).toBe("DENY");
    expect(api("/api/registrations/abc")["Referrer-Policy"]).toBe("same-origin");
    expect(api("/api/events")["Referrer-Policy"]).toBe("strict-origin-when-cross-origin");
    for (const path of ["/api/registrations", "/api/registrations/abc", "/api/admin/events/nancy", "/api/auth/session"]) expect(api(path)["Cache-Control"], path).toBe("no-store");
    expect(api("/api/events")["Cache-Control"]).toBeUndefined();
    expect(api("/api/events", true)["Strict-Transport-Security"]).toMatch(/max-age=\d+/);
  });
});
