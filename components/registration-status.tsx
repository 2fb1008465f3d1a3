import { formatLongDate, formatTime } from "@/lib/dates";
import type { EventSummary } from "@/lib/events/contract";
import { registrationState, type RegistrationState } from "@/lib/registrations/registration-window";

const at = (date: Date) => `${formatLongDate(date)} à ${formatTime(date)}`;

function statusText(state: RegistrationState, event: EventSummary, now: Date): string {
  switch (state) {
    case "OPEN":
      return event.registrationClosesAt
        ? `Inscriptions ouvertes jusqu'au ${at(event.registrationClosesAt)}`
        : "Inscriptions ouvertes";
    case "NOT_YET_OPEN":
      return `Inscriptions à partir du ${at(event.registrationOpensAt ?? event.startsAt)}`;
    case "DEADLINE_PASSED":
      return "Inscriptions closes : la date limite est passée";
    case "EVENT_STARTED":
      return now >= event.endsAt
        ? "Inscriptions closes : la rencontre a eu lieu"
        : "Inscriptions closes : la rencontre a commencé";
    case "CLOSED_BY_ORGANISERS":
      return "Inscriptions closes par les organisateurs";
  }
}

export function RegistrationStatus({ event, now }: { event: EventSummary; now: Date }) {
  const state = registrationState(event, now);
  return (
    <span className={state === "OPEN" ? "status status--open" : "status status--closed"}>
      {statusText(state, event, now)}
    </span>
  );
}
