import { Text } from "@react-email/text";
import { ButtonLink } from "./components/button-link";
import { EmailLayout } from "./components/email-layout";
import { DayList } from "./components/day-list";
import { mutedParagraph, paragraph } from "./components/styles";
import { PREVIEW_REGISTER_URL } from "./preview-data";

export interface ConfirmEmailProps {
  /** The days whose seat waits for the confirmation, with their dates. */
  days: string[];
  /** « mardi 3 février à 14 h 30 » */
  expiresLabel: string;
  confirmUrl: string;
}

/** A seat held until the address is confirmed (events that ask for it): the link that confirms it. */
export default function ConfirmEmail({ days, expiresLabel, confirmUrl }: ConfirmEmailProps) {
  return (
    <EmailLayout heading="Confirmez votre adresse e-mail" preview={`Votre place est réservée jusqu'au ${expiresLabel}`}>
      <Text style={paragraph}>Bonjour,</Text>
      <Text style={paragraph}>Une place vous est réservée pour&nbsp;:</Text>
      <DayList days={days} />
      <Text style={paragraph}>
        {`Pour la garder, confirmez votre adresse e-mail avant le ${expiresLabel}. Vous recevrez ensuite votre confirmation d'inscription et votre billet. Sans confirmation dans ce délai, la place sera rendue à la liste d'attente.`}
      </Text>
      <ButtonLink href={confirmUrl}>Confirmer mon adresse</ButtonLink>
      <Text style={mutedParagraph}>
        Si vous n&apos;êtes pas à l&apos;origine de cette inscription, ignorez ce message&nbsp;: elle sera annulée
        d&apos;elle-même.
      </Text>
    </EmailLayout>
  );
}

ConfirmEmail.PreviewProps = {
  days: ["Journée régionale de Rennes (dimanche 12 septembre 2027)"],
  expiresLabel: "mardi 3 février à 14 h 30",
  confirmUrl: `${PREVIEW_REGISTER_URL}/confirmer-adresse/exemple-de-lien-signe`,
} satisfies ConfirmEmailProps;
