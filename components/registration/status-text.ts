import { formatLongDate, formatTime } from "@/lib/dates";
import type { ManagedRegistration } from "@/lib/registrations/managed-registration";

/** What a registration's status means for its owner, in one sentence. */
export function statusText({ status, waitlistPosition, offerExpiresAt, holdExpiresAt }: ManagedRegistration): string {
  switch (status) {
    case "CONFIRMED":
      return holdExpiresAt
        ? `Place réservée jusqu'au ${formatLongDate(holdExpiresAt)} à ${formatTime(holdExpiresAt)} : confirmez votre adresse avec le lien reçu par email`
        : "Inscription confirmée";
    case "WAITLISTED":
      return waitlistPosition ? `Sur liste d'attente — vous êtes en position ${waitlistPosition}` : "Sur liste d'attente";
    case "OFFERED":
      return offerExpiresAt
        ? `Une place vous est proposée jusqu'au ${formatLongDate(offerExpiresAt)} à ${formatTime(offerExpiresAt)}`
        : "Une place vous est proposée";
    case "CANCELLED":
      return "Annulée";
  }
}
