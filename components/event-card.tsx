import Link from "next/link";
import type { EventSummary } from "@/lib/events/contract";
import { LongDate } from "./long-date";
import { PlacesLeft } from "./places-left";
import { RegisterLink } from "./register-link";
import { TimeRange } from "./time-range";

function eventHref(slug: string): string {
  return `/evenements/${encodeURIComponent(slug)}`;
}

export function EventCard({ event, featured = false }: { event: EventSummary; featured?: boolean }) {
  const titleId = `evenement-${event.slug}`;
  return (
    <article className={featured ? "event-card event-card--featured" : "event-card"} aria-labelledby={titleId}>
      <h3 className="event-card__title" id={titleId}>
        <Link href={eventHref(event.slug)}>{event.title}</Link>
      </h3>
      {featured && <p className="event-card__summary">{event.summary}</p>}
      <dl className="facts">
        <div>
          <dt>Date</dt>
          <dd>
            <LongDate date={event.startsAt} />
          </dd>
        </div>
        <div>
          <dt>Horaires</dt>
          <dd>
            <TimeRange startsAt={event.startsAt} endsAt={event.endsAt} />
          </dd>
        </div>
        <div>
          <dt>Lieu</dt>
          <dd>{event.venue ? `${event.city} — ${event.venue}` : event.city}</dd>
        </div>
        {event.host && (
          <div>
            <dt>Accueil par</dt>
            <dd>{event.host}</dd>
          </div>
        )}
        <div>
          <dt>Places</dt>
          <dd>
            <PlacesLeft placesLeft={event.placesLeft} capacity={event.capacity} />
          </dd>
        </div>
      </dl>
      <RegisterLink event={event} />
    </article>
  );
}
