import type { EmailKind, OutboxStatus } from "../db/models";

/** How the back office names each email and its delivery status. */
export const EMAIL_KIND_LABELS: Record<EmailKind, string> = {
  REGISTRATION_CONFIRMED: "Inscription confirmée",
  WAITLISTED: "Liste d'attente",
  PLACE_OFFERED: "Place proposée",
  OFFER_EXPIRED: "Proposition expirée",
  PLACE_CONFIRMED: "Place confirmée",
  REGISTRATION_CANCELLED: "Inscription annulée",
  MANAGE_LINK: "Lien de gestion",
  EVENT_REMINDER: "Rappel",
  PROGRAMME_CHANGED: "Programme modifié",
  SIGN_IN_LINK: "Lien de connexion",
  ORGANISER_MESSAGE: "Message de l'organisation",
  JOIN_LINK: "Lien pour ajouter des journées",
  CONFIRM_EMAIL: "Confirmation d'adresse",
  ATTENDANCE_CERTIFICATE: "Attestation de présence",
  INVITATION: "Invitation",
  INVITATION_REMINDER: "Rappel d'invitation",
  QUESTIONNAIRE: "Questionnaire après la journée",
  QUESTIONNAIRE_REMINDER: "Rappel du questionnaire",
};

export const OUTBOX_STATUS_LABELS: Record<OutboxStatus, string> = {
  PENDING: "en attente d'envoi",
  SENT: "envoyé",
  CAPTURED: "gardé dans la boîte locale (pas de SMTP)",
  FAILED: "échec",
};
