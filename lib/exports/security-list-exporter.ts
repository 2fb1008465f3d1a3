import "server-only";
import { db } from "../db/client";
import type { Event } from "../db/models";
import { formatDateTime } from "../dates";
import { nameKey } from "../registrations/name-key";
import { guestRoleLabel } from "../registrations/guest-roles";
import { freezeSecurityList } from "./freeze-security-list";
import type { ListExporter } from "./exporter";

type ListEntry = { registrationId: string; lastName: string; firstName: string; organisation: string };

/** By name as a French reader looks it up (the frozen list is a few hundred rows: sorted here). */
const byName = <T extends ListEntry>(entries: T[]) =>
  entries
    .map((entry) => ({ entry, key: nameKey(entry.lastName, entry.firstName) }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.entry.registrationId < b.entry.registrationId ? -1 : 1))
    .map(({ entry }) => entry);

/** The list is frozen when its cut-off is set and has been applied. */
export const isFrozen = (event: Event) => Boolean(event.securityListCutoffAt && event.securityListFrozenAt);

/** The list sent after its cut-off is the frozen one, even before the job has run. */
async function frozenIfDue(event: Event, now: Date): Promise<Event> {
  return (await freezeSecurityList(event, { now })) ? db.event.findUniqueOrThrow({ where: { id: event.id } }) : event;
}

async function currentList(eventId: string) {
  const rows = await db.registration.findMany({
    where: { eventId, status: "CONFIRMED" },
    select: { id: true, attendee: { select: { lastName: true, firstName: true, organisation: true } } },
    orderBy: [{ attendee: { nameKey: "asc" } }, { id: "asc" }],
  });
  return rows.map(({ id, attendee }) => ({ registrationId: id, ...attendee }));
}

/** The role of each invited person among the registrations (the frozen list keeps names only). */
async function rolesOf(eventId: string): Promise<Map<string, string>> {
  const guests = await db.registration.findMany({ where: { eventId, guestRole: { not: null } }, select: { id: true, guestRole: true } });
  return new Map(guests.map((guest) => [guest.id, guestRoleLabel(guest.guestRole)]));
}

const columns = [
  { id: "lastName", label: "Nom", width: 26 },
  { id: "firstName", label: "Prénom", width: 22 },
  { id: "organisation", label: "Organisation", width: 40 },
  { id: "guestRole", label: "Rôle", width: 14 },
];

/**
 * The list the venue checks identities against (the Assemblée nationale does, at the door): every
 * confirmed attendee, by name; once the event's cut-off has passed, the list as it was then (as
 * sent). The list's filters do not apply: the venue needs everyone.
 */
export const securityListExporter: ListExporter = {
  id: "security-list",
  title: "Liste de sécurité",
  formats: ["pdf", "xlsx", "csv"],
  columns,
  prepare: frozenIfDue,
  stateLine: (event, now) =>
    isFrozen(event) ? `Liste arrêtée le ${formatDateTime(event.securityListFrozenAt!)}, telle qu'envoyée au lieu` : `État au ${formatDateTime(now)}`,
  async *rows(event) {
    const list = isFrozen(event)
      ? byName(await db.securityListEntry.findMany({ where: { eventId: event.id } }))
      : await currentList(event.id);
    const roles = await rolesOf(event.id);
    for (const { registrationId, lastName, firstName, organisation } of list) yield { lastName, firstName, organisation, guestRole: roles.get(registrationId) ?? "" };
  },
};

/**
 * Who came onto or left the list after its cut-off (the late additions to send to the venue):
 * confirmed now and not on the frozen list, or on it and no longer confirmed.
 */
export const securityListChangesExporter: ListExporter = {
  id: "security-list-changes",
  title: "Liste de sécurité : ajouts tardifs",
  formats: ["pdf", "xlsx", "csv"],
  columns: [{ id: "change", label: "Changement", width: 12 }, ...columns],
  prepare: frozenIfDue,
  stateLine: (event, now) =>
    isFrozen(event)
      ? `Changements depuis l'arrêt de la liste, le ${formatDateTime(event.securityListFrozenAt!)} ; état au ${formatDateTime(now)}`
      : "La liste n'est pas encore arrêtée : aucun ajout tardif.",
  async *rows(event) {
    if (!isFrozen(event)) return;
    const [frozen, current] = await Promise.all([db.securityListEntry.findMany({ where: { eventId: event.id } }), currentList(event.id)]);
    const sent = new Set(frozen.map((entry) => entry.registrationId));
    const now = new Set(current.map((entry) => entry.registrationId));
    const changes = byName([
      ...current.filter((entry) => !sent.has(entry.registrationId)).map((entry) => ({ change: "Ajout", ...entry })),
      ...frozen.filter((entry) => !now.has(entry.registrationId)).map((entry) => ({ change: "Retrait", ...entry })),
    ]);
    const roles = await rolesOf(event.id);
    for (const { change, registrationId, lastName, firstName, organisation } of changes) yield { change, lastName, firstName, organisation, guestRole: roles.get(registrationId) ?? "" };
  },
};
