import Link from "next/link";
import type { EventSummary } from "@/lib/events/contract";

/** "S'inscrire" to one event, while its registration is open; named after the event for screen reader link lists. */
export function RegisterLink({ event }: { event: Pick<EventSummary, "slug" | "title" | "registrationOpen"> }) {
  if (!event.registrationOpen) return null;
  return (
    <p className="register-link">
      <Link className="button" href={`/inscription?evenement=${encodeURIComponent(event.slug)}`}>
        S&apos;inscrire<span className="visually-hidden"> : {event.title}</span>
      </Link>
    </p>
  );
}
