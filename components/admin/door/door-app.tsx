"use client";

import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { ChoiceOption } from "@/components/ui/choice";
import type { DoorResult } from "@/lib/checkin/apply-door-operations";
import type { DoorPerson } from "@/lib/checkin/door-person";
import type { DoorRoster } from "@/lib/checkin/door-roster";
import type { CheckInOperation } from "@/lib/checkin/schema";
import { normaliseTicketCode } from "@/lib/checkin/ticket-code";
import { DoorBanner, type Banner } from "./door-banner";
import { clock, STATUS_LABELS } from "./door-format";
import { loadQueue, saveQueue, searchable } from "./door-queue";
import { QrScanner } from "./qr-scanner";
import { WalkInForm } from "./walk-in-form";

interface DoorAppProps {
  slug: string;
  initial: DoorRoster;
  organisationTypes: ChoiceOption[];
  roles: ChoiceOption[];
  canExceedCapacity: boolean;
  /** The day's check-in window (ISO instants), and how the door says it: « le … de 7 h 30 à 17 h ». */
  checkInWindow: { opensAt: string; closesAt: string };
  hours: string;
}

const REFRESH_MS = 15_000;

type DoorState = "NOT_YET_OPEN" | "OPEN" | "CLOSED";

/** Whether the day's door is open now, by the phone's clock (the server decides with its own). */
function doorStateAt(window: DoorAppProps["checkInWindow"], now: number): DoorState {
  if (now < Date.parse(window.opensAt)) return "NOT_YET_OPEN";
  return now > Date.parse(window.closesAt) ? "CLOSED" : "OPEN";
}

/**
 * The door, on a phone held in one hand: find a person (QR code, typed code, name), let them in
 * with one tap, undo. The roster stays on the phone and taps queue in its storage, so the door
 * keeps working when the venue's network drops; the server applies each tap once, in order.
 */
