import { Heading } from "@react-email/heading";
import { Text } from "@react-email/text";
import { ButtonLink } from "./components/button-link";
import { EmailLayout } from "./components/email-layout";
import { EventDetails } from "./components/event-details";
import { hoursLabel, quoted } from "./components/format";
import { Greeting } from "./components/greeting";
import { paragraph, sectionHeading, strongParagraph } from "./components/styles";
import { PREVIEW_FIRST_NAME, PREVIEW_MANAGE_URL, PREVIEW_NATIONAL_DAY } from "./preview-data";
import type { EmailEvent } from "./types";

export interface WaitlistedProps {
  /** Null while the address is unverified: nothing the submitter typed goes into the email. */
  firstName: string | null;
  event: EmailEvent;
  position: number;
  /** Whether a freed place is given straight away, rather than offered for `offerHours`. */
  autoConfirm: boolean;
  offerHours: number;
  manageUrl: string;
}

export default function Waitlisted({ firstName, event, position, autoConfirm, offerHours, manageUrl }: WaitlistedProps) {
  return (
    <EmailLayout
      heading="Vous êtes sur liste d'attente"
      preview={`${event.title}\u00a0: vous êtes en position ${position} sur la liste d'attente`}
      manageUrl={manageUrl}
    >
      <Greeting firstName={firstName} />
      <Text style={paragraph}>
        {`Toutes les places pour ${quoted(event.title)} sont réservées pour le moment\u00a0: votre demande est enregistrée sur la liste d'attente.`}
      </Text>
      <Text style={strongParagraph}>{`Vous êtes en position ${position} sur la liste d'attente.`}</Text>
      <Heading as="h2" style={sectionHeading}>
        Et ensuite&nbsp;?
      </Heading>
      {autoConfirm ? (
        <Text style={paragraph}>
          Dès qu&apos;une place se libère, elle est attribuée à la personne suivante sur la liste. Votre tour venu, votre
          inscription sera confirmée automatiquement et vous recevrez un e-mail avec votre billet. Vous n&apos;avez rien à
          faire d&apos;ici là.
        </Text>
      ) : (
        <Text style={paragraph}>
          {`Dès qu'une place se libère, elle est proposée à la personne suivante sur la liste. Votre tour venu, vous recevrez un e-mail vous proposant la place\u00a0: vous aurez alors ${hoursLabel(offerHours)} pour l'accepter. Sans réponse dans ce délai, elle sera proposée à la personne suivante.`}
        </Text>
      )}
      <EventDetails event={event} />
      <Text style={paragraph}>
        Si vous ne souhaitez plus participer, quittez la liste d&apos;attente&nbsp;: cela fait avancer les personnes
        suivantes.
      </Text>
      <ButtonLink href={manageUrl}>Gérer ma demande ou quitter la liste d&apos;attente</ButtonLink>
    </EmailLayout>
  );
}

Waitlisted.PreviewProps = {
  firstName: PREVIEW_FIRST_NAME,
  event: PREVIEW_NATIONAL_DAY,
  position: 3,
  autoConfirm: false,
  offerHours: 48,
  manageUrl: PREVIEW_MANAGE_URL,
} satisfies WaitlistedProps;
