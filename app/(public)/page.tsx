import { EventCard } from "@/components/event-card";
import { getSeries } from "@/lib/events/get-series";
import { listEvents } from "@/lib/events/list-events";

export const dynamic = "force-dynamic";

const paragraphs = (text: string) => text.split(/\n\s*\n/).filter((paragraph) => paragraph.trim() !== "");

export default async function HomePage() {
  const [series, events] = await Promise.all([getSeries(), listEvents()]);
  const nationalDays = events.filter((event) => event.kind === "NATIONAL");
  const regionalDays = events.filter((event) => event.kind === "REGIONAL");

  return (
    <div className="container">
      <header className="page-intro">
        <h1>{series?.title ?? "Rencontres ESS"}</h1>
        {series && (
          <p className="lead">
            <span className="lead__label">Thème&nbsp;:</span> {series.theme}
          </p>
        )}
      </header>

      {events.length === 0 && <p>Les prochaines rencontres seront annoncées prochainement.</p>}

      {nationalDays.length > 0 && (
        <section aria-labelledby="journee-nationale" className="section">
          <h2 id="journee-nationale">La journée nationale</h2>
          {nationalDays.map((event) => (
            <EventCard key={event.slug} event={event} featured />
          ))}
        </section>
      )}

      {regionalDays.length > 0 && (
        <section aria-labelledby="journees-regionales" className="section">
          <h2 id="journees-regionales">Les journées régionales</h2>
          <ul className="card-grid">
            {regionalDays.map((event) => (
              <li key={event.slug}>
                <EventCard event={event} />
              </li>
            ))}
          </ul>
        </section>
      )}

      {series && (
        <section aria-labelledby="a-propos" className="section section--about">
          <h2 id="a-propos">À propos des Rencontres</h2>
          <div className="prose">
            {paragraphs(series.context).map((paragraph) => (
              <p key={paragraph}>{paragraph}</p>
            ))}
          </div>
          {series.networks.length > 0 && (
            <>
              <h3>Les réseaux co-organisateurs</h3>
              <ul className="networks">
                {series.networks.map((network) => (
                  <li key={network.acronym}>
                    <span className="networks__acronym">{network.acronym}</span> — {network.name}
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
      )}
    </div>
  );
}
