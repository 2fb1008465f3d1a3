import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

/** A statement that changes a table: the query API's writes and raw statements. */
const WRITES = /\b(?:tx|db|client)\.[a-zA-Z]+\.(?:create|createMany|update|updateMany|delete|deleteMany|upsert)\(|\$executeRaw|\binsertRows\(/;
/** What records the entry: recordAudit itself, the status changes (internal/status-changes.ts) and registerDays, which call it. */
const AUDITS = /\brecordAudits?\(|\bto(?:Confirmed|Offered|Cancelled)\(|\bregisterDays\(/;

/**
 * Files that write without recording an entry, and why. Anything else that writes must record
 * its audit entry with its actor: a new operation that forgets it fails here.
 */
const NOT_AUDITED: Record<string, string> = {
  "lib/audit/scrub-person-from-audit.ts": "the journal's own entries, scrubbed inside the audited erasure and retention",
  "lib/auth/adapter.ts": "sign-in bookkeeping (sessions, verification tokens); account changes are audited in their operations",
  "lib/auth/internal/issue-sign-in-link.ts": "sign-in bookkeeping: a one-time sign-in token",
  "lib/auth/session-user.ts": "sign-in bookkeeping: a session's last use, an ended session removed",
  "lib/auth/sign-out.ts": "sign-in bookkeeping: the session ends",
  "lib/checkin/backfill-ticket-codes.ts": "a missing ticket code given at start-up to a row written before codes existed: derived, nobody decides it",
  "lib/editions/internal/switch-current-edition.ts": "which edition is current, inside the audited publication and « Rendre courante »",
  "lib/invitations/internal/send.ts": "an invitation's emails written to or dropped from the outbox, inside the audited invitation operations",
  "lib/demo/add-demo-registrations.ts": "removes the demo's own emails; its registrations go through the audited operations",
  "lib/mail/deliver-outbox.ts": "the outbox's delivery status: the outbox row is its own record",
  "lib/mail/enqueue-reminders.ts": "reminder emails written to the outbox, once each (dedupe key): the outbox row is its own record",
  "lib/outbox/outbox.ts": "enqueueEmail, called inside the operations that record the change",
  "lib/outbox/public-email-cap.ts": "counters of emails sent to an address (rate limiting)",
  "lib/personal-data/anonymise-attendee.ts": "called by eraseAttendee and applyRetention, which record the entry",
  "lib/programme/internal/positions.ts": "order of the programme's items, inside the audited programme operations",
  "lib/questions/write-answers.ts": "answers written inside the audited registration operations (creation, the attendee's edit)",
  "lib/questions/internal/positions.ts": "order of a day's questions, inside the audited question operations",
  "lib/programme/record-programme-changes.ts": "the changes to announce, inside the audited programme operations",
  "lib/registrations/backfill-name-keys.ts": "a derived search key filled after the migrations",
  "lib/registrations/get-receipt-view.ts": "marks the manage link as shown once on the confirmation page",
  "lib/registrations/internal/fit-reserved-seats.ts": "seat rows, inside the audited changes of capacity and reserved places",
  "lib/registrations/internal/seat-for.ts": "seat rows, inside the audited confirm, offer and walk-in",
  "lib/registrations/internal/seats.ts": "seat rows, inside the audited operations that take or free them",
  "lib/registrations/move-registrations-to-day.ts": "inside updateEvent, recorded as event.schedule.changed",
  "lib/db/insert-rows.ts": "the multi-row INSERT its callers write with, inside their audited operations",
  "lib/db/outage.ts": "names a raw statement in a comment; writes nothing",
  "lib/db/unique-violation.ts": "names a raw statement in a comment; writes nothing",
};

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "generated" ? [] : sources(path);
    return /\.(ts|mts)$/.test(entry.name) && !/\.test\.ts$/.test(entry.name) ? [path] : [];
  });
}

const root = join(__dirname, "../..");
const writers = sources(join(root, "lib"))
  .map((path) => ({ file: relative(root, path), text: readFileSync(path, "utf8") }))
  .filter(({ text }) => WRITES.test(text));

describe("every write is audited", () => {
  it("records an entry in every lib file that changes data, but the reasoned exceptions", () => {
    const unaudited = writers.filter(({ file, text }) => !AUDITS.test(text) && !(file in NOT_AUDITED)).map(({ file }) => file);
    expect(unaudited).toEqual([]);
  });

  it("keeps no stale exception", () => {
    const files = new Map(writers.map(({ file, text }) => [file, text]));
    const stale = Object.keys(NOT_AUDITED).filter((file) => !files.has(file) || AUDITS.test(files.get(file)!));
    expect(stale).toEqual([]);
  });
});
