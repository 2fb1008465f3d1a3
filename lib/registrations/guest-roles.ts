import type { GuestRole } from "../db/models";

/** How lists, badges, the security list, exports and emails name an invited person's role. */
export const GUEST_ROLE_LABELS: Record<GuestRole, string> = {
  INTERVENANT: "Intervenant·e",
  INVITE: "Invité·e",
  PRESSE: "Presse",
  ORGANISATION: "Organisation",
};

/** A registration's role as lists show it: the public has none. */
export const guestRoleLabel = (role: GuestRole | null | undefined): string => (role ? GUEST_ROLE_LABELS[role] : "");
