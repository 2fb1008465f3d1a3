import "server-only";
import { AppError } from "../../errors";
import type { InvitationTerms } from "../schema";

/**
 * When the invitation's reminder goes: `reminderDays` before the expiry, if that is still to come.
 * The expiry must be to come, and no later than the end of the day.
 */
export function checkedSchedule(terms: Pick<InvitationTerms, "expiresAt" | "reminderDays">, event: { endsAt: Date }, now: Date): { expiresAt: Date; remindAt: Date | null } {
  if (terms.expiresAt <= now || terms.expiresAt > event.endsAt) throw new AppError("INVITATION_EXPIRY", undefined, "expiresAt");
  const remindAt = terms.reminderDays ? new Date(terms.expiresAt.getTime() - terms.reminderDays * 86_400_000) : null;
  return { expiresAt: terms.expiresAt, remindAt: remindAt && remindAt > now ? remindAt : null };
}
