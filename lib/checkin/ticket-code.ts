/** Ticket codes, shared by the server and the door's phone page. */

/** Digits and capitals without the look-alikes (0 O, 1 I L): a code a person can read out and type. */
export const TICKET_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
export const TICKET_CODE_LENGTH = 8;

/** A typed or scanned code as stored (capitals, no spaces or dashes), or null when it cannot be one. */
export function normaliseTicketCode(input: string): string | null {
  const code = input.normalize("NFKC").toUpperCase().replace(/[\s-]/g, "");
  return code.length === TICKET_CODE_LENGTH && [...code].every((character) => TICKET_ALPHABET.includes(character)) ? code : null;
}

/** The code as printed and read out: two groups of four, « 7KQ4-XM2P ». */
export const displayTicketCode = (code: string) => `${code.slice(0, 4)}-${code.slice(4)}`;
