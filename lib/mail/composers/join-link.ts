import "server-only";
import { createElement } from "react";
import { z } from "zod";
import JoinLink from "../../../emails/join-link";
import { env } from "../../env";
import { joinToken } from "../../links/join-token";
import { needAttendee, type EmailComposer } from "../composer";
import { dayLabel, deadlineLabel } from "../email-content";

const payloadSchema = z.object({
  events: z.array(z.string()).default([]),
  lunch: z.boolean().nullish(),
  door: z.boolean().optional(),
  /** Absent from rows written before it was stored: JOIN_LINK_HOURS after the row. */
  expiresAt: z.iso.datetime().optional(),
});

interface JoinLinkView {
  days: string[];
  expiresLabel: string;
  joinUrl: string;
}

/** Someone asked, with an address already known, to add days: the signed link that adds them, to that address only. */
export const joinLinkComposer: EmailComposer<z.infer<typeof payloadSchema>, JoinLinkView> = {
  payload: payloadSchema,
  async load(data, row, read) {
    const attendee = needAttendee(row);
    const expiresAt = data.expiresAt ? new Date(data.expiresAt) : new Date(row.createdAt.getTime() + env.JOIN_LINK_HOURS * 3600_000);
    const events = await read.event.findMany({ where: { slug: { in: data.events } }, orderBy: { startsAt: "asc" } });
    const token = joinToken(
      { attendeeId: attendee.id, manageTokenVersion: attendee.manageTokenVersion, events: data.events, lunch: data.lunch === true, door: data.door === true },
      expiresAt,
    );
    return { days: events.map(dayLabel), expiresLabel: deadlineLabel(expiresAt), joinUrl: `${env.APP_URL}/inscription/ajouter/${token}` };
  },
  compose: (view) => ({ subject: "Confirmez votre demande d'inscription", element: createElement(JoinLink, view) }),
  preview: JoinLink.PreviewProps,
};
