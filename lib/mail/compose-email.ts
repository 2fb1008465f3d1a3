import "server-only";
import { createElement, type ReactElement } from "react";
import QRCode from "qrcode";
import { render, toPlainText } from "@react-email/render";
import { db } from "../db/client";
import { env } from "../env";
import { formatLongDate } from "../dates";
import { assignTicketCode } from "../checkin/assign-ticket-code";
import { displayTicketCode } from "../checkin/ticket-code";
import { manageTokenFor } from "../links/manage-token";
import { joinToken } from "../links/join-token";
import { confirmEmailToken } from "../links/confirm-email-token";
import { eventCalendar } from "./calendar";
import { deadlineLabel, emailEvent, emailProgramme, programmeInclude, type EventWithProgramme } from "./email-content";
import RegistrationConfirmed from "../../emails/registration-confirmed";
import Waitlisted from "../../emails/waitlisted";
import PlaceOffered from "../../emails/place-offered";
import OfferExpired from "../../emails/offer-expired";
import RegistrationCancelled from "../../emails/registration-cancelled";
import ManageLink from "../../emails/manage-link";
import JoinLink from "../../emails/join-link";
import ConfirmEmail from "../../emails/confirm-email";
import EventReminder from "../../emails/event-reminder";
import OrganiserMessage from "../../emails/organiser-message";
import ProgrammeChanged from "../../emails/programme-changed";
import { signInLinkEmail } from "../auth/sign-in-link-email";

const QR_CID = "billet-qr@rencontres-ess";

const STATUS_LABELS = {
  CONFIRMED: "inscription confirmée",
  WAITLISTED: "sur liste d'attente",
  OFFERED: "place proposée, en attente de votre réponse",
  CANCELLED: "annulée",
} as const;

export interface ComposedEmail {
  to: string;
  subject: string;
  html: string;
  text: string;
  replyTo?: string;
  attachments: { filename: string; content: Buffer; cid?: string; contentType: string }[];
  icalEvent?: { filename: string; method: "PUBLISH" | "CANCEL"; content: string };
}

const emailRow = (id: string) =>
  db.outboxEmail.findUniqueOrThrow({
    where: { id },
    include: { attendee: true, user: true, registration: { include: { event: { include: programmeInclude }, waitlistEntry: true } } },
  });

type EmailRow = Awaited<ReturnType<typeof emailRow>>;

const shortDate = (event: EventWithProgramme) => formatLongDate(event.startsAt, { weekday: false });

function jsonData(row: EmailRow): Record<string, unknown> {
  return typeof row.data === "object" && row.data !== null && !Array.isArray(row.data) ? row.data : {};
}

/**
 * The QR code holds the bare 8-character ticket code, as printed under it: unguessable (31⁸ codes,
 * drawn at random), and only a signed-in organiser's door looks codes up, with a limit on unknown
 * ones (lib/checkin/limit-unknown-codes.ts); a signature would add nothing but a longer code.
 */
async function ticket(code: string) {
  const png = await QRCode.toBuffer(code, { type: "png", width: 240, margin: 2, errorCorrectionLevel: "M" });
  return { code: displayTicketCode(code), attachment: { filename: "billet-qr.png", content: png, cid: QR_CID, contentType: "image/png" } };
}

function calendar(event: EventWithProgramme, cancelled = false): ComposedEmail["icalEvent"] {
  const content = eventCalendar(event, { url: `${env.APP_URL}/evenements/${event.slug}`, cancelled });
  return { filename: `${event.slug}.ics`, method: cancelled ? "CANCEL" : "PUBLISH", content };
}

