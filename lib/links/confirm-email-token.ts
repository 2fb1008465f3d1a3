import "server-only";
import { z } from "zod";
import { readToken, signToken } from "./signed-token";

const payloadSchema = z.object({ a: z.string().max(40), v: z.number().int().min(0) });

/** The link's token that confirms an attendee's address, until `expiresAt` (their first held seat's deadline). */
export function confirmEmailToken(attendeeId: string, manageTokenVersion: number, expiresAt: Date): string {
  return signToken("confirm-email", { a: attendeeId, v: manageTokenVersion }, expiresAt);
}

/** Whether the page of a confirmation link may offer to confirm (the link is whole and current). */
export function isConfirmEmailToken(token: string, now = new Date()): boolean {
  return readToken("confirm-email", token, payloadSchema, now) !== null;
}

/** The attendee (a) and the version of their manage link (v) a whole, current confirmation link names, or null. */
export function readConfirmEmailToken(token: string, now = new Date()): { a: string; v: number } | null {
  return readToken("confirm-email", token, payloadSchema, now);
}
