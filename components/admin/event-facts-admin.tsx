import type { Event } from "@/lib/events/admin-event-types";
import { formatLongDate, formatTime } from "@/lib/dates";
import { WAITLIST_MODE_LABELS } from "@/lib/events/schema";
import { FactList } from "@/components/fact-list";

const dateTime = (date: Date | null, fallback: string) => (date ? `${formatLongDate(date)} à ${formatTime(date)}` : fallback);

/** An event's settings, as organisers check them. */
export function AdminEventFacts({ event }: { event: Event }) {
  const place = [event.venue, event.address, event.city].filter(Boolean).join(", ");
  const facts: [string, string][] = [
    ["Date", `${formatLongDate(event.startsAt)}, ${formatTime(event.startsAt)} – ${formatTime(event.endsAt)}`],
    ["Lieu", place],
    ["Accueil", event.host ?? "—"],
    ["Capacité", `${event.capacity} places`],
    ["Ouverture des inscriptions", dateTime(event.registrationOpensAt, "dès la publication")],
    ["Clôture des inscriptions", dateTime(event.registrationClosesAt, "au début de la journée")],
    ["Arrêt de la liste de sécurité", dateTime(event.securityListCutoffAt, "aucun : la liste suit les inscriptions")],
    ["Liste d'attente", WAITLIST_MODE_LABELS[event.waitlistMode]],
    ["Validité d'une place proposée", `${event.offerHours} h`],
    ["Rappel", event.reminderDaysBefore > 0 ? `${event.reminderDaysBefore} jour${event.reminderDaysBefore > 1 ? "s" : ""} avant, à 9 h` : "aucun"],
    ["Adresse de réponse", event.replyTo ?? "celle du site"],
    [
      "Signataire des attestations",
      event.certificateSignatoryName && event.certificateSignatoryTitle ? `${event.certificateSignatoryName}, ${event.certificateSignatoryTitle}` : "aucun·e : pas d'attestation de présence",
    ],
  ];
  return <FactList facts={facts} panel />;
}
