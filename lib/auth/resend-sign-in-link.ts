import "server-only";
import { inTransaction } from "../db/transaction";
import { AppError } from "../errors";
import type { UserActor } from "../audit/actor";
import { issueSignInLink } from "./internal/issue-sign-in-link";

/** An admin sends an account its invitation again (a fresh sign-in link), e.g. after the first one expired. */
export async function resendInvitation({ actor, userId, now = new Date() }: { actor: UserActor; userId: string; now?: Date }): Promise<string> {
  return inTransaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId } });
    if (!user || user.deactivatedAt) throw new AppError("RECORD_NOT_FOUND");
    await issueSignInLink(tx, user, { callbackPath: "/admin", invitedBy: actor.email, now });
    return user.email;
  });
}
