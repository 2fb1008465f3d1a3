import { Text } from "@react-email/text";
import { ButtonLink } from "./components/button-link";
import { EmailLayout } from "./components/email-layout";
import { EventDetails } from "./components/event-details";
import { quoted } from "./components/format";
import { Greeting } from "./components/greeting";
import { mutedParagraph, paragraph } from "./components/styles";
import { PREVIEW_FIRST_NAME, PREVIEW_REGIONAL_DAY, PREVIEW_REGISTER_URL } from "./preview-data";
import type { EmailEvent } from "./types";

export interface RegistrationCancelledProps {
  /** Null while the address is unverified: nothing the submitter typed goes into the email. */
  firstName: string | null;
  event: EmailEvent;
  /** ATTENDEE: they cancelled; OFFER_DECLINED: they turned down the place offered from the waiting list; ORGANISER: the organisers cancelled it. */
  /** EMAIL_NOT_CONFIRMED: the seat was held for the address to be confirmed, and the link was not used in time. */
  reason: "ATTENDEE" | "OFFER_DECLINED" | "ORGANISER" | "EMAIL_NOT_CONFIRMED";
  registerUrl: string;
}

export default function RegistrationCancelled({ firstName, event, reason, registerUrl }: RegistrationCancelledProps) {
  const declined = reason === "OFFER_DECLINED";
  return (
    <EmailLayout
      heading={declined ? "Vous avez refusé la place proposée" : "Votre inscription est annulée"}
      preview={`${event.title}\u00a0: ${declined ? "refus de la place enregistré" : "annulation enregistrée"}`}
    >
      <Greeting firstName={firstName} />
      <Text style={paragraph}>
        {declined
          ? `Nous avons bien enregistré votre refus de la place proposée pour ${quoted(event.title)}. Elle est proposée à la personne suivante sur la liste d'attente, et votre inscription à cette journée est annulée.`
          : reason === "ORGANISER"
            ? `L'équipe d'organisation a annulé votre inscription à ${quoted(event.title)}. Pour toute question, répondez simplement à ce message.`
            : reason === "EMAIL_NOT_CONFIRMED"
              ? `Votre adresse e-mail n'a pas été confirmée dans le délai prévu : la place réservée pour ${quoted(event.title)} a été rendue à la liste d'attente.`
            : `Nous confirmons l'annulation de votre inscription à ${quoted(event.title)}. Merci de nous avoir prévenus\u00a0: votre place pourra profiter à une autre personne.`}
      </Text>
      <EventDetails event={event} />
      <Text style={mutedParagraph}>
        Si vous aviez ajouté cette journée à votre agenda, le fichier de calendrier (.ics) joint à ce message permet de
        l&apos;en retirer.
      </Text>
      <Text style={paragraph}>
        Vous changez d&apos;avis&nbsp;? Vous pouvez vous inscrire à nouveau, dans la limite des places disponibles, ou sur
        la liste d&apos;attente si la journée est complète.
      </Text>
      <ButtonLink href={registerUrl}>Vous inscrire à nouveau</ButtonLink>
    </EmailLayout>
  );
}

RegistrationCancelled.PreviewProps = {
  firstName: PREVIEW_FIRST_NAME,
  event: PREVIEW_REGIONAL_DAY,
  reason: "ATTENDEE",
  registerUrl: PREVIEW_REGISTER_URL,
} satisfies RegistrationCancelledProps;