/** The message for one email of the outbox, rendered from the database as it is now. */
export async function composeEmail(id: string): Promise<ComposedEmail> {
  const row = await emailRow(id);
  if (row.kind === "SIGN_IN_LINK") {
    const to = row.user?.email ?? row.to;
    if (!to) throw new Error(`Outbox email ${id} (${row.kind}) has no recipient`);
    const { subject, element } = signInLinkEmail({ data: jsonData(row), role: row.user?.role ?? "ORGANISER", email: to });
    return { to, subject, ...(await renderBoth(element)), replyTo: env.MAIL_REPLY_TO, attachments: [] };
  }
  const attendee = row.attendee;
  if (!attendee) throw new Error(`Outbox email ${id} (${row.kind}) has no attendee`);
  const manageUrl = `${env.APP_URL}/inscription/gerer/${manageTokenFor(attendee.id, attendee.manageTokenVersion)}`;
  // Until the address is proven, whoever typed it may not be its owner: nothing they typed goes into an email.
  const verified = attendee.emailVerifiedAt !== null;
  const firstName = verified ? attendee.firstName : null;
  const base = { to: attendee.email, attachments: [] as ComposedEmail["attachments"] };

  if (row.kind === "JOIN_LINK") {
    const data = jsonData(row);
    const slugs = Array.isArray(data.events) ? data.events.filter((slug): slug is string => typeof slug === "string") : [];
    const expiresAt = typeof data.expiresAt === "string" ? new Date(data.expiresAt) : new Date(row.createdAt.getTime() + env.JOIN_LINK_HOURS * 3600_000);
    const events = await db.event.findMany({ where: { slug: { in: slugs } }, orderBy: { startsAt: "asc" } });
    const token = joinToken(
      { attendeeId: attendee.id, manageTokenVersion: attendee.manageTokenVersion, events: slugs, lunch: data.lunch === true, door: data.door === true },
      expiresAt,
    );
    const element = createElement(JoinLink, {
      days: events.map((event) => `${event.title} (${formatLongDate(event.startsAt)})`),
      expiresLabel: deadlineLabel(expiresAt),
      joinUrl: `${env.APP_URL}/inscription/ajouter/${token}`,
    });
    return { ...base, subject: "Confirmez votre demande d'inscription", ...(await renderBoth(element)), replyTo: env.MAIL_REPLY_TO };
  }

  if (row.kind === "CONFIRM_EMAIL") {
    const held = await db.registration.findMany({
      where: { attendeeId: attendee.id, status: "CONFIRMED", holdExpiresAt: { not: null } },
      include: { event: true },
      orderBy: { event: { startsAt: "asc" } },
    });
    // The first held seat's deadline; none left held (all confirmed already): the link only shows them.
    const expiresAt = held.length > 0 ? new Date(Math.min(...held.map((registration) => registration.holdExpiresAt!.getTime()))) : new Date(Date.now() + 24 * 3600_000);
    const element = createElement(ConfirmEmail, {
      days: held.map((registration) => `${registration.event.title} (${formatLongDate(registration.event.startsAt)})`),
      expiresLabel: deadlineLabel(expiresAt),
      confirmUrl: `${env.APP_URL}/inscription/confirmer-adresse/${confirmEmailToken(attendee.id, attendee.manageTokenVersion, expiresAt)}`,
    });
    return { ...base, subject: "Confirmez votre adresse pour garder votre place", ...(await renderBoth(element)), replyTo: env.MAIL_REPLY_TO };
  }

  if (row.kind === "MANAGE_LINK") {
    const registrations = await db.registration.findMany({
      where: { attendeeId: attendee.id },
      include: { event: true },
      orderBy: { event: { startsAt: "asc" } },
    });
    const element = createElement(ManageLink, {
      firstName,
      manageUrl,
      reason: jsonData(row).reason === "RENEWED" ? "RENEWED" : "REQUESTED",
      registrations: registrations.map((registration) => ({ title: registration.event.title, statusLabel: STATUS_LABELS[registration.status] })),
    });
    return { ...base, subject: "Votre lien pour gérer votre inscription", ...(await renderBoth(element)), replyTo: env.MAIL_REPLY_TO };
  }

  const registration = row.registration;
  if (!registration) throw new Error(`Outbox email ${id} (${row.kind}) has no registration`);
  const event = registration.event;
  const shown = emailEvent(event);
  const replyTo = event.replyTo ?? env.MAIL_REPLY_TO;
  const choices = {
    lunch: event.kind === "NATIONAL" ? registration.lunch : null,
    dietaryNeeds: verified ? attendee.dietaryNeeds : null,
    accessibilityNeeds: verified ? attendee.accessibilityNeeds : null,
  };
  const data = jsonData(row);

  switch (row.kind) {
    case "REGISTRATION_CONFIRMED":
    case "PLACE_CONFIRMED":
    case "EVENT_REMINDER": {
      const { code, attachment } = await ticket(registration.ticketCode ?? (await assignTicketCode(registration.id)));
      const common = { firstName, event: shown, programme: emailProgramme(event), choices, manageUrl, qrCodeSrc: `cid:${QR_CID}`, ticketCode: code };
      const reminder = row.kind === "EVENT_REMINDER";
      const element = reminder
        ? createElement(EventReminder, common)
        : createElement(RegistrationConfirmed, { ...common, fromWaitlist: row.kind === "PLACE_CONFIRMED" });
      const subject = reminder
        ? `Rappel : ${event.title}, le ${shortDate(event)}`
        : `${row.kind === "PLACE_CONFIRMED" ? "Place confirmée" : "Inscription confirmée"} : ${event.title} (${shortDate(event)})`;
      return { ...base, subject, ...(await renderBoth(element)), replyTo, attachments: [attachment], icalEvent: calendar(event) };
    }
    case "WAITLISTED": {
      const element = createElement(Waitlisted, {
        firstName,
        event: shown,
        position: typeof data.position === "number" ? data.position : 1,
        autoConfirm: event.waitlistMode === "AUTO_CONFIRM",
        offerHours: event.offerHours,
        manageUrl,
      });
      return { ...base, subject: `Liste d'attente : ${event.title}`, ...(await renderBoth(element)), replyTo };
    }
    case "PLACE_OFFERED": {
      const expiresAt = registration.waitlistEntry?.offerExpiresAt ?? new Date();
      const element = createElement(PlaceOffered, { firstName, event: shown, deadlineLabel: deadlineLabel(expiresAt), answerUrl: `${manageUrl}#offre-${event.slug}`, manageUrl });
      return { ...base, subject: `Une place vous est proposée : ${event.title}`, ...(await renderBoth(element)), replyTo };
    }
    case "OFFER_EXPIRED": {
      const element = createElement(OfferExpired, { firstName, event: shown, manageUrl });
      return { ...base, subject: `Proposition de place expirée : ${event.title}`, ...(await renderBoth(element)), replyTo };
    }
    case "REGISTRATION_CANCELLED": {
      const reason = data.reason === "OFFER_DECLINED" || data.reason === "ORGANISER" || data.reason === "EMAIL_NOT_CONFIRMED" ? data.reason : "ATTENDEE";
      const element = createElement(RegistrationCancelled, { firstName, event: shown, reason, registerUrl: `${env.APP_URL}/inscription?evenement=${event.slug}` });
      return { ...base, subject: `Inscription annulée : ${event.title}`, ...(await renderBoth(element)), replyTo, icalEvent: calendar(event, true) };
    }
    case "ORGANISER_MESSAGE": {
      const message = typeof data.messageId === "string" ? await db.message.findUnique({ where: { id: data.messageId } }) : null;
      if (!message) throw new Error(`Outbox email ${id}: its message is gone`);
      const element = createElement(OrganiserMessage, { firstName, event: shown, subject: message.subject, body: message.body, manageUrl });
      return { ...base, subject: `${message.subject} — ${event.title}`, ...(await renderBoth(element)), replyTo };
    }
    case "PROGRAMME_CHANGED": {
      const changes = Array.isArray(data.changes) ? data.changes.filter((change): change is string => typeof change === "string") : [];
      const element = createElement(ProgrammeChanged, { firstName, event: shown, changes, programme: emailProgramme(event), manageUrl });
      return { ...base, subject: `Programme modifié : ${event.title}`, ...(await renderBoth(element)), replyTo, icalEvent: calendar(event) };
    }
  }
}

/** One React render; the plain text is derived from its HTML (rendering twice costs twice). */
async function renderBoth(element: ReactElement): Promise<{ html: string; text: string }> {
  const html = await render(element);
  return { html, text: toPlainText(html) };
}
