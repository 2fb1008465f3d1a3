import "server-only";
import type { EmailKind } from "../../db/models";
import type { EmailComposer } from "../composer";
import { attendanceCertificateComposer } from "./attendance-certificate";
import { confirmEmailComposer } from "./confirm-email";
import { eventReminderComposer } from "./event-reminder";
import { invitationComposer, invitationReminderComposer } from "./invitation";
import { joinLinkComposer } from "./join-link";
import { manageLinkComposer } from "./manage-link";
import { offerExpiredComposer } from "./offer-expired";
import { organiserMessageComposer } from "./organiser-message";
import { placeConfirmedComposer } from "./place-confirmed";
import { placeOfferedComposer } from "./place-offered";
import { programmeChangedComposer } from "./programme-changed";
import { questionnaireComposer, questionnaireReminderComposer } from "./questionnaire";
import { registrationCancelledComposer } from "./registration-cancelled";
import { registrationConfirmedComposer } from "./registration-confirmed";
import { signInLinkComposer } from "./sign-in-link";
import { waitlistedComposer } from "./waitlisted";

/** Every kind of email and its composer: a new kind is one composer added here (TypeScript insists). */
export const EMAIL_COMPOSERS: Record<EmailKind, EmailComposer> = {
  REGISTRATION_CONFIRMED: registrationConfirmedComposer,
  WAITLISTED: waitlistedComposer,
  PLACE_OFFERED: placeOfferedComposer,
  OFFER_EXPIRED: offerExpiredComposer,
  PLACE_CONFIRMED: placeConfirmedComposer,
  REGISTRATION_CANCELLED: registrationCancelledComposer,
  MANAGE_LINK: manageLinkComposer,
  EVENT_REMINDER: eventReminderComposer,
  PROGRAMME_CHANGED: programmeChangedComposer,
  SIGN_IN_LINK: signInLinkComposer,
  ORGANISER_MESSAGE: organiserMessageComposer,
  JOIN_LINK: joinLinkComposer,
  CONFIRM_EMAIL: confirmEmailComposer,
  ATTENDANCE_CERTIFICATE: attendanceCertificateComposer,
  INVITATION: invitationComposer,
  INVITATION_REMINDER: invitationReminderComposer,
  QUESTIONNAIRE: questionnaireComposer,
  QUESTIONNAIRE_REMINDER: questionnaireReminderComposer,
};
