import "server-only";
import { selfActor } from "../audit/actor";
import { recordAudit } from "../audit/record-audit";
import { inTransaction } from "../db/transaction";
import { AppError } from "../errors";
import { enqueueEmail } from "../outbox/outbox";
import { readConfirmEmailToken } from "../links/confirm-email-token";
import { isCurrentLink } from "../links/manage-token";

/**
 * The person used the link emailed to them: the address is theirs. Every seat still held for it is
 * kept, and its confirmation (ticket, calendar) goes out. Using the link twice changes nothing more.
 * A hold already over lost its seat (expire-holds.ts): LINK_EXPIRED.
 */
export async function confirmEmail({ token, now = new Date() }: { token: string; now?: Date }): Promise<{ registrationIds: string[] }> {
  const payload = readConfirmEmailToken(token, now);
  if (!payload) throw new AppError("LINK_EXPIRED");
  return inTransaction(async (tx) => {
    const attendee = await tx.attendee.findUnique({ where: { id: payload.a } });
    if (!attendee || !isCurrentLink(attendee, payload.v)) throw new AppError("LINK_EXPIRED");
    const held = await tx.registration.findMany({
      where: { attendeeId: attendee.id, status: "CONFIRMED", holdExpiresAt: { gt: now } },
      select: { id: true },
    });
    const kept: string[] = [];
    for (const { id } of held) {
      // Conditional on the hold still running: the expiry job and a click at the last second cannot both win.
      const { count } = await tx.registration.updateMany({ where: { id, status: "CONFIRMED", holdExpiresAt: { gt: now } }, data: { holdExpiresAt: null } });
      if (count === 1) {
        await enqueueEmail(tx, { kind: "REGISTRATION_CONFIRMED", attendeeId: attendee.id, registrationId: id, createdAt: now });
        kept.push(id);
      }
    }
    if (!attendee.emailVerifiedAt) await tx.attendee.update({ where: { id: attendee.id }, data: { emailVerifiedAt: now } });
    if (kept.length > 0 || !attendee.emailVerifiedAt) {
      await recordAudit(tx, selfActor(attendee.id), { action: "attendee.email.confirmed", entityType: "Attendee", entityId: attendee.id, after: { seatsKept: kept.length } });
    }
    const active = await tx.registration.findMany({
      where: { attendeeId: attendee.id, status: { not: "CANCELLED" }, holdExpiresAt: null },
      select: { id: true },
      orderBy: { createdAt: "asc" },
      take: 5,
    });
    if (active.length === 0) throw new AppError("LINK_EXPIRED");
    return { registrationIds: active.map((registration) => registration.id) };
  });
}
