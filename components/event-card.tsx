import Link from "next/link";
import type { EventSummary } from "@/lib/events/contract";
import { EventFacts } from "./event-facts";
import { RegisterLink } from "./register-link";

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
      <EventFacts event={event} brief />
      <RegisterLink event={event} />
    </article>
  );
}
