import "server-only";
import { z } from "zod";
import { readToken, signToken } from "./signed-token";

/** How long the confirmation page of a submission can be reopened. */
const RECEIPT_LIFETIME_MS = 2 * 3600_000;

const payloadSchema = z.object({
  ids: z.array(z.string().max(40)).min(1).max(5),
  /** Whether the submission created the attendee: only then may the page show the manage link, once. */
  own: z.boolean(),
});

export interface ReceiptPayload {
  registrationIds: string[];
  createdAttendee: boolean;
}

/**
 * A signed reference to the registrations of one submission, for the confirmation page's URL: it
 * cannot be forged or enumerated, expires after two hours and carries no manage token.
 */
export function createReceipt({ registrationIds, createdAttendee }: ReceiptPayload, now = new Date()): string {
  return signToken("receipt", { ids: registrationIds, own: createdAttendee }, new Date(now.getTime() + RECEIPT_LIFETIME_MS));
}

/** The receipt's content, or null when it is malformed, tampered with or expired. */
export function readReceipt(receipt: string, now = new Date()): ReceiptPayload | null {
  const payload = readToken("receipt", receipt, payloadSchema, now);
  return payload && { registrationIds: payload.ids, createdAttendee: payload.own };
}
