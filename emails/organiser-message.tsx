import { Text } from "@react-email/text";
import { EmailLayout } from "./components/email-layout";
import { EventDetails } from "./components/event-details";
import { Greeting } from "./components/greeting";
import { paragraph } from "./components/styles";
import { PREVIEW_FIRST_NAME, PREVIEW_MANAGE_URL, PREVIEW_NATIONAL_DAY } from "./preview-data";
import type { EmailEvent } from "./types";

export interface OrganiserMessageProps {
  /** Null while the address is unverified: nothing the submitter typed goes into the email. */
  firstName: string | null;
  event: EmailEvent;
  subject: string;
  /** The organisers' text; blank lines separate paragraphs. */
  body: string;
  manageUrl: string;
}

export default function OrganiserMessage({ firstName, event, subject, body, manageUrl }: OrganiserMessageProps) {
  return (
    <EmailLayout heading={subject} preview={`${event.title} : ${subject}`} manageUrl={manageUrl}>
      <Greeting firstName={firstName} />
      {body
        .split(/\n\s*\n/)
        .filter((part) => part.trim() !== "")
        .map((part, index) => (
          <Text key={index} style={{ ...paragraph, whiteSpace: "pre-line" }}>
            {part.trim()}
          </Text>
        ))}
      <EventDetails event={event} />
    </EmailLayout>
  );
}

OrganiserMessage.PreviewProps = {
  firstName: PREVIEW_FIRST_NAME,
  event: PREVIEW_NATIONAL_DAY,
  subject: "Informations pratiques pour la journée nationale",
  body: "L'accueil ouvre à 9 h, entrée par le 126 rue de l'Université.\n\nMunissez-vous d'une pièce d'identité : elle est contrôlée à l'entrée de l'Assemblée nationale.",
  manageUrl: PREVIEW_MANAGE_URL,
} satisfies OrganiserMessageProps;
