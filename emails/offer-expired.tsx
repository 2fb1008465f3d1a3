import { Text } from "@react-email/text";
import { ButtonLink } from "./components/button-link";
import { EmailLayout } from "./components/email-layout";
import { EventDetails } from "./components/event-details";
import { quoted } from "./components/format";
import { Greeting } from "./components/greeting";
import { paragraph } from "./components/styles";
import { PREVIEW_FIRST_NAME, PREVIEW_MANAGE_URL, PREVIEW_REGIONAL_DAY } from "./preview-data";
import type { EmailEvent } from "./types";

export interface OfferExpiredProps {
  /** Null while the address is unverified: nothing the submitter typed goes into the email. */
  firstName: string | null;
  event: EmailEvent;
  manageUrl: string;
}

export default function OfferExpired({ firstName, event, manageUrl }: OfferExpiredProps) {
  return (
    <EmailLayout
      heading="Le délai de réponse est dépassé"
      preview={`${event.title}\u00a0: la place proposée est passée à la personne suivante`}
      manageUrl={manageUrl}
    >
      <Greeting firstName={firstName} />
      <Text style={paragraph}>
        {`La place qui vous était proposée pour ${quoted(event.title)} n'a pas été acceptée dans le délai prévu. Elle a été proposée à la personne suivante sur la liste d'attente, et votre inscription à cette journée est annulée.`}
      </Text>
      <Text style={paragraph}>
        Si vous souhaitez toujours participer, vous pouvez vous inscrire à nouveau depuis le site des Rencontres ESS.
        Si la journée est encore complète, votre demande rejoindra la fin de la liste d&apos;attente.
      </Text>
      <ButtonLink href={manageUrl}>Voir mes inscriptions</ButtonLink>
      <EventDetails event={event} />
    </EmailLayout>
  );
}

OfferExpired.PreviewProps = {
  firstName: PREVIEW_FIRST_NAME,
  event: PREVIEW_REGIONAL_DAY,
  manageUrl: PREVIEW_MANAGE_URL,
} satisfies OfferExpiredProps;
