import "server-only";
import type { UserActor } from "../audit/actor";
import { recordAudit } from "../audit/record-audit";
import { inTransaction } from "../db/transaction";
import { AppError } from "../errors";
import { enqueueEmail } from "../outbox/outbox";
import { registrationOfEvent } from "./internal/registration-of-event";

/** Not twice in this time: a double click sends one email. */
const RESEND_INTERVAL_MS = 5 * 60_000;

/** Sends a confirmed person their confirmation again (ticket, calendar, manage link), e.g. when they lost it. */
export async function resendConfirmation({ actor, eventId, registrationId, now = new Date() }: { actor: UserActor; eventId: string; registrationId: string; now?: Date }) {
  await inTransaction(async (tx) => {
    const registration = await registrationOfEvent(tx, eventId, registrationId);
    if (registration.status !== "CONFIRMED") throw new AppError("WRONG_STATUS", "la personne n'est pas confirmée");
    const recent = await tx.outboxEmail.count({
      where: { registrationId: registration.id, kind: "REGISTRATION_CONFIRMED", createdAt: { gt: new Date(now.getTime() - RESEND_INTERVAL_MS) } },
    });
    if (recent > 0) throw new AppError("RECENTLY_SENT");
    await enqueueEmail(tx, { kind: "REGISTRATION_CONFIRMED", attendeeId: registration.attendeeId, registrationId: registration.id, createdAt: now });
    await recordAudit(tx, actor, { action: "registration.confirmation.resent", entityType: "Registration", entityId: registration.id, eventId });
  });
}
