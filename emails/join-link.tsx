import { Text } from "@react-email/text";
import { ButtonLink } from "./components/button-link";
import { EmailLayout } from "./components/email-layout";
import { DayList } from "./components/day-list";
import { mutedParagraph, paragraph } from "./components/styles";
import { PREVIEW_REGISTER_URL } from "./preview-data";

export interface JoinLinkProps {
  /** The days asked for, with their dates: « Journée régionale de Rennes (dimanche 12 septembre 2027) ». */
  days: string[];
  /** « mardi 3 février à 14 h 30 » */
  expiresLabel: string;
  joinUrl: string;
}

/**
 * Someone asked, with this address, to register for days: as the address is known, nothing was
 * changed. The email names the days asked for and nothing the requester typed or the address holds.
 */
export default function JoinLink({ days, expiresLabel, joinUrl }: JoinLinkProps) {
  return (
    <EmailLayout heading="Confirmez votre demande d'inscription" preview="Une inscription a été demandée avec votre adresse">
      <Text style={paragraph}>Bonjour,</Text>
      <Text style={paragraph}>
        Une inscription aux Rencontres ESS vient d&apos;être demandée avec votre adresse e-mail, qui est déjà connue de
        notre site. Pour votre sécurité, rien n&apos;a été modifié. Les journées demandées&nbsp;:
      </Text>
      <DayList days={days} />
      <Text style={paragraph}>
        {`Si c'est bien vous, confirmez avec le bouton ci-dessous avant le ${expiresLabel}. La place est attribuée au moment de la confirmation : si la journée est complète entre-temps, vous serez inscrit·e sur la liste d'attente.`}
      </Text>
      <ButtonLink href={joinUrl}>Confirmer ces journées</ButtonLink>
      <Text style={mutedParagraph}>
        Si vous n&apos;êtes pas à l&apos;origine de cette demande, ignorez ce message&nbsp;: vos inscriptions restent
        inchangées.
      </Text>
    </EmailLayout>
  );
}

JoinLink.PreviewProps = {
  days: ["Journée nationale (samedi 26 juin 2027)"],
  expiresLabel: "dimanche 27 juin à 10 h",
  joinUrl: `${PREVIEW_REGISTER_URL}/ajouter/exemple-de-lien-signe`,
} satisfies JoinLinkProps;
