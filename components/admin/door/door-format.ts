import type { DoorPerson } from "@/lib/checkin/door-person";

const time = new Intl.DateTimeFormat("fr-FR", { hour: "2-digit", minute: "2-digit", timeZone: "Europe/Paris" });

/** « 09:42 », Paris time, whatever the phone's zone. */
export const clock = (iso: string) => time.format(new Date(iso));

/** Why a registration may not come in, as the door says it. */
export const STATUS_LABELS: Record<DoorPerson["status"], string> = {
  CONFIRMED: "Confirmé·e",
  OFFERED: "Place proposée, pas encore acceptée",
  WAITLISTED: "En liste d'attente",
  CANCELLED: "Inscription annulée",
};
