import { ROLE_LABELS, USER_ROLES } from "@/lib/auth/roles";
import type { FieldGroup, FieldSpec } from "./field-spec";

/** The fields of an account; `events` are the events an organiser may be limited to. */
export function accountGroups(events: { id: string; title: string }[], { withEmail }: { withEmail: boolean }): FieldGroup[] {
  const fields: FieldSpec[] = [
    ...(withEmail ? [{ name: "email", label: "Adresse email", type: "email" } as const] : []),
    { name: "name", label: "Nom", type: "text", optional: true, autoComplete: "off" },
    {
      name: "role",
      label: "Rôle",
      type: "radio",
      options: USER_ROLES.map((role) => ({
        value: role,
        label: role === "ADMIN" ? `${ROLE_LABELS.ADMIN} : tout, comptes compris` : `${ROLE_LABELS.ORGANISER} : listes, exports, accueil`,
      })),
    },
    {
      name: "allEvents",
      label: "Accès d'un·e organisateur·rice",
      type: "radio",
      hint: "Sans effet pour un·e administrateur·rice, qui a accès à tout.",
      options: [
        { value: "cochees", label: "Seulement les journées cochées ci-dessous (aucune cochée : aucun accès)" },
        { value: "toutes", label: "Toutes les journées, y compris celles créées plus tard" },
      ],
    },
    {
      name: "eventIds",
      label: "Journées d'un·e organisateur·rice",
      type: "checkboxes",
      hint: "Prises en compte avec « Seulement les journées cochées ».",
      options: events.map((event) => ({ value: event.id, label: event.title })),
    },
  ];
  return [{ fields }];
}

/** The form's value of an account's reach. */
export const reachValue = (allEvents: boolean) => (allEvents ? "toutes" : "cochees");
