import { spawn, type ChildProcess } from "node:child_process";
import { randomUUID } from "node:crypto";
import path from "node:path";
import pg from "pg";
import { postgresqlAvailability } from "../tests/support/availability";
import { startPostgresCluster, type PostgresCluster } from "../tests/support/postgres-cluster";
import { person } from "../tests/support/people";
import { expect, test } from "./fixtures";
import { BASE_URL } from "./local-database";
import { SERVER_COMMAND } from "./server-env";

// The production server (`npm start`'s own path) on a throwaway PostgreSQL server of its own, which
// the journey stops in the middle of a rush, then starts again. Its port is the journeys' plus one.
const SERVER = `http://127.0.0.1:${Number(new URL(BASE_URL).port) + 1}`;
const ROOT = path.resolve(__dirname, "..");
const MESSAGE = "Le service est momentanément indisponible, réessayez dans quelques instants.";
const EVENT = "journee-nationale";

interface Answer {
  route: string;
  status: number;
  retryAfter: string | null;
  text: string;
  startedAt: number;
  endedAt: number;
}

test.describe.configure({ mode: "serial" });
test.skip(!postgresqlAvailability().available, "PostgreSQL is not installed (CI never skips: availability throws there)");

let cluster: PostgresCluster;
let server: ChildProcess;
const logLines: string[] = [];
let cookie = "";

/** `npm start` on the throwaway server: migrations and seed, then the production build. */
function startServer(databaseUrl: string): ChildProcess {
  const child = spawn(process.execPath, SERVER_COMMAND, {
    cwd: ROOT,
    stdio: ["ignore", "pipe", "pipe"],
    env: {
      ...process.env,
      PORT: new URL(SERVER).port,
      DATABASE_URL: databaseUrl,
      APP_URL: SERVER,
      NEXT_TELEMETRY_DISABLED: "1",
      AUTH_SECRET: "e2e-outage-secret-not-for-production-000",
      SMTP_URL: process.env.E2E_SMTP_URL ?? "",
      RATE_LIMITS: "off",
      PAGE_CACHE_SECONDS: "0",
    },
  });
  for (const stream of [child.stdout!, child.stderr!]) {
    let rest = "";
    stream.on("data", (chunk: Buffer) => {
      const lines = (rest + chunk.toString()).split("\n");
      rest = lines.pop() ?? "";
      logLines.push(...lines);
    });
  }
  return child;
}

/** One query on a connection of its own (the server is stopped and started in between). */
async function query<Row>(sql: string, values: unknown[]): Promise<Row[]> {
  const client = new pg.Client({ connectionString: cluster.url });
  await client.connect();
  try {
    return (await client.query(sql, values)).rows as Row[];
  } finally {
    await client.end();
  }
}

const health = () =>
  fetch(`${SERVER}/api/health`).then(
    (response) => response.status,
    () => 0,
  );

async function ask(route: string, init: RequestInit = {}): Promise<Answer> {
  const startedAt = Date.now();
  try {
    const response = await fetch(`${SERVER}${route}`, { ...init, headers: { cookie, ...init.headers } });
    const text = await response.text();
    return { route, status: response.status, retryAfter: response.headers.get("retry-after"), text, startedAt, endedAt: Date.now() };
  } catch (error) {
    // No answer at all (status 0) is a failure the journey reports like a 500.
    return { route, status: 0, retryAfter: null, text: String(error), startedAt, endedAt: Date.now() };
  }
}

const registration = (n: number) =>
  ask("/api/registrations", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(person(n, [EVENT], { email: `panne-${n}-${randomUUID().slice(0, 8)}@collectivite.example.fr` })),
  });

/** Clients that keep asking, each its route, until told to stop: what every answer was. */
function rush() {
  const answers: Answer[] = [];
  let running = true;
  let registered = 0;
  const loop = async (next: () => Promise<Answer>) => {
    while (running) answers.push(await next());
  };
  const loops = [
    ...Array.from({ length: 5 }, () => loop(() => registration(++registered))),
    loop(() => ask("/inscription/lien-perdu")),
    loop(() => ask("/")),
    loop(() => ask("/api/health")),
    loop(() => ask(`/api/admin/events/${EVENT}`)),
  ];
  return {
    answers,
    count: (route: string, status: number, after = 0) => answers.filter((answer) => answer.route === route && answer.status === status && answer.startedAt >= after).length,
    stop: async () => {
      running = false;
      await Promise.all(loops);
    },
  };
}

