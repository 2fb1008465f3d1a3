import "server-only";
import type { Tx } from "../../db/transaction";
import { AppError } from "../../errors";

/** Refuses a change that would leave no active admin: someone must always be able to manage accounts. */
export async function keepOneAdmin(tx: Tx, changedUserId: string): Promise<void> {
  const others = await tx.user.count({ where: { role: "ADMIN", deactivatedAt: null, id: { not: changedUserId } } });
  if (others === 0) throw new AppError("LAST_ADMIN");
}
