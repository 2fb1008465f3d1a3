import { Heading } from "@react-email/heading";
import { Text } from "@react-email/text";
import type { EmailProgrammeItem } from "../types";
import { colors, list, listItem, mutedParagraph, sectionHeading } from "./styles";

interface ProgrammeSummaryProps {
  items: EmailProgrammeItem[];
  heading?: string;
}

export function ProgrammeSummary({ items, heading = "Programme" }: ProgrammeSummaryProps) {
  return (
    <>
      <Heading as="h2" style={sectionHeading}>
        {heading}
      </Heading>
      {items.length === 0 ? (
        <Text style={mutedParagraph}>Le programme détaillé sera communiqué prochainement.</Text>
      ) : (
        <ul style={list}>
          {items.map((item) => (
            <li key={`${item.timeLabel} ${item.title}`} style={listItem}>
              <strong style={time}>{item.timeLabel}</strong>
              {/* "Déjeuner · Déjeuner" would say the same thing twice. */}
              {item.kindLabel === item.title ? null : <span style={kind}>{` · ${item.kindLabel}`}</span>}
              <br />
              <span style={title}>{item.title}</span>
              {item.speakers.length > 0 ? (
                <>
                  <br />
                  <span style={speakers}>{`Avec ${item.speakers.join(" ; ")}`}</span>
                </>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

const time = { color: colors.brandDark };

const kind = { color: colors.muted };

const title = { fontWeight: 600 };

const speakers = { color: colors.muted, fontSize: "15px" };
