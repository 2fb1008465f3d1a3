import "server-only";
import { createElement } from "react";
import { z } from "zod";
import ConfirmEmail from "../../../emails/confirm-email";
import { env } from "../../env";
import { confirmEmailToken } from "../../links/confirm-email-token";
import { needAttendee, type EmailComposer } from "../composer";
import { dayLabel, deadlineLabel } from "../email-content";

interface ConfirmEmailView {
  days: string[];
  expiresLabel: string;
  confirmUrl: string;
}

/** Seats held until the address is confirmed: the link that confirms it, valid until the first deadline. */
export const confirmEmailComposer: EmailComposer<object, ConfirmEmailView> = {
  payload: z.object({}),
  async load(_, row, read) {
    const attendee = needAttendee(row);
    const held = await read.registration.findMany({
      where: { attendeeId: attendee.id, status: "CONFIRMED", holdExpiresAt: { not: null } },
      include: { event: true },
      orderBy: { event: { startsAt: "asc" } },
    });
    // The first held seat's deadline; none left held (all confirmed already): the link only shows them.
    const expiresAt = held.length > 0 ? new Date(Math.min(...held.map((registration) => registration.holdExpiresAt!.getTime()))) : new Date(Date.now() + 24 * 3600_000);
    return {
      days: held.map((registration) => dayLabel(registration.event)),
      expiresLabel: deadlineLabel(expiresAt),
      confirmUrl: `${env.APP_URL}/inscription/confirmer-adresse/${confirmEmailToken(attendee.id, attendee.manageTokenVersion, expiresAt)}`,
    };
  },
  compose: (view) => ({ subject: "Confirmez votre adresse pour garder votre place", element: createElement(ConfirmEmail, view) }),
  preview: ConfirmEmail.PreviewProps,
};
