import "server-only";
import { db } from "../db/client";
import { newTicketCode } from "./new-ticket-code";

/**
 * The registration's ticket code, given one now if it has none (rows written before codes existed,
 * or by a script): registrations made through the app get theirs when they are created.
 */
export async function assignTicketCode(registrationId: string): Promise<string> {
  await db.registration.updateMany({ where: { id: registrationId, ticketCode: null }, data: { ticketCode: newTicketCode() } });
  const { ticketCode } = await db.registration.findUniqueOrThrow({ where: { id: registrationId }, select: { ticketCode: true } });
  return ticketCode!;
}
