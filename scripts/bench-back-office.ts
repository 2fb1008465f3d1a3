// Part of `npm run bench`: the back office with 10,000 registrations on one event, on SQLite and
// on PostgreSQL, through the production server: the list page filtered and sorted (p50/p95), the
// CSV and XLSX exports and the sign-in sheet PDF (time, the server's peak extra memory, pages).
// A report, never a pass/fail test: the machine is shared and noisy.
import { randomBytes, randomUUID } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { getDocumentProxy } from "unpdf";
import { createDbClient } from "../lib/db/create-client";
import { newTicketCode } from "../lib/checkin/new-ticket-code";
import { fictionalAttendee } from "../lib/demo/fictional-attendees";
import { nameKey } from "../lib/registrations/name-key";
import { hashManageToken } from "../lib/links/manage-token";
import { createDatabase, startPostgresCluster } from "../tests/support/postgres-cluster";
import { buildIfNeeded } from "./support/build-if-needed";
import { BENCH_BASE, median, percentile, startBenchServer, stopServer } from "./support/bench-server";
import { prepareDatabase } from "./support/prepare-database";

const REGISTRATIONS = Number(process.env.BENCH_BACK_OFFICE_REGISTRATIONS ?? 10_000);
const LIST_REQUESTS = 40;
const EXPORT_ROUNDS = 3;
const SLUG = "journee-nationale";
const LISTS = {
  "par nom, page 1": "",
  "confirmé·es, par organisation décroissante, page 60": "?statut=CONFIRMED&tri=organisation&ordre=desc&page=60",
  "recherche « mar » + commune + déjeuner": "?q=mar&type=COMMUNE&dejeuner=oui",
};
const EXPORTS = {
  "CSV (toutes les colonnes)": "attendees?format=csv&separateur=point-virgule",
  "XLSX (toutes les colonnes)": "attendees?format=xlsx",
  "Feuille d'émargement (PDF)": "sign-in-sheet?format=pdf",
};

/** 10,000 people on the national day: most confirmed, some waiting, some cancelled; an admin with a session. */
async function fill(databaseUrl: string): Promise<string> {
  const db = createDbClient(databaseUrl);
  try {
    const event = await db.event.update({ where: { slug: SLUG }, data: { capacity: REGISTRATIONS } });
    for (let start = 0; start < REGISTRATIONS; start += 1000) {
      const people = Array.from({ length: Math.min(1000, REGISTRATIONS - start) }, (_, k) => ({ n: start + k, id: randomUUID(), input: fictionalAttendee(start + k, [SLUG]) }));
      await db.attendee.createMany({
        data: people.map(({ id, input: { events: _events, lunch: _lunch, consent: _consent, ...details } }) => ({ id, ...details, nameKey: nameKey(details.lastName, details.firstName), consentedAt: new Date(), manageTokenHash: hashManageToken(id) })),
      });
      await db.registration.createMany({
        data: people.map(({ n, id, input }) => {
          const status = n % 20 === 7 ? "CANCELLED" : n % 25 === 3 ? "WAITLISTED" : "CONFIRMED";
          return { attendeeId: id, eventId: event.id, status, lunch: input.lunch, activeDay: status === "CANCELLED" ? null : "bench", confirmedAt: status === "CONFIRMED" ? new Date() : null, ticketCode: newTicketCode() };
        }),
      });
    }
    const token = randomBytes(32).toString("hex");
    const user = await db.user.create({ data: { email: "bench-admin@rencontres-ess.test", role: "ADMIN" } });
    await db.session.create({ data: { sessionToken: token, userId: user.id, expires: new Date(Date.now() + 3600_000) } });
    return `next-auth.session-token=${token}`;
  } finally {
    await db.$disconnect();
  }
}

/** The server's resident memory, in MB, from /proc (Linux). */
const residentMb = (pid: number) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0) / 1024;

async function timed(url: string, cookie: string, pid?: number) {
  const before = pid ? residentMb(pid) : 0;
  let peak = before;
  const sampler = pid ? setInterval(() => (peak = Math.max(peak, residentMb(pid))), 10) : undefined;
  const started = performance.now();
  const response = await fetch(url, { headers: { cookie } });
  const body = Buffer.from(await response.arrayBuffer());
  const ms = performance.now() - started;
  clearInterval(sampler);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return { ms, body, extraMb: Math.max(0, peak - before) };
}

async function measure(provider: string, databaseUrl: string) {
  await prepareDatabase(databaseUrl, { year: 2099 });
  const cookie = await fill(databaseUrl);
  const server = await startBenchServer(databaseUrl);
  const rows: string[] = [];
  try {
    for (const [name, query] of Object.entries(LISTS)) {
      const url = `${BENCH_BASE}/admin/evenements/${SLUG}/inscrits${query}`;
      for (let i = 0; i < 5; i++) await timed(url, cookie); // warm-up
      const times: number[] = [];
      for (let i = 0; i < LIST_REQUESTS; i++) times.push((await timed(url, cookie)).ms);
      rows.push(`| ${provider} | Liste : ${name} | p50 ${median(times).toFixed(0)} ms, p95 ${percentile(times, 0.95).toFixed(0)} ms | < 300 ms (p95) |`);
    }
    for (const [name, path] of Object.entries(EXPORTS)) {
      const url = `${BENCH_BASE}/api/admin/events/${SLUG}/exports/${path}`;
      const runs = [];
      for (let i = 0; i < EXPORT_ROUNDS; i++) runs.push(await timed(url, cookie, server.pid));
      const size = (runs[0].body.length / 1024 / 1024).toFixed(1);
      const pages = path.includes("pdf") ? `, ${(await getDocumentProxy(new Uint8Array(runs[0].body))).numPages} pages` : "";
      rows.push(
        `| ${provider} | ${name} | ${(median(runs.map((run) => run.ms)) / 1000).toFixed(2)} s, +${Math.max(...runs.map((run) => run.extraMb)).toFixed(0)} MB au plus, ${size} MB${pages} | < 5 s, < 150 MB |`,
      );
    }
  } finally {
    await stopServer(server);
  }
  return rows;
}

async function main() {
  buildIfNeeded();
  const scratch = mkdtempSync(path.join(os.tmpdir(), "rencontres-bench-back-office-"));
  const cluster = await startPostgresCluster();
  try {
    const rows = [
      ...(await measure("SQLite", `file:${path.join(scratch, "back-office.db")}`)),
      ...(await measure("PostgreSQL", await createDatabase(cluster.url, "bench_back_office"))),
    ];
    console.log(`\nBack office, ${REGISTRATIONS} inscriptions sur une journée (médianes ; ${LIST_REQUESTS} requêtes par liste, ${EXPORT_ROUNDS} exports chacun)\n`);
    console.log("| Base | Mesure | Résultat | Cible |\n| --- | --- | --- | --- |");
    for (const row of rows) console.log(row);
  } finally {
    await cluster.stop();
    rmSync(scratch, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
