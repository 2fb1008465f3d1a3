import { beforeAll, describe, expect, it } from "vitest";
import { seedDatabase } from "../../prisma/seed";
import { db } from "../db/client";
import { person } from "../../tests/support/people";
import { registerNew } from "../../tests/support/register";
import { backfillTicketCodes } from "./backfill-ticket-codes";

beforeAll(() => seedDatabase(db, { year: 2030 }));

describe("the start-up backfill of ticket codes", () => {
  it("gives every registration without a code one of its own, and leaves the others' as they are", async () => {
    const ids: string[] = [];
    for (let n = 1; n <= 6; n++) ids.push((await registerNew({ input: person(n, ["journee-nationale"]) })).registrations[0].registrationId);
    const kept = await db.registration.findMany({ where: { id: { in: ids.slice(3) } }, select: { id: true, ticketCode: true } });
    await db.registration.updateMany({ where: { id: { in: ids.slice(0, 3) } }, data: { ticketCode: null } });

    expect(await backfillTicketCodes(db)).toBe(3);
    const rows = await db.registration.findMany({ where: { id: { in: ids } }, select: { id: true, ticketCode: true } });
    expect(rows.every((row) => /^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{8}$/.test(row.ticketCode ?? ""))).toBe(true);
    expect(new Set(rows.map((row) => row.ticketCode)).size).toBe(6);
    expect(rows.filter((row) => kept.some((old) => old.id === row.id))).toEqual(expect.arrayContaining(kept));
    expect(await backfillTicketCodes(db)).toBe(0);
  });
});
