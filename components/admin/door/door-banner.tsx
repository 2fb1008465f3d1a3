"use client";

import type { DoorResult } from "@/lib/checkin/apply-door-operations";
import type { DoorPerson } from "@/lib/checkin/door-person";
import { clock, STATUS_LABELS } from "./door-format";

/** What the door shows after a tap: the server's answer, or what the phone knows until it comes. */
export type Banner =
  | { tone: "result"; result: DoorResult; unsent?: boolean }
  | { tone: "info"; operationId: string; text: string }
  | { tone: "error"; text: string };

function message(result: DoorResult, hours: string): { tone: "success" | "warning" | "error"; text: string } {
  const person = result.person;
  const name = person ? `${person.firstName} ${person.lastName}, ${person.organisation}` : "";
  switch (result.outcome) {
    case "CHECKED_IN":
      return { tone: "success", text: `Bienvenue : ${name}` };
    case "ALREADY_CHECKED_IN":
      return { tone: "warning", text: `Déjà arrivé·e : ${name}${person?.checkedInAt ? `, depuis ${clock(person.checkedInAt)}` : ""}${person?.checkedInBy ? ` (${person.checkedInBy})` : ""}` };
    case "NOT_CONFIRMED":
      return { tone: "error", text: `${person ? STATUS_LABELS[person.status] : "Inscription non confirmée"} : ${name}` };
    case "UNKNOWN_TICKET":
      if (result.otherEvent) return { tone: "error", text: `Ce billet est pour une autre journée : ${result.otherEvent}` };
      return { tone: "error", text: result.anotherDay ? "Billet d'une autre journée." : "Code inconnu pour cette journée." };
    case "OUTSIDE_WINDOW":
      return { tone: "error", text: `L'accueil de cette journée est ouvert ${hours} : cette arrivée n'est pas enregistrée.` };
    case "UNDONE":
      return { tone: "warning", text: `Arrivée annulée : ${name}` };
    case "NOTHING_TO_UNDO":
      return { tone: "warning", text: "Rien à annuler : cette arrivée avait déjà été annulée ou enregistrée par une autre porte." };
    case "ALREADY_APPLIED":
      return { tone: "success", text: "Déjà enregistré." };
  }
}

/** `hours`: when the day's door is open (check-in-hours.ts), said when a tap falls outside. */
export function DoorBanner({ banner, hours, onUndo }: { banner: Banner | null; hours: string; onUndo: (person: DoorPerson) => void }) {
  if (!banner) return <div className="door__banner-slot" aria-live="assertive" />;
  const shown = banner.tone === "result" ? message(banner.result, hours) : { tone: banner.tone === "info" ? ("warning" as const) : ("error" as const), text: banner.text };
  const undoable = banner.tone === "result" && (banner.result.outcome === "CHECKED_IN" || banner.result.outcome === "ALREADY_CHECKED_IN");
  const person = undoable && banner.result.person?.status === "CONFIRMED" ? banner.result.person : null;
  return (
    <div className="door__banner-slot" aria-live="assertive">
      <div className={`door__banner door__banner--${shown.tone}`}>
        <p>
          {shown.text}
          {banner.tone === "result" && banner.unsent && <span className="door__unsent"> (pas encore envoyé)</span>}
        </p>
        {person?.checkInOperationId && (
          <button type="button" className="button button--secondary" onClick={() => onUndo(person)}>
            Annuler cette arrivée
          </button>
        )}
      </div>
    </div>
  );
}
