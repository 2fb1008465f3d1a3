import type { ComponentProps } from "react";
import ConfirmEmail from "./confirm-email";
import EventReminder from "./event-reminder";
import JoinLink from "./join-link";
import ManageLink from "./manage-link";
import OfferExpired from "./offer-expired";
import PlaceOffered from "./place-offered";
import ProgrammeChanged from "./programme-changed";
import RegistrationCancelled from "./registration-cancelled";
import RegistrationConfirmed from "./registration-confirmed";
import OrganiserMessage from "./organiser-message";
import SignInLink from "./sign-in-link";
import Waitlisted from "./waitlisted";

export type { EmailChoices, EmailEvent, EmailProgrammeItem } from "./types";

/** Every email template, by its file name: the preview script and the sender look them up here. */
export const EMAIL_TEMPLATES = {
  "registration-confirmed": RegistrationConfirmed,
  waitlisted: Waitlisted,
  "place-offered": PlaceOffered,
  "offer-expired": OfferExpired,
  "registration-cancelled": RegistrationCancelled,
  "manage-link": ManageLink,
  "event-reminder": EventReminder,
  "programme-changed": ProgrammeChanged,
  "sign-in-link": SignInLink,
  "organiser-message": OrganiserMessage,
  "join-link": JoinLink,
  "confirm-email": ConfirmEmail,
} as const;

export type EmailTemplateName = keyof typeof EMAIL_TEMPLATES;

export type EmailTemplateProps<Name extends EmailTemplateName> = ComponentProps<(typeof EMAIL_TEMPLATES)[Name]>;
