import "server-only";
import { recordAudit } from "../audit/record-audit";
import { inTransaction, isUniqueViolation } from "../db/transaction";
import { AppError } from "../errors";
import type { User } from "../db/models";
import type { UserActor } from "../audit/actor";
import { issueSignInLink } from "./internal/issue-sign-in-link";
import { organiserReach } from "./internal/organiser-reach";
import type { AccountInput } from "./schema";

/** Opens an account (admin, or organiser of every day or of the days ticked) and emails its invitation: a sign-in link. */
export async function inviteUser({ actor, input, now = new Date() }: { actor: UserActor; input: AccountInput; now?: Date }): Promise<User> {
  try {
    return await inTransaction(
      async (tx) => {
        const { allEvents, eventIds } = await organiserReach(tx, input);
        const user = await tx.user.create({
          data: { email: input.email, name: input.name, role: input.role, allEvents, events: { create: eventIds.map((eventId) => ({ eventId })) } },
        });
        await recordAudit(tx, actor, {
          action: "user.invited",
          entityType: "User",
          entityId: user.id,
          after: { email: user.email, name: user.name, role: user.role, allEvents, eventIds },
        });
        await issueSignInLink(tx, user, { callbackPath: "/admin", invitedBy: actor.email, now });
        return user;
      },
      { maxAttempts: 1 },
    );
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError("ACCOUNT_EXISTS", input.email, "email");
    throw error;
  }
}
