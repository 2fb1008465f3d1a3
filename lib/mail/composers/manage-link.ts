import "server-only";
import { createElement } from "react";
import { z } from "zod";
import ManageLink from "../../../emails/manage-link";
import type { RegistrationStatus } from "../../db/models";
import { needAttendee, type EmailComposer } from "../composer";
import { attendeeView, type AttendeeView } from "../email-content";
import { PREVIEW_ATTENDEE } from "./preview-views";

const STATUS_LABELS: Record<RegistrationStatus, string> = {
  CONFIRMED: "inscription confirmée",
  WAITLISTED: "sur liste d'attente",
  OFFERED: "place proposée, en attente de votre réponse",
  CANCELLED: "annulée",
};

const reasonSchema = z.enum(["REQUESTED", "RENEWED"]);

interface ManageLinkView {
  attendee: AttendeeView;
  reason: z.infer<typeof reasonSchema>;
  registrations: { title: string; statusLabel: string }[];
}

/** The manage link, asked for on « lien perdu » (REQUESTED) or renewed from the manage page (RENEWED). */
export const manageLinkComposer: EmailComposer<{ reason: ManageLinkView["reason"] }, ManageLinkView> = {
  payload: z.object({ reason: reasonSchema.catch("REQUESTED") }),
  async load({ reason }, row, read) {
    const attendee = needAttendee(row);
    const registrations = await read.registration.findMany({ where: { attendeeId: attendee.id }, include: { event: true }, orderBy: { event: { startsAt: "asc" } } });
    return {
      attendee: attendeeView(attendee),
      reason,
      registrations: registrations.map((registration) => ({ title: registration.event.title, statusLabel: STATUS_LABELS[registration.status] })),
    };
  },
  compose: ({ attendee, reason, registrations }) => ({
    subject: "Votre lien pour gérer votre inscription",
    element: createElement(ManageLink, { firstName: attendee.firstName, manageUrl: attendee.manageUrl, reason, registrations }),
  }),
  preview: { attendee: PREVIEW_ATTENDEE, reason: ManageLink.PreviewProps.reason, registrations: ManageLink.PreviewProps.registrations },
};
