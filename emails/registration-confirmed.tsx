import { Text } from "@react-email/text";
import { ButtonLink } from "./components/button-link";
import { ChoicesSummary } from "./components/choices-summary";
import { EmailLayout } from "./components/email-layout";
import { EventDetails } from "./components/event-details";
import { quoted } from "./components/format";
import { Greeting } from "./components/greeting";
import { ProgrammeSummary } from "./components/programme-summary";
import { mutedParagraph, paragraph } from "./components/styles";
import { Ticket } from "./components/ticket";
import {
  PREVIEW_CHOICES,
  PREVIEW_FIRST_NAME,
  PREVIEW_MANAGE_URL,
  PREVIEW_NATIONAL_DAY,
  PREVIEW_PROGRAMME,
  PREVIEW_QR_CODE_SRC,
  PREVIEW_TICKET_CODE,
} from "./preview-data";
import type { TicketEmailProps } from "./types";

export interface RegistrationConfirmedProps extends TicketEmailProps {
  fromWaitlist: boolean;
}

export default function RegistrationConfirmed(props: RegistrationConfirmedProps) {
  const { firstName, event, programme, choices, manageUrl, qrCodeSrc, ticketCode, fromWaitlist } = props;
  const heading = fromWaitlist
    ? "Une place s'est libérée\u00a0: votre inscription est confirmée"
    : "Votre inscription est confirmée";
  return (
    <EmailLayout heading={heading} preview={`${event.title}, ${event.dateLabel}\u00a0: votre billet`} manageUrl={manageUrl}>
      <Greeting firstName={firstName} />
      <Text style={paragraph}>
        {fromWaitlist
          ? `Une place s'est libérée pour ${quoted(event.title)} : votre inscription, jusqu'ici sur liste d'attente, est confirmée. Nous serons heureux de vous accueillir.`
          : `Votre inscription à ${quoted(event.title)} est bien enregistrée. Nous serons heureux de vous accueillir.`}
      </Text>
      <EventDetails event={event} />
      <Ticket qrCodeSrc={qrCodeSrc} ticketCode={ticketCode} />
      <ChoicesSummary choices={choices} />
      <Text style={paragraph}>
        Vous pouvez modifier vos choix à tout moment. Si vous ne pouvez plus venir, annulez votre inscription&nbsp;:
        votre place sera proposée à une personne en liste d&apos;attente.
      </Text>
      <ButtonLink href={manageUrl}>Modifier ou annuler mon inscription</ButtonLink>
      <ProgrammeSummary items={programme} />
      <Text style={mutedParagraph}>
        Le fichier de calendrier (.ics) joint à ce message vous permet d&apos;ajouter la journée à votre agenda.
      </Text>
    </EmailLayout>
  );
}

RegistrationConfirmed.PreviewProps = {
  firstName: PREVIEW_FIRST_NAME,
  event: PREVIEW_NATIONAL_DAY,
  programme: PREVIEW_PROGRAMME,
  choices: PREVIEW_CHOICES,
  manageUrl: PREVIEW_MANAGE_URL,
  qrCodeSrc: PREVIEW_QR_CODE_SRC,
  ticketCode: PREVIEW_TICKET_CODE,
  fromWaitlist: false,
} satisfies RegistrationConfirmedProps;
