import "server-only";
import { randomUUID } from "node:crypto";
import { selfActor } from "../audit/actor";
import type { Event, GuestRole } from "../db/models";
import type { Tx } from "../db/transaction";
import { AppError } from "../errors";
import { hashManageToken, manageTokenFor } from "../links/manage-token";
import { checkHeld } from "./internal/check-held";
import { registerDays } from "./internal/register-one";
import { attendeeDetails, type RegistrationOutcome } from "./internal/registration-result";
import type { GuestDetails } from "./schema";

export interface GuestRegistration {
  attendeeId: string;
  /** The manage link's token for a new person (shown once, as after the form); null for a known address. */
  manageToken: string | null;
  registration: RegistrationOutcome;
}

/**
 * An invited person registers, in the caller's transaction, by their invitation's link: it went to
 * the address, so using it proves it (like a join link). A known address gets the day added and
 * nothing of theirs is changed or shown; a new one is created from `details`. The place comes from
 * the day's reserved ones first, then the public's (internal/seats.ts); the waiting list otherwise.
 */
export async function registerGuest(
  tx: Tx,
  { email, details, event, guestRole, now }: { email: string; details: GuestDetails | null; event: Event; guestRole: GuestRole; now: Date },
): Promise<GuestRegistration> {
  const known = await tx.attendee.findUnique({ where: { email }, select: { id: true, anonymisedAt: true, emailVerifiedAt: true } });
  if (known) {
    if (known.anonymisedAt) throw new AppError("LINK_EXPIRED");
    await checkHeld(tx, known.id, [event]);
    const [registration] = await registerDays(tx, known.id, [event], details?.lunch ?? false, now, { known: true, actor: selfActor(known.id), guestRole });
    if (!known.emailVerifiedAt) await tx.attendee.update({ where: { id: known.id }, data: { emailVerifiedAt: now } });
    return { attendeeId: known.id, manageToken: null, registration };
  }
  if (!details) throw new AppError("INVALID_INPUT");
  const attendeeId = randomUUID();
  await tx.attendee.create({
    data: {
      id: attendeeId,
      ...attendeeDetails({ ...details, email, events: [event.slug] }),
      consentedAt: now,
      emailVerifiedAt: now,
      manageTokenHash: hashManageToken(manageTokenFor(attendeeId)),
    },
    select: { id: true },
  });
  const [registration] = await registerDays(tx, attendeeId, [event], details.lunch, now, { known: false, actor: selfActor(attendeeId), guestRole });
  return { attendeeId, manageToken: manageTokenFor(attendeeId), registration };
}
