import type { EditionTexts } from "@/lib/editions/edition-texts";

/** The « À propos » section of an edition: its paragraphs and its co-organising networks (home page, back-office preview). */
export function EditionAbout({ texts, headingLevel = 2 }: { texts: Pick<EditionTexts, "about" | "networks">; headingLevel?: 2 | 3 }) {
  const Heading = `h${headingLevel}` as const;
  const Subheading = `h${headingLevel + 1}` as "h3" | "h4";
  return (
    <section aria-labelledby="a-propos" className="section section--about">
      <Heading id="a-propos">À propos des Rencontres</Heading>
      <div className="prose">
        {texts.about.map((paragraph, index) => (
          // Two paragraphs may read the same: the position keeps keys unique.
          <p key={`${index}-${paragraph}`}>{paragraph}</p>
        ))}
      </div>
      {texts.networks.length > 0 && (
        <>
          <Subheading>Les réseaux co-organisateurs</Subheading>
          <ul className="networks">
            {texts.networks.map((network, index) => (
              <li key={`${index}-${network.acronym}`}>
                <span className="networks__acronym">{network.acronym}</span> —{" "}
                {network.url ? <a href={network.url}>{network.name}</a> : network.name}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
