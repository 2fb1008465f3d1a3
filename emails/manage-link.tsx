import { Heading } from "@react-email/heading";
import { Text } from "@react-email/text";
import { ButtonLink } from "./components/button-link";
import { EmailLayout } from "./components/email-layout";
import { Greeting } from "./components/greeting";
import { list, listItem, mutedParagraph, paragraph, sectionHeading } from "./components/styles";
import { PREVIEW_FIRST_NAME, PREVIEW_MANAGE_URL } from "./preview-data";

export interface ManageLinkProps {
  /** Null while the address is unverified: nothing the submitter typed goes into the email. */
  firstName: string | null;
  manageUrl: string;
  registrations: { title: string; statusLabel: string }[];
  /** REQUESTED: someone asked for the link with this address; RENEWED: the person replaced their link. */
  reason: "REQUESTED" | "RENEWED";
}

export default function ManageLink({ firstName, manageUrl, registrations, reason }: ManageLinkProps) {
  return (
    <EmailLayout heading="Votre lien pour gérer vos inscriptions" preview="Vos inscriptions aux Rencontres ESS">
      <Greeting firstName={firstName} />
      <Text style={paragraph}>
        {reason === "RENEWED"
          ? "Voici votre nouveau lien personnel pour consulter, modifier ou annuler vos inscriptions, comme demandé. Le lien précédent ne fonctionne plus."
          : "Le lien pour gérer vos inscriptions aux Rencontres ESS a été demandé avec votre adresse e-mail. Le voici : il permet de consulter, modifier ou annuler vos inscriptions."}
      </Text>
      <ButtonLink href={manageUrl}>Gérer mes inscriptions</ButtonLink>
      <Heading as="h2" style={sectionHeading}>
        Vos inscriptions actuelles
      </Heading>
      {registrations.length === 0 ? (
        <Text style={paragraph}>Vous n&apos;avez aucune inscription en cours.</Text>
      ) : (
        <ul style={list}>
          {registrations.map((registration) => (
            <li key={registration.title} style={listItem}>
              <strong>{registration.title}</strong>
              {`\u00a0: ${registration.statusLabel}`}
            </li>
          ))}
        </ul>
      )}
      <Text style={mutedParagraph}>
        Si vous n&apos;êtes pas à l&apos;origine de cette demande, vous n&apos;avez rien à faire&nbsp;: vos inscriptions
        restent inchangées. Ne transférez pas ce message, car son lien donne accès à vos inscriptions.
      </Text>
    </EmailLayout>
  );
}

ManageLink.PreviewProps = {
  firstName: PREVIEW_FIRST_NAME,
  manageUrl: PREVIEW_MANAGE_URL,
  reason: "REQUESTED",
  registrations: [
    { title: "Journée nationale", statusLabel: "inscription confirmée" },
    { title: "Journée régionale de Rennes", statusLabel: "sur liste d'attente (position 2)" },
  ],
} satisfies ManageLinkProps;