export function DoorApp({ slug, initial, organisationTypes, roles, canExceedCapacity, checkInWindow, hours }: DoorAppProps) {
  const endpoint = `/api/admin/events/${slug}/check-ins`;
  const [people, setPeople] = useState(initial.people);
  const [pending, setPending] = useState(0);
  const [online, setOnline] = useState(true);
  const [banner, setBanner] = useState<Banner | null>(null);
  const [query, setQuery] = useState("");
  const [typedCode, setTypedCode] = useState("");
  const [doorState, setDoorState] = useState<DoorState>("OPEN");
  const queue = useRef<CheckInOperation[]>([]);
  const flushing = useRef(false);

  const updateQueue = useCallback(
    (next: CheckInOperation[]) => {
      queue.current = next;
      saveQueue(slug, next);
      setPending(next.length);
    },
    [slug],
  );

  const merge = (changed: DoorPerson[]) =>
    setPeople((current) => {
      const byId = new Map(changed.map((person) => [person.registrationId, person]));
      const known = new Set(current.map((person) => person.registrationId));
      return [...current.map((person) => byId.get(person.registrationId) ?? person), ...changed.filter((person) => !known.has(person.registrationId))];
    });

  /** Sends the queued taps, in order and in batches, until none is left or the network fails. */
  const flush = useCallback(async (): Promise<void> => {
    if (flushing.current) return;
    flushing.current = true;
    try {
      while (queue.current.length > 0) {
        const batch = queue.current.slice(0, 200);
        const response = await fetch(endpoint, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ operations: batch }) });
        setOnline(true);
        if (response.status === 401 || response.status === 403) {
          setBanner({ tone: "error", text: "Votre session a expiré : reconnectez-vous dans un autre onglet. Les arrivées restent sur ce téléphone." });
          return;
        }
        if (response.status === 429) {
          // Too many unknown codes: the taps stay on the phone and go again once the pause is over.
          const { error } = (await response.json()) as { error?: string };
          setBanner({ tone: "error", text: `${error ?? "Trop de codes inconnus en peu de temps."} Les arrivées restent sur ce téléphone.` });
          return;
        }
        if (response.status === 400 || response.status === 409) {
          updateQueue(queue.current.filter((operation) => !batch.includes(operation)));
          setBanner({ tone: "error", text: "Des arrivées enregistrées sur ce téléphone n'ont pas été acceptées par le serveur." });
          continue;
        }
        if (!response.ok) return;
        const { results } = (await response.json()) as { results: DoorResult[] };
        const done = new Set(results.map((result) => result.operationId));
        updateQueue(queue.current.filter((operation) => !done.has(operation.operationId)));
        // A tap outside the day's window was not recorded: the phone's guess that the person came in goes.
        const refused = new Set(results.filter((result) => result.outcome === "OUTSIDE_WINDOW").map((result) => result.operationId));
        setPeople((current) =>
          current.map((person) => (person.checkInOperationId && refused.has(person.checkInOperationId) ? { ...person, checkedInAt: null, checkedInBy: null, checkInOperationId: null } : person)),
        );
        merge(results.flatMap((result) => (result.person ? [result.person] : [])));
        // The server's word replaces what the phone guessed, for the tap on screen.
        setBanner((shown) => {
          const shownId = shown?.tone === "result" ? shown.result.operationId : shown?.tone === "info" ? shown.operationId : undefined;
          const answer = shownId ? results.find((result) => result.operationId === shownId) : undefined;
          return answer ? { tone: "result", result: answer } : shown;
        });
      }
    } catch {
      setOnline(false);
    } finally {
      flushing.current = false;
    }
  }, [endpoint, updateQueue]);

  const refresh = useCallback(async () => {
    await flush();
    if (queue.current.length > 0) return;
    try {
      const response = await fetch(endpoint, { cache: "no-store" });
      if (!response.ok) return;
      const roster = (await response.json()) as DoorRoster;
      if (queue.current.length === 0) setPeople(roster.people);
      setOnline(true);
    } catch {
      setOnline(false);
    }
  }, [endpoint, flush]);

  useEffect(() => {
    // Taps left from before a reload or a closed tab: shown as waiting, then sent.
    queue.current = loadQueue(slug);
    void Promise.resolve().then(() => setPending(queue.current.length)).then(flush);
    const tick = () => setDoorState(doorStateAt(checkInWindow, Date.now()));
    tick();
    const back = () => {
      tick();
      void refresh();
    };
    const lost = () => setOnline(false);
    window.addEventListener("online", back);
    window.addEventListener("offline", lost);
    const timer = window.setInterval(back, REFRESH_MS);
    return () => {
      window.removeEventListener("online", back);
      window.removeEventListener("offline", lost);
      window.clearInterval(timer);
    };
  }, [slug, flush, refresh, updateQueue, checkInWindow]);

  function send(operation: CheckInOperation) {
    updateQueue([...queue.current, operation]);
    void flush();
  }

  function checkIn(target: { code: string } | { registrationId: string }, method: "SCAN" | "CODE" | "SEARCH") {
    const code = "code" in target ? normaliseTicketCode(target.code) : null;
    if ("code" in target && !code) {
      setBanner({ tone: "error", text: "Ce code n'est pas celui d'un billet : 8 caractères, lettres et chiffres." });
      return;
    }
    const person = people.find((candidate) => ("registrationId" in target ? candidate.registrationId === target.registrationId : candidate.ticketCode === code));
    const operationId = crypto.randomUUID();
    const at = new Date().toISOString();
    if (doorStateAt(checkInWindow, Date.parse(at)) !== "OPEN") {
      // Outside the day's window by the phone's clock: nothing shown as in; the server has the last word.
      setBanner({ tone: "result", result: { operationId, outcome: "OUTSIDE_WINDOW", person: person ?? null }, unsent: true });
      send({ type: "check-in", operationId, at, method, ...(code ? { code } : { registrationId: person!.registrationId }) });
      return;
    }
    if (person && (person.status !== "CONFIRMED" || person.checkedInAt)) {
      // Refused or already in: the phone knows it, nothing to send.
      setBanner({ tone: "result", result: { operationId, outcome: person.status === "CONFIRMED" ? "ALREADY_CHECKED_IN" : "NOT_CONFIRMED", person } });
      return;
    }
    if (person) {
      const present = { ...person, checkedInAt: at, checkedInBy: "ce téléphone", checkInOperationId: operationId };
      merge([present]);
      setBanner({ tone: "result", result: { operationId, outcome: "CHECKED_IN", person: present }, unsent: true });
    } else {
      setBanner({ tone: "info", operationId, text: "Code inconnu de ce téléphone : il sera vérifié à l'envoi." });
    }
    send({ type: "check-in", operationId, at, method, ...(code ? { code } : { registrationId: person!.registrationId }) });
  }

  function undo(person: DoorPerson) {
    if (!person.checkInOperationId) return;
    const operationId = crypto.randomUUID();
    send({ type: "undo", operationId, undoes: person.checkInOperationId });
    const out = { ...person, checkedInAt: null, checkedInBy: null, checkInOperationId: null };
    merge([out]);
    setBanner({ tone: "result", result: { operationId, outcome: "UNDONE", person: out }, unsent: true });
  }

  const counts = useMemo(
    () => ({ present: people.filter((person) => person.checkedInAt && person.status === "CONFIRMED").length, confirmed: people.filter((person) => person.status === "CONFIRMED").length }),
    [people],
  );
  const found = useMemo(() => {
    const words = searchable(query).split(/\s+/).filter(Boolean);
    if (query.trim().length < 2) return [];
    return people
      .filter((person) => {
        const text = searchable(`${person.lastName} ${person.firstName} ${person.organisation}`);
        return words.every((word) => text.includes(word));
      })
      .slice(0, 20);
  }, [people, query]);

  return (
    <div className="door">
      <p className="door__counts" aria-live="polite">
        <strong>{counts.present}</strong> présent·es sur <strong>{counts.confirmed}</strong> confirmé·es
      </p>
      <p className={online ? "door__network" : "door__network door__network--offline"} role="status">
        {online ? "En ligne" : "Hors ligne : les arrivées restent sur ce téléphone"}
        {pending > 0 && ` · ${pending} arrivée${pending > 1 ? "s" : ""} en attente d'envoi`}
      </p>

      {doorState !== "OPEN" && (
        <p className="notice notice--error">
          {doorState === "NOT_YET_OPEN"
            ? `L'accueil de cette journée n'est pas encore ouvert : il est ouvert ${hours}. Les arrivées ne sont pas enregistrées avant.`
            : `L'accueil de cette journée est fermé : il était ouvert ${hours}. Les arrivées ne sont plus enregistrées.`}
        </p>
      )}

      <DoorBanner banner={banner} hours={hours} onUndo={undo} />

      <section aria-labelledby="scan" className="door__section">
        <h2 id="scan">Scanner un billet</h2>
        <QrScanner onCode={(code) => checkIn({ code }, "SCAN")} />
      </section>

      <section aria-labelledby="code" className="door__section">
        <h2 id="code">Taper le code du billet</h2>
        <form
          className="door__inline-form"
          onSubmit={(event) => {
            event.preventDefault();
            checkIn({ code: typedCode }, "CODE");
            setTypedCode("");
          }}
        >
          <label htmlFor="ticket-code" className="field__label">
            Code (8 caractères, sous le QR code)
          </label>
          <input
            id="ticket-code"
            className="input door__code-input"
            value={typedCode}
            onChange={(event) => setTypedCode(event.target.value)}
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            maxLength={12}
          />
          <button type="submit" className="button">
            Valider
          </button>
        </form>
      </section>

      <section aria-labelledby="search" className="door__section">
        <h2 id="search">Chercher par nom</h2>
        <label htmlFor="door-search" className="field__label">
          Nom, prénom ou organisation
        </label>
        <input id="door-search" type="search" className="input" value={query} onChange={(event) => setQuery(event.target.value)} autoComplete="off" />
        {query.trim().length >= 2 && (
          <p className="field__hint" aria-live="polite">
            {found.length === 0 ? "Personne ne correspond." : `${found.length} personne${found.length > 1 ? "s" : ""}`}
          </p>
        )}
        <ul className="door__people">
          {found.map((person) => (
            <DoorPersonRow key={person.registrationId} person={person} onCheckIn={() => checkIn({ registrationId: person.registrationId }, "SEARCH")} onUndo={() => undo(person)} />
          ))}
        </ul>
      </section>

      <section aria-labelledby="walk-in" className="door__section">
        <h2 id="walk-in">Sur place</h2>
        <WalkInForm
          slug={slug}
          online={online}
          organisationTypes={organisationTypes}
          roles={roles}
          canExceedCapacity={canExceedCapacity}
          onAdded={(person) => {
            merge([person]);
            setBanner({ tone: "result", result: { operationId: person.checkInOperationId ?? "", outcome: "CHECKED_IN", person } });
          }}
          onListed={(person) => {
            // Already on the day's list: shown by the search, to let them in as anyone else.
            merge([person]);
            setQuery(`${person.firstName} ${person.lastName}`);
          }}
        />
      </section>
    </div>
  );
}

function DoorPersonRow({ person, onCheckIn, onUndo }: { person: DoorPerson; onCheckIn: () => void; onUndo: () => void }) {
  const name = `${person.firstName} ${person.lastName}`;
  return (
    <li className="door__person">
      <p>
        <strong>{name}</strong>
        <br />
        {person.organisation}
      </p>
      {person.status !== "CONFIRMED" ? (
        <p className="door__refused">{STATUS_LABELS[person.status]}</p>
      ) : person.checkedInAt ? (
        <p>
          {`Présent·e depuis ${clock(person.checkedInAt)}`}{" "}
          <button type="button" className="button button--secondary" onClick={onUndo} aria-label={`Annuler l'arrivée de ${name}`}>
            Annuler
          </button>
        </p>
      ) : (
        <button type="button" className="button door__check-in" onClick={onCheckIn} aria-label={`Marquer ${name} présent·e`}>
          Marquer présent·e
        </button>
      )}
    </li>
  );
}
