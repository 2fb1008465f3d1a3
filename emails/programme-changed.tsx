import { Heading } from "@react-email/heading";
import { Text } from "@react-email/text";
import { EmailLayout } from "./components/email-layout";
import { EventDetails } from "./components/event-details";
import { quoted } from "./components/format";
import { Greeting } from "./components/greeting";
import { ProgrammeSummary } from "./components/programme-summary";
import { list, listItem, mutedParagraph, paragraph, sectionHeading } from "./components/styles";
import { PREVIEW_FIRST_NAME, PREVIEW_MANAGE_URL, PREVIEW_NATIONAL_DAY, PREVIEW_PROGRAMME } from "./preview-data";
import type { EmailEvent, EmailProgrammeItem } from "./types";

export interface ProgrammeChangedProps {
  /** Null while the address is unverified: nothing the submitter typed goes into the email. */
  firstName: string | null;
  event: EmailEvent;
  /** French sentences, one a change. */
  changes: string[];
  programme: EmailProgrammeItem[];
  manageUrl: string;
}

export default function ProgrammeChanged({ firstName, event, changes, programme, manageUrl }: ProgrammeChangedProps) {
  return (
    <EmailLayout
      heading="Le programme a changé"
      preview={`${event.title}\u00a0: le programme a été modifié`}
      manageUrl={manageUrl}
    >
      <Greeting firstName={firstName} />
      <Text style={paragraph}>{`Le programme de ${quoted(event.title)} a été modifié.`}</Text>
      <Heading as="h2" style={sectionHeading}>
        Ce qui change
      </Heading>
      <ul style={list}>
        {changes.map((change) => (
          <li key={change} style={listItem}>
            {change}
          </li>
        ))}
      </ul>
      <EventDetails event={event} />
      <ProgrammeSummary items={programme} heading="Programme à jour" />
      <Text style={mutedParagraph}>
        Le fichier de calendrier (.ics) joint à ce message remplace le précédent&nbsp;: ouvrez-le pour mettre à jour
        votre agenda.
      </Text>
    </EmailLayout>
  );
}

ProgrammeChanged.PreviewProps = {
  firstName: PREVIEW_FIRST_NAME,
  event: PREVIEW_NATIONAL_DAY,
  changes: [
    "La synthèse de la journée, prévue de 16 h 15 à 16 h 30, est supprimée.",
    "Marylise Lebranchu, ministre de la Réforme de l'État, interviendra à 10 h (sous réserve).",
  ],
  programme: PREVIEW_PROGRAMME,
  manageUrl: PREVIEW_MANAGE_URL,
} satisfies ProgrammeChangedProps;
