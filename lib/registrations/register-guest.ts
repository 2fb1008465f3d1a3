import "server-only";
import { randomUUID } from "node:crypto";
import { selfActor } from "../audit/actor";
import type { Event, GuestRole } from "../db/models";
import type { Tx } from "../db/transaction";
import { AppError } from "../errors";
import { hashManageToken, manageTokenFor } from "../links/manage-token";
import { checkAnswers } from "../questions/answers";
import { questionOrder, toAskedQuestion } from "../questions/list-questions";
import type { AnswersInput } from "../questions/schema";
import { writeAnswers } from "../questions/write-answers";
import { checkHeld } from "./internal/check-held";
import { registerDays } from "./internal/register-one";
import { attendeeDetails, type RegistrationOutcome } from "./internal/registration-result";
import { seatAsGuest } from "./internal/seat-as-guest";
import type { GuestDetails } from "./schema";

export interface GuestRegistration {
  attendeeId: string;
  /** The manage link's token for a new person (shown once, as after the form); null for a known address. */
  manageToken: string | null;
  registration: RegistrationOutcome;
}

/**
 * An invited person registers, in the caller's transaction, by their invitation's link: it went to
 * the address, so using it proves it (like a join link). A known address is asked nothing and
 * nothing of theirs is changed or shown: the day is added (its questions are answered later, from
 * the manage page), or, already registered for it by the public form, their registration takes the
 * role and a reserved place (internal/seat-as-guest.ts). A new one is created from `details` and
 * `answers` (the day's questions, checked as on the public form). The place comes from the day's
 * reserved ones first, then the public's (internal/seats.ts); the waiting list otherwise.
 */
export async function registerGuest(
  tx: Tx,
  {
    email,
    details,
    answers = {},
    event,
    guestRole,
    now,
  }: { email: string; details: GuestDetails | null; answers?: AnswersInput; event: Event; guestRole: GuestRole; now: Date },
): Promise<GuestRegistration> {
  const known = await tx.attendee.findUnique({ where: { email }, select: { id: true, anonymisedAt: true, emailVerifiedAt: true } });
  if (known) {
    if (known.anonymisedAt) throw new AppError("LINK_EXPIRED");
    const actor = selfActor(known.id);
    const held = await tx.registration.findFirst({ where: { attendeeId: known.id, eventId: event.id, status: { not: "CANCELLED" } }, select: { id: true } });
    if (!held) await checkHeld(tx, known.id, [event]);
    const [registration] = held
      ? [await seatAsGuest(tx, held, event, guestRole, now, actor)]
      : await registerDays(tx, known.id, [event], details?.lunch ?? false, now, { known: true, actor, guestRole });
    if (!known.emailVerifiedAt) await tx.attendee.update({ where: { id: known.id }, data: { emailVerifiedAt: now } });
    return { attendeeId: known.id, manageToken: null, registration };
  }
  if (!details) throw new AppError("INVALID_INPUT");
  const questions = await tx.question.findMany({
    where: { eventId: event.id, purpose: "REGISTRATION", archivedAt: null },
    include: { choices: true },
    orderBy: questionOrder,
  });
  const checked = checkAnswers([{ slug: event.slug, questions: questions.map(toAskedQuestion) }], answers);
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
  await writeAnswers(tx, [{ registrationId: registration.registrationId, event }], checked);
  return { attendeeId, manageToken: manageTokenFor(attendeeId), registration };
}
