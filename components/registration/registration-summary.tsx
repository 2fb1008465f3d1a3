import type { ReactNode } from "react";
import { LongDate } from "@/components/long-date";
import { TimeRange } from "@/components/time-range";
import type { ManagedRegistration } from "@/lib/registrations/managed-registration";
import { statusText } from "./status-text";

/** One of a person's registrations: the day, where, and where they stand; `children` are its actions. */
export function RegistrationSummary({ registration, children }: { registration: ManagedRegistration; children?: ReactNode }) {
  const { event, status, lunch } = registration;
  const titleId = `inscription-${event.slug}`;
  return (
    <article className="registration" aria-labelledby={titleId} data-status={status}>
      <h3 className="registration__title" id={titleId}>
        {event.title}
      </h3>
      <dl className="facts">
        <div>
          <dt>Date</dt>
          <dd>
            <LongDate date={event.startsAt} />, <TimeRange startsAt={event.startsAt} endsAt={event.endsAt} />
          </dd>
        </div>
        <div>
          <dt>Lieu</dt>
          <dd>{event.venue ? `${event.city} — ${event.venue}` : event.city}</dd>
        </div>
        <div>
          <dt>Statut</dt>
          <dd className="registration__status">{statusText(registration)}</dd>
        </div>
        {event.kind === "NATIONAL" && status !== "CANCELLED" && (
          <div>
            <dt>Déjeuner sur place</dt>
            <dd>{lunch ? "Oui" : "Non"}</dd>
          </div>
        )}
      </dl>
      {children}
    </article>
  );
}
