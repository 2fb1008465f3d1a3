import { Text } from "@react-email/text";
import { ButtonLink } from "./components/button-link";
import { EmailLayout } from "./components/email-layout";
import { Greeting } from "./components/greeting";
import { mutedParagraph, paragraph } from "./components/styles";
import { PREVIEW_FIRST_NAME, PREVIEW_MANAGE_URL, PREVIEW_NATIONAL_DAY } from "./preview-data";
import type { EmailEvent } from "./types";

export interface QuestionnaireProps {
  /** Null while the address is unverified: nothing the submitter typed goes into the email. */
  firstName: string | null;
  event: EmailEvent;
  /** « lundi 14 juin 2027 à 18 h » */
  closesLabel: string;
  answerUrl: string;
  manageUrl: string;
  /** The one reminder, before the closing date, to someone who has not answered. */
  reminder: boolean;
}

/** After the day, to those who came: the personal link to the day's short questionnaire. */
export default function Questionnaire({ firstName, event, closesLabel, answerUrl, manageUrl, reminder }: QuestionnaireProps) {
  return (
    <EmailLayout
      heading={reminder ? "Rappel : votre avis sur la journée" : "Votre avis sur la journée"}
      preview={`${event.title} : quelques questions, jusqu'au ${closesLabel}`}
      manageUrl={manageUrl}
    >
      <Greeting firstName={firstName} />
      <Text style={paragraph}>
        {reminder
          ? `Vous n'avez pas encore répondu au questionnaire de la journée « ${event.title} ». Il reste ouvert jusqu'au ${closesLabel}.`
          : `Merci d'avoir participé à la journée « ${event.title} ». Les organisateurs aimeraient savoir ce que vous en avez pensé : quelques questions, jusqu'au ${closesLabel}.`}
      </Text>
      <ButtonLink href={answerUrl}>Répondre au questionnaire</ButtonLink>
      <Text style={mutedParagraph}>
        Vos réponses sont anonymes : elles ne sont liées ni à votre nom ni à votre adresse. Ce lien est personnel : il vous permet de modifier vos
        réponses jusqu&apos;à la clôture.
      </Text>
    </EmailLayout>
  );
}

Questionnaire.PreviewProps = {
  firstName: PREVIEW_FIRST_NAME,
  event: PREVIEW_NATIONAL_DAY,
  closesLabel: "lundi 12 juillet 2027 à 23 h 59",
  answerUrl: "https://rencontres-ess.example/questionnaire/exemple-de-lien-personnel",
  manageUrl: PREVIEW_MANAGE_URL,
  reminder: false,
} satisfies QuestionnaireProps;