test.beforeAll(async () => {
  test.setTimeout(180_000);
  cluster = await startPostgresCluster();
  server = startServer(cluster.url);
  await expect
    .poll(health, { timeout: 120_000, intervals: [500] })
    .toBe(200)
    .catch((error: unknown) => {
      throw new Error(`The server did not start:\n${logLines.slice(-30).join("\n")}`, { cause: error });
    });
  // An admin with an open session, for the back office's API.
  const admin = randomUUID();
  const token = `e2e-outage-${randomUUID()}`;
  await query(`INSERT INTO "User" ("id", "email", "role", "createdAt", "updatedAt") VALUES ($1, $2, 'ADMIN', now(), now())`, [admin, `admin-${admin.slice(0, 8)}@e2e.rencontres.example.fr`]);
  await query(`INSERT INTO "Session" ("id", "sessionToken", "userId", "expires", "lastSeenAt") VALUES ($1, $2, $3, now() + interval '1 hour', now())`, [randomUUID(), token, admin]);
  cookie = `next-auth.session-token=${token}`;
});

test.afterAll(async () => {
  if (server && server.exitCode === null) {
    server.kill("SIGTERM");
    await new Promise((resolve) => server.once("exit", resolve));
  }
  await cluster?.stop();
});

test("PostgreSQL stopped during a rush: every answer is a French 503 with Retry-After, then the app serves again at once and nothing is lost", async ({ page, expectAccessible }) => {
  test.setTimeout(180_000);
  expect((await ask(`/api/admin/events/${EVENT}`)).status).toBe(200);
  expect(JSON.parse((await ask("/api/health")).text)).toEqual({ status: "ok", database: "ok" });

  const traffic = rush();
  await expect.poll(() => traffic.count("/api/registrations", 201), { timeout: 30_000 }).toBeGreaterThanOrEqual(20);

  await cluster.pause();
  await expect.poll(health, { timeout: 30_000 }).toBe(503);
  const outageFrom = Date.now();
  // Every client has been answered several times while the database was down.
  for (const route of ["/api/registrations", "/inscription/lien-perdu", "/", "/api/health", `/api/admin/events/${EVENT}`]) {
    await expect.poll(() => traffic.count(route, 503, outageFrom), { timeout: 30_000 }).toBeGreaterThanOrEqual(5);
  }
  // A person opening a page meanwhile: the French page, with the security headers, accessible.
  const response = await page.goto(`${SERVER}/inscription/lien-perdu`);
  expect(response?.status()).toBe(503);
  expect(response?.headers()["retry-after"]).toBe("5");
  expect(response?.headers()["x-frame-options"]).toBe("DENY");
  expect(response?.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Service momentanément indisponible");
  await expect(page.getByText(MESSAGE)).toBeVisible();
  await expectAccessible();
  const outageTo = Date.now();

  await cluster.resume();
  await expect.poll(health, { timeout: 30_000 }).toBe(200);
  const back = Date.now();
  for (const [route, status] of [["/api/registrations", 201], ["/inscription/lien-perdu", 200], ["/", 200], ["/api/health", 200], [`/api/admin/events/${EVENT}`, 200]] as const) {
    await expect.poll(() => traffic.count(route, status, back), { timeout: 30_000 }).toBeGreaterThanOrEqual(3);
  }
  await traffic.stop();

  // No 500, ever; every 503 says why in French and when to come back.
  expect(
    traffic.answers.filter((answer) => ![200, 201, 503].includes(answer.status)).map(({ route, status, text }) => ({ route, status, text: text.slice(0, 200) })),
    logLines.filter((line) => !/migration|└─/.test(line)).join("\n"),
  ).toEqual([]);
  for (const answer of traffic.answers.filter(({ status }) => status === 503)) {
    expect(answer.retryAfter, answer.route).toBe("5");
    expect(answer.text, answer.route).toContain(MESSAGE);
  }
  // While the database was known to be down, nothing but 503.
  const during = traffic.answers.filter(({ startedAt, endedAt }) => startedAt >= outageFrom && endedAt <= outageTo);
  expect(during.length).toBeGreaterThan(0);
  expect(during.filter(({ status }) => status !== 503)).toEqual([]);

  // Every 201 is stored, and the seats match the registrations.
  const registered = traffic.answers.filter(({ route, status }) => route === "/api/registrations" && status === 201);
  const tokens = registered.map(({ text }) => (JSON.parse(text) as { manageToken: string }).manageToken);
  expect(tokens.length).toBeGreaterThanOrEqual(23);
  const stored = await query<{ n: number }>(
    `SELECT count(*)::int AS n FROM "Registration" r JOIN "Event" e ON e."id" = r."eventId" WHERE e."slug" = $1 AND r."status" <> 'CANCELLED'`,
    [EVENT],
  );
  expect(stored[0].n).toBeGreaterThanOrEqual(tokens.length);
  for (const token of tokens) expect((await ask(`/api/registrations/${token}`)).status).toBe(200);
  const seats = await query<{ holding: number; held: number; matching: number; capacity: number }>(
    `SELECT
       (SELECT count(*)::int FROM "Registration" r WHERE r."eventId" = e."id" AND r."status" IN ('CONFIRMED', 'OFFERED')) AS holding,
       (SELECT count(*)::int FROM "Seat" s WHERE s."eventId" = e."id" AND s."registrationId" IS NOT NULL) AS held,
       (SELECT count(*)::int FROM "Seat" s JOIN "Registration" r ON r."id" = s."registrationId" WHERE s."eventId" = e."id" AND r."status" IN ('CONFIRMED', 'OFFERED')) AS matching,
       e."capacity"
     FROM "Event" e WHERE e."slug" = $1`,
    [EVENT],
  );
  expect(seats[0].held).toBe(seats[0].holding);
  expect(seats[0].matching).toBe(seats[0].holding);
  expect(seats[0].held).toBeLessThanOrEqual(seats[0].capacity);
});

test("the request that finds the outage out gets the 503 too, not the error page; one log line when it starts and one when it ends", async () => {
  test.setTimeout(120_000);
  const { text } = await registration(100_000);
  const token = (JSON.parse(text) as { manageToken: string }).manageToken;
  expect((await ask(`/inscription/gerer/${token}`)).status).toBe(200);

  // Nobody asks in between: the page's own query is the first to fail (its server component throws).
  await cluster.pause();
  const discovered = await ask(`/inscription/gerer/${token}`);
  expect(discovered).toMatchObject({ status: 503, retryAfter: "5" });
  expect(discovered.text).toContain(MESSAGE);
  expect(discovered.text).not.toContain("Référence de l'erreur");
  const json = await ask("/api/events/journee-nationale");
  expect(json).toMatchObject({ status: 503, retryAfter: "5" });
  expect(JSON.parse(json.text)).toEqual({ error: MESSAGE, code: "UNAVAILABLE" });

  await cluster.resume();
  await expect.poll(health, { timeout: 30_000 }).toBe(200);
  expect((await ask(`/inscription/gerer/${token}`)).status).toBe(200);

  // Two outages: the server, and the background worker if it tried the database meanwhile, each
  // logged the start and the end of each once; no request and no job logged an error. The worker is
  // a process of its own at the lowest priority: its probe (once a second) may find the database
  // back a little after the server's did, so the journey waits for its line.
  const entries = () => logLines.filter((line) => line.startsWith("{")).map((line) => JSON.parse(line) as { msg: string });
  const count = (msg: string) => entries().filter((entry) => entry.msg === msg).length;
  await expect
    .poll(() => count("database reachable again") - count("database unreachable"), { timeout: 30_000, message: "each « database unreachable » followed by its « database reachable again »" })
    .toBe(0);
  expect(entries().filter(({ msg }) => msg === "request failed" || msg === "job failed")).toEqual([]);
  const starts = count("database unreachable");
  expect(starts).toBeGreaterThanOrEqual(2);
  expect(starts).toBeLessThanOrEqual(4);
  expect(count("database reachable again")).toBe(starts);
});
