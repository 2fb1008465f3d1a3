import { Text } from "@react-email/text";
import { ButtonLink } from "./components/button-link";
import { EmailLayout } from "./components/email-layout";
import { EventDetails } from "./components/event-details";
import { quoted } from "./components/format";
import { Greeting } from "./components/greeting";
import { paragraph, strongParagraph } from "./components/styles";
import { PREVIEW_FIRST_NAME, PREVIEW_MANAGE_URL, PREVIEW_NATIONAL_DAY } from "./preview-data";
import type { EmailEvent } from "./types";

export interface PlaceOfferedProps {
  /** Null while the address is unverified: nothing the submitter typed goes into the email. */
  firstName: string | null;
  event: EmailEvent;
  /** "lundi 28 juin 2027 à 14 h" */
  deadlineLabel: string;
  /** The page where the attendee accepts or declines: a link never does either by itself, since mail scanners open links. */
  answerUrl: string;
  manageUrl: string;
}

export default function PlaceOffered({ firstName, event, deadlineLabel, answerUrl, manageUrl }: PlaceOfferedProps) {
  return (
    <EmailLayout
      heading="Une place vous est proposée"
      preview={`${event.title}\u00a0: répondez avant le ${deadlineLabel}`}
      manageUrl={manageUrl}
    >
      <Greeting firstName={firstName} />
      <Text style={paragraph}>
        {`Une place s'est libérée pour ${quoted(event.title)} et vous êtes en tête de la liste d'attente.`}
      </Text>
      <Text style={strongParagraph}>{`Pour l'obtenir, répondez avant le ${deadlineLabel}.`}</Text>
      <ButtonLink href={answerUrl}>Accepter ou refuser la place</ButtonLink>
      <Text style={paragraph}>
        Sur la page qui s&apos;ouvre, choisissez « Accepter la place » ou « Refuser la place ». Si vous la refusez,
        elle sera aussitôt proposée à la personne suivante.
      </Text>
      <Text style={paragraph}>
        Sans réponse de votre part avant cette échéance, la place sera proposée à la personne suivante sur la liste
        d&apos;attente et votre inscription à cette journée sera annulée.
      </Text>
      <EventDetails event={event} />
    </EmailLayout>
  );
}

PlaceOffered.PreviewProps = {
  firstName: PREVIEW_FIRST_NAME,
  event: PREVIEW_NATIONAL_DAY,
  deadlineLabel: "lundi 28 juin 2027 à 14 h",
  answerUrl: `${PREVIEW_MANAGE_URL}#proposition`,
  manageUrl: PREVIEW_MANAGE_URL,
} satisfies PlaceOfferedProps;
