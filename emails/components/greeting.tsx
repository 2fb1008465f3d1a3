import { Text } from "@react-email/text";
import { paragraph } from "./styles";

/** « Bonjour Claire, », or « Bonjour, » when the name is not to be repeated (an unverified address). */
export function Greeting({ firstName }: { firstName: string | null }) {
  return <Text style={paragraph}>{firstName ? `Bonjour ${firstName},` : "Bonjour,"}</Text>;
}
