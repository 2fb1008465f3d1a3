import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

// Limits on, and small, for this file only (vitest.config.mts turns them off elsewhere).
vi.hoisted(() => {
  process.env.RATE_LIMITS = "on";
  process.env.RATE_LIMIT_PER_IP = "3";
  process.env.RATE_LIMIT_PER_EMAIL = "2";
  // As many emails a day as registrations by address: a stranger can use up both.
  process.env.PUBLIC_EMAILS_PER_DAY = "2";
});

import { POST as register } from "../../app/api/registrations/route";
import { GET as certificate } from "../../app/api/registrations/[token]/certificates/[slug]/route";
import { seedDatabase } from "../../prisma/seed";
import { person } from "../support/people";
import { db, dialect } from "../../lib/db/client";
import { clientAddress } from "../../lib/http/client-address";
import { limitLinkRequest } from "../../lib/limits/rate-limits";
import { resendManageLink } from "../../lib/registrations/resend-manage-link";

beforeAll(() => seedDatabase(db));
afterAll(async () => {
  // The worker process may run other test files next: limits off again, as vitest.config.mts says.
  process.env.RATE_LIMITS = "off";
  delete process.env.RATE_LIMIT_PER_IP;
  delete process.env.RATE_LIMIT_PER_EMAIL;
  delete process.env.PUBLIC_EMAILS_PER_DAY;
});

let n = 0;
const from = (address: string, body: unknown, headers: Record<string, string> = {}) =>
  register(
    new Request("http://localhost/api/registrations", {
      method: "POST",
      headers: { "content-type": "application/json", "x-rencontres-peer": address, ...headers },
      body: JSON.stringify(body),
    }),
  );

describe("rate limits on registration", () => {
  it("stop one client address after its quota, with a French 429 and Retry-After; another address goes on", async () => {
    for (let i = 0; i < 3; i++) expect((await from("203.0.113.1", person(++n, ["rennes"]))).status).toBe(201);
    const refused = await from("203.0.113.1", person(++n, ["rennes"]));
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(500);
    expect((await refused.json()).error).toContain("Trop de demandes");
    expect((await from("203.0.113.2", person(++n, ["rennes"]))).status).toBe(201);
  });

  it("count one email address whatever the client address", async () => {
    const same = person(++n, ["nancy"]);
    expect((await from("198.51.100.1", same)).status).toBe(201);
    expect((await from("198.51.100.2", same)).status).toBe(202);
    expect((await from("198.51.100.3", same)).status).toBe(429);
  });

  it("leave the owner's lost link to them when a stranger has used up their address's registrations", async () => {
    const victim = person(++n, ["nancy"]);
    expect((await from("198.51.100.20", victim)).status).toBe(201);
    for (const [address, status] of [["203.0.113.66", 202], ["203.0.113.67", 429]] as const) {
      expect((await from(address, { ...victim, events: ["journee-nationale"] })).status).toBe(status);
    }
    await limitLinkRequest({ address: "198.51.100.20", email: victim.email });
    await resendManageLink({ email: victim.email });
    expect(await db.outboxEmail.count({ where: { attendee: { email: victim.email }, kind: "MANAGE_LINK" } })).toBe(1);
  });

  it("hold against a flood from one address: three seats taken, the rest refused", async () => {
    const before = await db.registration.count({ where: { event: { slug: "bordeaux" } } });
    const answers = await Promise.all(Array.from({ length: 60 }, () => from("192.0.2.66", person(++n, ["bordeaux"]))));
    const statuses = answers.map((answer) => answer.status);
    expect(statuses.filter((status) => status === 201)).toHaveLength(3);
    expect(statuses.filter((status) => status === 429)).toHaveLength(57);
    expect(await db.registration.count({ where: { event: { slug: "bordeaux" } } })).toBe(before + 3);
  });

  it("never believe a client's own X-Forwarded-For unless proxies are declared", async () => {
    for (let i = 0; i < 3; i++) await from("192.0.2.77", person(++n, ["grenoble"]), { "x-forwarded-for": `10.0.0.${i}` });
    expect((await from("192.0.2.77", person(++n, ["grenoble"]), { "x-forwarded-for": "10.0.0.99" })).status).toBe(429);
    const headers = new Headers({ "x-rencontres-peer": "192.0.2.10", "x-forwarded-for": "6.6.6.6, 203.0.113.9" });
    expect(clientAddress(headers, 0)).toBe("192.0.2.10");
    expect(clientAddress(headers, 1)).toBe("203.0.113.9");
    expect(clientAddress(headers, 2)).toBe("6.6.6.6");
    expect(clientAddress(headers, 3)).toBe("192.0.2.10");
  });

  it("stop one manage link's certificate downloads after 20 in 10 minutes; another link goes on", async () => {
    const tokenOf = async (address: string) => (await (await from(address, person(++n, ["grenoble"]))).json()).manageToken as string;
    const [busy, other] = [await tokenOf("198.51.100.40"), await tokenOf("198.51.100.41")];
    const download = (token: string) => certificate(new Request(`http://localhost/api/registrations/${token}/certificates/grenoble`), { params: Promise.resolve({ token, slug: "grenoble" }) });
    // Each download is counted, certificate or not (the day is not over: 409).
    for (let i = 0; i < 20; i++) expect((await download(busy)).status).toBe(409);
    const refused = await download(busy);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(500);
    expect((await download(other)).status).toBe(409);
    if (dialect.provider === "postgresql") {
      const keys = (await db.rateLimit.findMany({ where: { key: { startsWith: "certificate-link:" } } })).map((row) => row.key);
      expect(keys).toHaveLength(2);
      expect(keys.some((key) => key.includes(busy) || key.includes(other))).toBe(false);
    }
  });

  it("on PostgreSQL, keep the counts in the shared table, with no email address in clear", async () => {
    if (dialect.provider !== "postgresql") return;
    const rows = await db.rateLimit.findMany();
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.some((row) => row.key.startsWith("registration-address:203.0.113.1"))).toBe(true);
    expect(rows.every((row) => !row.key.includes("@"))).toBe(true);
  });
});
