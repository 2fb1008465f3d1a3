import "server-only";
import { randomBytes } from "node:crypto";
import type { Tx } from "../../db/transaction";
import { enqueueEmail } from "../../outbox/outbox";
import { SIGN_IN_LINK_MINUTES, hashVerificationToken, signInToken } from "../sign-in-token";

/**
 * Writes a sign-in link for an account, in the caller's transaction: the hashed token next-auth
 * will check, and the email that carries it (an invitation when `invitedBy` is given).
 */
export async function issueSignInLink(
  tx: Tx,
  user: { id: string; email: string },
  { callbackPath, invitedBy = null, now }: { callbackPath: string; invitedBy?: string | null; now: Date },
): Promise<void> {
  const nonce = randomBytes(18).toString("base64url");
  await tx.verificationToken.create({
    data: {
      identifier: user.email,
      token: hashVerificationToken(signInToken(nonce)),
      expires: new Date(now.getTime() + SIGN_IN_LINK_MINUTES * 60_000),
    },
  });
  await enqueueEmail(tx, { kind: "SIGN_IN_LINK", userId: user.id, data: { nonce, callbackPath, invitedBy }, createdAt: now });
}
