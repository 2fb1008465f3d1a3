// No `server-only`: the start-up backfill (backfill-ticket-codes.ts) draws codes outside Next.js.
import { randomInt } from "node:crypto";
import { TICKET_ALPHABET, TICKET_CODE_LENGTH } from "./ticket-code";

/**
 * A new ticket code: 8 characters drawn at random (31⁸ ≈ 8.5 × 10¹¹ codes), so that a code cannot
 * be guessed from another; only signed-in organisers can look codes up, and the door refuses unknown
 * codes past a limit (limit-unknown-codes.ts). The QR code holds this bare code: no signature needed.
 */
export function newTicketCode(): string {
  return Array.from({ length: TICKET_CODE_LENGTH }, () => TICKET_ALPHABET[randomInt(TICKET_ALPHABET.length)]).join("");
}
