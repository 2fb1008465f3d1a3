import { Text } from "@react-email/text";
import { EmailLayout } from "./components/email-layout";
import { EventDetails } from "./components/event-details";
import { Greeting } from "./components/greeting";
import { mutedParagraph, paragraph } from "./components/styles";
import { PREVIEW_FIRST_NAME, PREVIEW_MANAGE_URL, PREVIEW_NATIONAL_DAY } from "./preview-data";
import type { EmailEvent } from "./types";

export interface AttendanceCertificateProps {
  /** Null while the address is unverified: nothing the submitter typed goes into the email. */
  firstName: string | null;
  event: EmailEvent;
  /** « de 9 h 30 à 17 h, soit 6 h 30 » */
  hours: string;
  manageUrl: string;
}

export default function AttendanceCertificate({ firstName, event, hours, manageUrl }: AttendanceCertificateProps) {
  return (
    <EmailLayout heading="Votre attestation de présence" preview={`${event.title} : votre attestation de présence`} manageUrl={manageUrl}>
      <Greeting firstName={firstName} />
      <Text style={paragraph}>
        Merci d&apos;avoir participé à cette journée. Vous trouverez en pièce jointe votre attestation de présence (PDF),
        établie d&apos;après votre arrivée enregistrée à l&apos;accueil&nbsp;: {hours}.
      </Text>
      <Text style={paragraph}>
        Les élu·es peuvent la présenter au titre de leur droit à la formation. Elle reste téléchargeable depuis votre
        page d&apos;inscription.
      </Text>
      <EventDetails event={event} />
      <Text style={mutedParagraph}>Une erreur sur l&apos;attestation&nbsp;? Répondez à ce message&nbsp;: l&apos;organisation la corrigera.</Text>
    </EmailLayout>
  );
}

AttendanceCertificate.PreviewProps = {
  firstName: PREVIEW_FIRST_NAME,
  event: PREVIEW_NATIONAL_DAY,
  hours: "de 9 h 30 à 17 h, soit 6 h (pause déjeuner déduite)",
  manageUrl: PREVIEW_MANAGE_URL,
} satisfies AttendanceCertificateProps;
