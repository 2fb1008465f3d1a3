import type { RegistrationStatus } from "../db/models";

/** A person as the door sees them: enough to recognise them, and whether they may come in. */
export interface DoorPerson {
  registrationId: string;
  firstName: string;
  lastName: string;
  organisation: string;
  status: RegistrationStatus;
  /** For the phone to recognise a typed or scanned code while offline. */
  ticketCode: string | null;
  /** When they came in, or null. */
  checkedInAt: string | null;
  checkedInBy: string | null;
  /** The tap that checked them in: what an undo names. */
  checkInOperationId: string | null;
}

export const doorPersonSelect = {
  id: true,
  status: true,
  ticketCode: true,
  attendee: { select: { firstName: true, lastName: true, organisation: true } },
  checkIn: { select: { checkedInAt: true, byLabel: true, operationId: true } },
} as const;

export function doorPerson(row: {
  id: string;
  status: RegistrationStatus;
  ticketCode: string | null;
  attendee: { firstName: string; lastName: string; organisation: string };
  checkIn: { checkedInAt: Date; byLabel: string; operationId: string } | null;
}): DoorPerson {
  return {
    registrationId: row.id,
    ...row.attendee,
    status: row.status,
    ticketCode: row.ticketCode,
    checkedInAt: row.checkIn?.checkedInAt.toISOString() ?? null,
    checkedInBy: row.checkIn?.byLabel ?? null,
    checkInOperationId: row.checkIn?.operationId ?? null,
  };
}
