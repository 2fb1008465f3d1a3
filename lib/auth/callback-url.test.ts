import { describe, expect, it } from "vitest";
import { hasForeignReturnAddress, isReturnAddress } from "./callback-url";

const callback = (query: string, cookie?: string) =>
  new Request(`http://localhost:3000/api/auth/callback/email?${query}`, { headers: cookie ? { cookie } : {} });

describe("next-auth's return address", () => {
  it("is a path or an address of this site, nothing else", () => {
    for (const good of ["/admin", "/admin/evenements/nancy?x=1", "http://localhost:3000/admin"]) expect(isReturnAddress(good), good).toBe(true);
    for (const bad of ["javascript:alert(1)", "JavaScript:alert(1)", "data:text/html,x", "//attaquant.example", "/\\attaquant.example", "https://attaquant.example/admin", "http://localhost:3001/admin", "admin", "\u0000"]) {
      expect(isReturnAddress(bad), bad).toBe(false);
    }
  });

  it("is checked in the query and in next-auth's cookie, before next-auth throws on it", () => {
    expect(hasForeignReturnAddress(callback("callbackUrl=javascript:alert(1)&token=t&email=a%40b.fr"))).toBe(true);
    expect(hasForeignReturnAddress(callback("callbackUrl=%2Fadmin&callbackUrl=javascript:alert(1)"))).toBe(true);
    expect(hasForeignReturnAddress(callback("token=t", "a=b; next-auth.callback-url=javascript%3Aalert(1)"))).toBe(true);
    expect(hasForeignReturnAddress(callback("callbackUrl=%2Fadmin&token=t", "next-auth.callback-url=http%3A%2F%2Flocalhost%3A3000%2Fadmin"))).toBe(false);
    expect(hasForeignReturnAddress(callback("token=t"))).toBe(false);
  });
});
