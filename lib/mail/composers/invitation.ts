import "server-only";
import { createElement } from "react";
import { z } from "zod";
import Invitation, { type InvitationProps } from "../../../emails/invitation";
import { env } from "../../env";
import { invitationTokenFor } from "../../links/invitation-token";
import { GUEST_ROLE_LABELS } from "../../registrations/guest-roles";
import type { EmailComposer, EmailReader } from "../composer";
import { deadlineLabel, emailEvent, programmeInclude } from "../email-content";

const payloadSchema = z.object({ invitationId: z.string() });

type InvitationView = InvitationProps & { replyTo: string | null };

async function load({ invitationId }: z.infer<typeof payloadSchema>, read: EmailReader, reminder: boolean): Promise<InvitationView> {
  const invitation = await read.invitation.findUnique({ where: { id: invitationId } });
  if (!invitation) throw new Error("its invitation is gone");
  const event = await read.event.findUnique({ where: { id: invitation.eventId }, include: programmeInclude });
  if (!event) throw new Error("its event is gone");
  const url = `${env.APP_URL}/inscription/invitation/${invitationTokenFor(invitation.id)}`;
  return {
    firstName: invitation.firstName,
    event: emailEvent(event),
    roleLabel: GUEST_ROLE_LABELS[invitation.role],
    message: invitation.message,
    expiresLabel: deadlineLabel(invitation.expiresAt),
    acceptUrl: url,
    declineUrl: `${url}/decliner`,
    reminder,
    replyTo: event.replyTo,
  };
}

const compose = ({ replyTo, ...view }: InvitationView) => ({
  subject: view.reminder ? `Rappel : votre invitation, ${view.event.title}` : `Invitation : ${view.event.title}`,
  element: createElement(Invitation, view),
  ...(replyTo ? { replyTo } : {}),
});

/** An invitation to a day, to the address the organisers gave, with its personal links (accept, decline). */
export const invitationComposer: EmailComposer<z.infer<typeof payloadSchema>, InvitationView> = {
  payload: payloadSchema,
  load: (payload, _row, read) => load(payload, read, false),
  compose,
  preview: { ...Invitation.PreviewProps, replyTo: null },
};

/** The same, before the expiry, to someone who has not answered. */
export const invitationReminderComposer: EmailComposer<z.infer<typeof payloadSchema>, InvitationView> = {
  payload: payloadSchema,
  load: (payload, _row, read) => load(payload, read, true),
  compose,
  preview: { ...Invitation.PreviewProps, reminder: true, replyTo: null },
};
