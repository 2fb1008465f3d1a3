import { Text } from "@react-email/text";
import { ButtonLink } from "./components/button-link";
import { EmailLayout } from "./components/email-layout";
import { mutedParagraph, paragraph } from "./components/styles";

export interface SignInLinkProps {
  signInUrl: string;
  /** Minutes the link stays valid. */
  validMinutes: number;
  /** Set when an admin has just created the account: the message is an invitation. */
  invitedBy: string | null;
  /** "administrateur·rice" or "organisateur·rice" */
  roleLabel: string;
}

export default function SignInLink({ signInUrl, validMinutes, invitedBy, roleLabel }: SignInLinkProps) {
  const heading = invitedBy ? "Votre accès à l'espace des organisateurs" : "Votre lien de connexion";
  return (
    <EmailLayout
      heading={heading}
      preview={`${heading} des Rencontres ESS`}
      reason="Vous recevez ce message parce que cette adresse a un compte dans l'espace des organisateurs des Rencontres ESS."
    >
      {invitedBy ? (
        <Text style={paragraph}>
          {`${invitedBy} vous a ouvert un compte ${roleLabel} sur le site d'inscription des Rencontres ESS. Il n'y a pas de mot de passe : chaque connexion se fait par un lien envoyé à cette adresse.`}
        </Text>
      ) : (
        <Text style={paragraph}>
          Une connexion à l&apos;espace des organisateurs des Rencontres ESS a été demandée avec votre adresse.
        </Text>
      )}
      <ButtonLink href={signInUrl}>Me connecter</ButtonLink>
      <Text style={paragraph}>{`Ce lien ne fonctionne qu'une fois, pendant ${validMinutes} minutes. Passé ce délai, demandez-en un nouveau depuis la page de connexion.`}</Text>
      <Text style={mutedParagraph}>
        Si vous n&apos;êtes pas à l&apos;origine de cette demande, ignorez ce message : personne ne peut se connecter sans
        ce lien. Ne le transférez pas.
      </Text>
    </EmailLayout>
  );
}

SignInLink.PreviewProps = {
  signInUrl: "https://inscriptions.example.fr/api/auth/callback/email?token=exemple&email=organisatrice%40example.fr",
  validMinutes: 15,
  invitedBy: "admin@rencontres-ess.example.fr",
  roleLabel: "organisateur·rice",
} satisfies SignInLinkProps;
