import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "./client";
import { insertRows, jsonColumn } from "./insert-rows";
import { inTransaction } from "./transaction";
import { seedDatabase } from "../../prisma/seed";

const at = new Date("2026-12-02T10:00:00.123Z");

function attendee(n: number) {
  return {
    id: randomUUID(),
    email: `ligne${n}@collectivite.example.fr`,
    firstName: "Jeanne",
    lastName: `Ligne ${n}`,
    nameKey: `ligne ${n} jeanne`,
    organisation: "Ville de Nancy",
    organisationType: "COMMUNE",
    jobTitle: "Élue",
    role: "ELU",
    phone: n % 2 === 0 ? null : "01 23 45 67 89",
    dietaryNeeds: "",
    accessibilityNeeds: "",
    consentedAt: at,
    manageTokenHash: randomUUID(),
    manageTokenVersion: 0,
    createdAt: at,
    updatedAt: at,
  };
}

describe("insertRows, the rush's multi-row INSERT in SQL", () => {
  it("writes rows that Prisma reads back as it wrote them: dates, enums, nulls, JSON", async () => {
    const rows = [attendee(1), attendee(2)];
    await inTransaction((tx) => insertRows(tx, "Attendee", rows));
    const read = await db.attendee.findMany({ where: { id: { in: rows.map((row) => row.id) } }, orderBy: { email: "asc" } });
    expect(read).toMatchObject(rows.map(({ organisationType, role, ...row }) => ({ ...row, organisationType, role })));
    // Compared in the database as Prisma's own writes are (SQLite stores dates as text).
    expect(await db.attendee.count({ where: { consentedAt: { gte: at, lte: at } } })).toBe(2);

    const entryId = randomUUID();
    await inTransaction((tx) =>
      insertRows(tx, "AuditEntry", [
        { id: entryId, actorKind: "SYSTEM", actorId: null, actorLabel: "test", action: "registration.created", entityType: "Registration", entityId: "r", eventId: null, before: null, after: jsonColumn({ status: "CONFIRMED", list: [1, "é"] }), createdAt: at },
      ]),
    );
    expect(await db.auditEntry.findUniqueOrThrow({ where: { id: entryId } })).toMatchObject({ before: null, after: { status: "CONFIRMED", list: [1, "é"] }, createdAt: at });
  });

  it("binds booleans and enums as each database stores them", async () => {
    await seedDatabase(db, { year: 2030 });
    const event = await db.event.findUniqueOrThrow({ where: { slug: "journee-nationale" } });
    const [lunching, fasting] = [attendee(3), attendee(4)];
    const registration = (id: string, attendeeId: string, lunch: boolean) => ({
      id, attendeeId, eventId: event.id, status: "WAITLISTED", confirmedAt: null, activeDay: null, lunch, holdExpiresAt: null, ticketCode: null, createdAt: at, updatedAt: at,
    });
    const ids: string[] = [randomUUID(), randomUUID()];
    await inTransaction(async (tx) => {
      await insertRows(tx, "Attendee", [lunching, fasting]);
      await insertRows(tx, "Registration", [registration(ids[0], lunching.id, true), registration(ids[1], fasting.id, false)]);
    });
    const read = await db.registration.findMany({ where: { id: { in: ids } }, select: { id: true, lunch: true, status: true } });
    expect(read.sort((a, b) => ids.indexOf(a.id) - ids.indexOf(b.id))).toEqual([
      { id: ids[0], lunch: true, status: "WAITLISTED" },
      { id: ids[1], lunch: false, status: "WAITLISTED" },
    ]);
    expect(await db.registration.count({ where: { id: { in: ids }, lunch: true } })).toBe(1);
  });

  it("writes a batch larger than one statement takes, whole", async () => {
    // 17 columns: 1,764 rows a statement, so two statements.
    const rows = Array.from({ length: 2_000 }, (_, n) => attendee(10_000 + n));
    const before = await db.attendee.count();
    await inTransaction((tx) => insertRows(tx, "Attendee", rows));
    expect(await db.attendee.count()).toBe(before + 2_000);
    expect(await db.attendee.findUnique({ where: { email: "ligne11999@collectivite.example.fr" } })).toMatchObject({ id: rows[1_999].id });
  });

  it("refuses rows that do not name the same columns, writing nothing", async () => {
    const [first, second] = [attendee(5_001), attendee(5_002)];
    const { phone: _phone, ...withoutPhone } = second;
    await expect(inTransaction((tx) => insertRows(tx, "Attendee", [first, withoutPhone]))).rejects.toThrow(/same columns/);
    expect(await db.attendee.count({ where: { id: { in: [first.id, second.id] } } })).toBe(0);
  });
});
