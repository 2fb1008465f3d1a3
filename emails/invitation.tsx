import { Text } from "@react-email/text";
import { ButtonLink } from "./components/button-link";
import { EmailLayout } from "./components/email-layout";
import { EventDetails } from "./components/event-details";
import { link, mutedParagraph, paragraph } from "./components/styles";
import { PREVIEW_FIRST_NAME, PREVIEW_NATIONAL_DAY, PREVIEW_REGISTER_URL } from "./preview-data";
import type { EmailEvent } from "./types";

export interface InvitationProps {
  /** The first name the organisers typed. */
  firstName: string;
  event: EmailEvent;
  /** « intervenant·e », « presse »… */
  roleLabel: string;
  /** The organisers' own words, or null; blank lines separate paragraphs. */
  message: string | null;
  /** « mardi 3 février 2027 à 14 h 30 » */
  expiresLabel: string;
  acceptUrl: string;
  declineUrl: string;
  /** The reminder sent before the expiry to someone who has not answered. */
  reminder: boolean;
}

/**
 * The organisers invite a person to a day: a place is kept for them. The personal link opens the
 * registration form (or, for an address already registered, adds the day); another declines.
 */
export default function Invitation({ firstName, event, roleLabel, message, expiresLabel, acceptUrl, declineUrl, reminder }: InvitationProps) {
  return (
    <EmailLayout
      heading={reminder ? `Rappel : votre invitation à la ${event.title.toLowerCase()}` : `Invitation : ${event.title}`}
      preview={`Une place vous est réservée (${roleLabel.toLowerCase()}) jusqu'au ${expiresLabel}`}
    >
      <Text style={paragraph}>{`Bonjour ${firstName},`}</Text>
      <Text style={paragraph}>
        {reminder
          ? `Les organisateurs des Rencontres ESS vous ont invité·e à cette journée et n'ont pas encore reçu votre réponse. Votre place (${roleLabel.toLowerCase()}) reste réservée jusqu'au ${expiresLabel}.`
          : `Les organisateurs des Rencontres ESS vous invitent à cette journée, en tant que ${roleLabel.toLowerCase()}. Une place vous est réservée jusqu'au ${expiresLabel}, même si les inscriptions du public sont complètes.`}
      </Text>
      {message
        ?.split(/\n\s*\n/)
        .filter((part) => part.trim() !== "")
        .map((part, index) => (
          <Text key={index} style={{ ...paragraph, whiteSpace: "pre-line", fontStyle: "italic" }}>
            {part.trim()}
          </Text>
        ))}
      <EventDetails event={event} />
      <ButtonLink href={acceptUrl}>Accepter l&apos;invitation</ButtonLink>
      <Text style={paragraph}>
        Vous ne pourrez pas venir ?{" "}
        <a href={declineUrl} style={link}>
          Déclinez l&apos;invitation
        </a>{" "}
        : la place sera proposée à quelqu&apos;un d&apos;autre.
      </Text>
      <Text style={mutedParagraph}>Ce lien est personnel : il vous inscrit avec cette adresse email.</Text>
    </EmailLayout>
  );
}

Invitation.PreviewProps = {
  firstName: PREVIEW_FIRST_NAME,
  event: PREVIEW_NATIONAL_DAY,
  roleLabel: "Intervenant·e",
  message: "Nous serions heureux de vous compter parmi les intervenants de la table ronde de l'après-midi.",
  expiresLabel: "lundi 14 juin 2027 à 18 h",
  acceptUrl: `${PREVIEW_REGISTER_URL}/invitation/exemple-de-lien`,
  declineUrl: `${PREVIEW_REGISTER_URL}/invitation/exemple-de-lien/decliner`,
  reminder: false,
} satisfies InvitationProps;
