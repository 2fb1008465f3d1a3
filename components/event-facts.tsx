import type { ReactNode } from "react";
import type { EventSummary } from "@/lib/events/contract";
import { FactList } from "./fact-list";
import { LongDate } from "./long-date";
import { PlacesLeft } from "./places-left";
import { RegistrationStatus } from "./registration-status";
import { TimeRange } from "./time-range";

/** In brief on a card (the place in one line); in full on the event's page, where registration is. */
type EventFactsProps = { event: EventSummary } & ({ brief: true } | { brief?: false; now: Date });

/** An event's practical information: date, hours, place, host and places left, the same on the cards and on its page. */
export function EventFacts(props: EventFactsProps) {
  const { event } = props;
  const full = !props.brief;
  const place = full ? (
    <>
      {event.venue ?? "Lieu communiqué prochainement"}
      {event.address && <span className="facts__address">{event.address}</span>}
    </>
  ) : (
    event.venue ? `${event.city} — ${event.venue}` : event.city
  );
  // Keys only for the linter: these elements are values in a tuple, never siblings in a list.
  const facts: [string, ReactNode][] = [
    ["Date", <LongDate key="date" date={event.startsAt} />],
    ["Horaires", <TimeRange key="hours" startsAt={event.startsAt} endsAt={event.endsAt} />],
    ["Lieu", place],
  ];
  if (full) facts.push(["Ville", event.city]);
  if (event.host) facts.push(["Accueil par", event.host]);
  if (full && event.region) facts.push(["Région", event.region]);
  facts.push(["Places", <PlacesLeft key="places" placesLeft={event.placesLeft} capacity={event.capacity} />]);
  if (!props.brief) facts.push(["Inscriptions", <RegistrationStatus key="status" event={event} now={props.now} />]);
  return <FactList facts={facts} panel={full} />;
}
