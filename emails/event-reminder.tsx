import { Text } from "@react-email/text";
import { ButtonLink } from "./components/button-link";
import { ChoicesSummary } from "./components/choices-summary";
import { EmailLayout } from "./components/email-layout";
import { EventDetails } from "./components/event-details";
import { quoted } from "./components/format";
import { Greeting } from "./components/greeting";
import { ProgrammeSummary } from "./components/programme-summary";
import { paragraph } from "./components/styles";
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

export type EventReminderProps = TicketEmailProps;

export default function EventReminder(props: EventReminderProps) {
  const { firstName, event, programme, choices, manageUrl, qrCodeSrc, ticketCode } = props;
  return (
    <EmailLayout
      heading={"À bientôt\u00a0: rappel de votre inscription"}
      preview={`${event.title}, ${event.dateLabel}\u00a0: votre billet et le programme`}
      manageUrl={manageUrl}
    >
      <Greeting firstName={firstName} />
      <Text style={paragraph}>
        {`Nous vous attendons le ${event.dateLabel} pour ${quoted(event.title)}. Voici votre billet, les informations pratiques et le programme à jour.`}
      </Text>
      <EventDetails event={event} />
      <Ticket qrCodeSrc={qrCodeSrc} ticketCode={ticketCode} />
      <ChoicesSummary choices={choices} />
      <Text style={paragraph}>
        Vous ne pouvez plus venir&nbsp;? Merci d&apos;annuler votre inscription&nbsp;: votre place sera proposée à une
        personne en liste d&apos;attente.
      </Text>
      <ButtonLink href={manageUrl}>Modifier ou annuler mon inscription</ButtonLink>
      <ProgrammeSummary items={programme} heading="Programme à jour" />
    </EmailLayout>
  );
}

EventReminder.PreviewProps = {
  firstName: PREVIEW_FIRST_NAME,
  event: PREVIEW_NATIONAL_DAY,
  programme: PREVIEW_PROGRAMME,
  choices: PREVIEW_CHOICES,
  manageUrl: PREVIEW_MANAGE_URL,
  qrCodeSrc: PREVIEW_QR_CODE_SRC,
  ticketCode: PREVIEW_TICKET_CODE,
} satisfies EventReminderProps;
