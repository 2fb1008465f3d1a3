import { Text } from "@react-email/components";
import { paragraph } from "./styles";

export function Greeting({ firstName }: { firstName: string }) {
  return <Text style={paragraph}>{`Bonjour ${firstName},`}</Text>;
}
