import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import { z } from "zod";
import { authSecret } from "../env";

/** How long the confirmation page of a submission can be reopened. */
const RECEIPT_LIFETIME_SECONDS = 24 * 3600;

const payloadSchema = z.object({
  ids: z.array(z.string().max(40)).min(1).max(5),
  token: z.string().nullable(),
  exp: z.number().int(),
});

export type ReceiptPayload = { registrationIds: string[]; manageToken: string | null };

const sign = (data: string) => createHmac("sha256", authSecret).update(`receipt:${data}`).digest("base64url");

/**
 * A signed reference to the registrations of one submission, for the confirmation page's URL:
 * it cannot be forged or enumerated, and carries the manage token only when the submitter is the
 * one who created the attendee.
 */
export function createReceipt({ registrationIds, manageToken }: ReceiptPayload, now = new Date()): string {
  const data = Buffer.from(
    JSON.stringify({ ids: registrationIds, token: manageToken, exp: Math.floor(now.getTime() / 1000) + RECEIPT_LIFETIME_SECONDS }),
  ).toString("base64url");
  return `${data}.${sign(data)}`;
}

/** The receipt's content, or null when it is malformed, tampered with or expired. */
export function readReceipt(receipt: string, now = new Date()): ReceiptPayload | null {
  const [data, signature, extra] = receipt.split(".");
  if (!data || !signature || extra !== undefined) return null;
  const expected = Buffer.from(sign(data));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  try {
    const payload = payloadSchema.parse(JSON.parse(Buffer.from(data, "base64url").toString("utf8")));
    if (payload.exp * 1000 < now.getTime()) return null;
    return { registrationIds: payload.ids, manageToken: payload.token };
  } catch {
    return null;
  }
}
