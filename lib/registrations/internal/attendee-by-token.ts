import "server-only";
import { AppError } from "../../errors";
import { manageTokenSchema } from "../schema";
import { hashManageToken } from "../tokens";
import type { Tx } from "../../db/transaction";

/**
 * The attendee a manage link belongs to. A malformed, tampered or unknown token all give the same
 * NOT_FOUND, with no hint of which it was.
 */
export async function attendeeByToken(tx: Pick<Tx, "attendee">, token: string) {
  const attendee = manageTokenSchema.safeParse(token).success
    ? await tx.attendee.findUnique({ where: { manageTokenHash: hashManageToken(token) } })
    : null;
  if (!attendee) throw new AppError("NOT_FOUND");
  return attendee;
}
