import "server-only";
import { inTransaction } from "../db/transaction";
import { recordAudit } from "../audit/record-audit";
import { env } from "../env";
import { systemActor } from "../audit/actor";
import { issueSignInLink } from "./internal/issue-sign-in-link";

/** At most this many links per account in a sign-in link's lifetime: no one can flood a mailbox. */
const MAX_LINKS = 3;
const WINDOW_MS = 15 * 60_000;

/**
 * Sends a sign-in link to a known, active account. Whatever the address, the caller answers the
 * same « if this address is known, a link was sent »: an unknown or deactivated address gets no
 * email, and nothing tells them apart. An address of ADMIN_EMAILS becomes an admin account here.
 */
export async function requestSignInLink({
  email,
  callbackPath = "/admin",
  now = new Date(),
}: {
  email: string;
  callbackPath?: string;
  now?: Date;
}): Promise<void> {
  await inTransaction(async (tx) => {
    let user = await tx.user.findUnique({ where: { email } });
    if (!user && env.ADMIN_EMAILS.includes(email)) {
      user = await tx.user.create({ data: { email, role: "ADMIN" } });
      await recordAudit(tx, systemActor("ADMIN_EMAILS"), { action: "user.invited", entityType: "User", entityId: user.id, after: { email, role: "ADMIN" } });
    }
    if (!user || user.deactivatedAt) return;
    const recent = await tx.outboxEmail.count({ where: { userId: user.id, kind: "SIGN_IN_LINK", createdAt: { gt: new Date(now.getTime() - WINDOW_MS) } } });
    if (recent >= MAX_LINKS) return;
    await issueSignInLink(tx, user, { callbackPath, now });
  });
}
