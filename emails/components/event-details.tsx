import { Heading } from "@react-email/heading";
import { Section } from "@react-email/section";
import { Text } from "@react-email/text";
import type { EmailEvent } from "../types";
import { colors, paragraph } from "./styles";

/** The event's title, date, time and place, in a tinted box. */
export function EventDetails({ event }: { event: EmailEvent }) {
  const place = [event.venue, event.address].filter(Boolean).join(", ");
  return (
    <Section style={box}>
      <Heading as="h2" style={title}>
        {event.title}
      </Heading>
      <Text style={details}>
        <strong>Date&nbsp;:</strong>
        {` ${event.dateLabel}`}
        <br />
        <strong>Horaires&nbsp;:</strong>
        {` ${event.timeLabel}`}
        <br />
        {place ? (
          <>
            <strong>Lieu&nbsp;:</strong>
            {` ${place}`}
          </>
        ) : (
          "Lieu communiqué prochainement"
        )}
        <br />
        <strong>Ville&nbsp;:</strong>
        {` ${event.city}`}
        {event.host ? (
          <>
            <br />
            {`Accueil par ${event.host}`}
          </>
        ) : null}
      </Text>
    </Section>
  );
}

const box = {
  backgroundColor: colors.brandTint,
  borderLeft: `4px solid ${colors.brand}`,
  borderRadius: "4px",
  margin: "8px 0 24px",
  padding: "16px 20px",
};

const title = { color: colors.brandDark, fontSize: "19px", fontWeight: 700, lineHeight: "26px", margin: "0 0 8px" };

const details = { ...paragraph, margin: 0 };
