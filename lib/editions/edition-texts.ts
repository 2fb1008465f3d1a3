import type { Edition, Network } from "../db/models";

/** The series' texts of an edition, as the public pages show them and the back office edits them. */
export interface EditionTexts {
  title: string;
  theme: string;
  /** The « À propos » paragraphs. */
  about: string[];
  networks: { acronym: string; name: string; url: string | null }[];
  footerLines: string[];
  contactEmail: string | null;
}

const paragraphs = (text: string) => text.split(/\n\s*\n/).map((paragraph) => paragraph.trim()).filter(Boolean);

export function toEditionTexts(edition: Pick<Edition, "title" | "theme" | "context" | "footer" | "contactEmail">, networks: Network[]): EditionTexts {
  return {
    title: edition.title,
    theme: edition.theme,
    about: paragraphs(edition.context),
    networks: networks.map(({ acronym, name, url }) => ({ acronym, name, url })),
    footerLines: edition.footer.split("\n").filter((line) => line.trim() !== ""),
    contactEmail: edition.contactEmail,
  };
}

/** The networks as the form's textarea holds them: « ARF | Association des régions de France | https://… ». */
export const networksText = (networks: { acronym: string; name: string; url: string | null }[]) =>
  networks.map(({ acronym, name, url }) => [acronym, name, ...(url ? [url] : [])].join(" | ")).join("\n");
