import type { EventSummary } from "@/lib/events/contract";
import { LongDate } from "./long-date";
import { PlacesLeft } from "./places-left";
import { RegistrationStatus } from "./registration-status";
import { TimeRange } from "./time-range";

/** The practical information of an event page. */
export function EventFacts({ event, now }: { event: EventSummary; now: Date }) {
  return (
    <dl className="facts facts--panel">
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
        <dd>
          {event.venue ?? "Lieu communiqué prochainement"}
          {event.address && <span className="facts__address">{event.address}</span>}
        </dd>
      </div>
      <div>
        <dt>Ville</dt>
        <dd>{event.city}</dd>
      </div>
      {event.host && (
        <div>
          <dt>Accueil par</dt>
          <dd>{event.host}</dd>
        </div>
      )}
      {event.region && (
        <div>
          <dt>Région</dt>
          <dd>{event.region}</dd>
        </div>
      )}
      <div>
        <dt>Places</dt>
        <dd>
          <PlacesLeft placesLeft={event.placesLeft} capacity={event.capacity} />
        </dd>
      </div>
      <div>
        <dt>Inscriptions</dt>
        <dd>
          <RegistrationStatus event={event} now={now} />
        </dd>
      </div>
    </dl>
  );
}
