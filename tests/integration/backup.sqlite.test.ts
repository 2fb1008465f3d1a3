import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { createDbClient } from "../../lib/db/create-client";
import { fictionalAttendee } from "../../lib/demo/fictional-attendees";
import { backupDatabase } from "../../scripts/support/backup";
import { prepareDatabase } from "../../scripts/support/prepare-database";

const scratch = mkdtempSync(path.join(os.tmpdir(), "rencontres-backup-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe("npm run backup on SQLite", () => {
  it("copies the database while people register, and the copy restores every registration made before it", async () => {
    const url = `file:${path.join(scratch, "rencontres.db")}`;
    await prepareDatabase(url, { year: 2030 });
    const app = createDbClient(url);
    const event = await app.event.findUniqueOrThrow({ where: { slug: "journee-nationale" } });
    let written = 0;
    const writeOne = async () => {
      const { events: _events, lunch: _lunch, consent: _consent, ...details } = fictionalAttendee(written, ["journee-nationale"]);
      const id = `backup-${written}`;
      await app.$transaction([
        app.attendee.create({ data: { id, ...details, consentedAt: new Date(), manageTokenHash: id } }),
        app.registration.create({ data: { attendeeId: id, eventId: event.id, status: "WAITLISTED" } }),
      ]);
      written += 1;
    };
    for (let i = 0; i < 50; i++) await writeOne();
    const beforeBackup = written;

    // `npm run backup` in its own process, as an operator runs it, while registrations go on here.
    const backups = path.join(scratch, "backups");
    // The days' documents are copied with it (a file still being written is not).
    const documents = path.join(scratch, "documents");
    mkdirSync(documents);
    writeFileSync(path.join(documents, "document-un"), "%PDF-1.7 slides");
    writeFileSync(path.join(documents, ".document-deux.1234.part"), "half");
    const backup = spawn(process.execPath, ["--import", "tsx", "scripts/backup.ts"], {
      env: { ...process.env, DATABASE_URL: url, BACKUP_DIR: backups, DOCUMENTS_DIR: documents },
      stdio: "pipe",
    });
    const done = new Promise<number | null>((resolve) => backup.on("exit", resolve));
    let finished = false;
    void done.then(() => (finished = true));
    while (!finished) {
      await writeOne();
      // SQLite answers synchronously: let the event loop hear about the child process too.
      await new Promise((resolve) => setImmediate(resolve));
    }
    expect(await done).toBe(0);
    await app.$disconnect();
    const [copied, name] = readdirSync(backups).sort();
    expect(copied).toMatch(/^documents-\d{8}-\d{6}$/);
    expect(readdirSync(path.join(backups, copied))).toEqual(["document-un"]);
    expect(readFileSync(path.join(backups, copied, "document-un"), "utf8")).toBe("%PDF-1.7 slides");
    expect(name).toMatch(/^rencontres-\d{8}-\d{6}\.db$/);
    const file = path.join(backups, name);

    expect(statSync(file).mode & 0o777).toBe(0o600);
    const copy = new Database(file, { readonly: true });
    expect(copy.pragma("integrity_check", { simple: true })).toBe("ok");
    expect(copy.pragma("foreign_key_check")).toEqual([]);
    copy.close();

    // Restored: the app's own client on the copy finds them all, each with its person.
    const restored = createDbClient(`file:${file}`);
    const registrations = await restored.registration.findMany({ where: { attendeeId: { startsWith: "backup-" } }, include: { attendee: true } });
    await restored.$disconnect();
    expect(registrations.length).toBeGreaterThanOrEqual(beforeBackup);
    expect(written, "registrations went on during the copy").toBeGreaterThan(beforeBackup);
    expect(registrations.length).toBeLessThanOrEqual(written);
    for (let n = 0; n < beforeBackup; n++) expect(registrations.some((registration) => registration.attendeeId === `backup-${n}`)).toBe(true);
  });

  it("keeps the newest copies only", async () => {
    // A database of its own: the test does not lean on the one the first test made.
    const url = `file:${path.join(scratch, "kept-copies.db")}`;
    await prepareDatabase(url, { year: 2030 });
    const dir = path.join(scratch, "kept");
    for (let day = 1; day <= 4; day++) await backupDatabase({ databaseUrl: url, dir, keep: 2, now: new Date(`2030-03-0${day}T02:00:00Z`) });
    expect(readdirSync(dir).sort()).toEqual(["rencontres-20300303-020000.db", "rencontres-20300304-020000.db"]);
  });
});
