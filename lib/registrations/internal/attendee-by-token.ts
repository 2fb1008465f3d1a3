import "server-only";
import { AppError } from "../../errors";
import { env } from "../../env";
import { manageTokenSchema } from "../schema";
import { hashManageToken } from "../../links/manage-token";
import type { Tx } from "../../db/transaction";

/**
 * The attendee a manage link belongs to. A malformed, tampered, unknown or replaced token all give
 * the same NOT_FOUND, with no hint of which it was. A link stops working MANAGE_LINK_DAYS_AFTER_EVENT
 * days after the end of the person's last day (MANAGE_LINK_EXPIRED).
 */
export async function attendeeByToken(tx: Pick<Tx, "attendee" | "registration">, token: string, now = new Date()) {
  const attendee = manageTokenSchema.safeParse(token).success
    ? await tx.attendee.findUnique({ where: { manageTokenHash: hashManageToken(token) } })
    : null;
  if (!attendee) throw new AppError("NOT_FOUND");
  const last = await tx.registration.findFirst({
    where: { attendeeId: attendee.id },
    orderBy: { event: { endsAt: "desc" } },
    select: { event: { select: { endsAt: true } } },
  });
  if (last && last.event.endsAt.getTime() + env.MANAGE_LINK_DAYS_AFTER_EVENT * 86_400_000 < now.getTime()) throw new AppError("MANAGE_LINK_EXPIRED");
  return attendee;
}
