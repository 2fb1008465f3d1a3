import { Heading } from "@react-email/heading";
import { Text } from "@react-email/text";
import type { EmailChoices } from "../types";
import { paragraph, sectionHeading } from "./styles";

const orNone = (answer: string) => answer.trim() || "aucun";

export function ChoicesSummary({ choices }: { choices: EmailChoices }) {
  return (
    <>
      <Heading as="h2" style={sectionHeading}>
        Vos choix
      </Heading>
      <Text style={paragraph}>
        {choices.lunch === null ? null : (
          <>
            <strong>Déjeuner sur place&nbsp;:</strong>
            {choices.lunch ? " oui" : " non"}
            <br />
          </>
        )}
        {choices.dietaryNeeds === null || choices.accessibilityNeeds === null ? (
          "Votre régime alimentaire et vos besoins d'accessibilité sont indiqués sur votre page d'inscription (bouton ci-dessous)."
        ) : (
          <>
            <strong>Régime alimentaire&nbsp;:</strong>
            {` ${orNone(choices.dietaryNeeds)}`}
            <br />
            <strong>Besoins d&apos;accessibilité&nbsp;:</strong>
            {` ${orNone(choices.accessibilityNeeds)}`}
          </>
        )}
      </Text>
    </>
  );
}
