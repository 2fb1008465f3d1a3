import Link from "next/link";
import { EditionAbout } from "@/components/edition-about";
import { EventCard } from "@/components/event-card";
import { getCurrentEdition } from "@/lib/editions/get-current-edition";
import { listEvents } from "@/lib/events/list-events";

export const dynamic = "force-dynamic";

export default async function HomePage() {
  const [series, events] = await Promise.all([getCurrentEdition(), listEvents()]);
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

      {series && <EditionAbout texts={series} />}

      <p className="section">
        <Link href="/editions">Les éditions précédentes des Rencontres</Link>
      </p>
    </div>
  );
}
