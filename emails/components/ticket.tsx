import { Heading } from "@react-email/heading";
import { Img } from "@react-email/img";
import { Section } from "@react-email/section";
import { Text } from "@react-email/text";
import { colors, monoFamily, mutedParagraph, sectionHeading } from "./styles";

interface TicketProps {
  qrCodeSrc: string;
  ticketCode: string;
}

/** The QR code scanned at the door, with its code spelled out for when scanning fails. */
export function Ticket({ qrCodeSrc, ticketCode }: TicketProps) {
  return (
    <>
      <Heading as="h2" style={sectionHeading}>
        Votre billet
      </Heading>
      <Section style={box}>
        <Img
          src={qrCodeSrc}
          width={180}
          height={180}
          alt="Code QR de votre billet, à présenter à l'accueil"
          style={image}
        />
        <Text style={code}>{ticketCode}</Text>
        <Text style={caption}>Présentez ce code à l&apos;accueil, à l&apos;écran ou imprimé.</Text>
      </Section>
    </>
  );
}

const box = {
  border: `1px solid ${colors.line}`,
  borderRadius: "6px",
  margin: "0 0 16px",
  padding: "20px 16px 4px",
  textAlign: "center" as const,
};

const image = { margin: "0 auto" };

const code = {
  color: colors.ink,
  fontFamily: monoFamily,
  fontSize: "15px",
  letterSpacing: "0.02em",
  lineHeight: "22px",
  margin: "12px 0 4px",
  wordBreak: "break-all" as const,
};

const caption = { ...mutedParagraph, margin: "0 0 16px" };
