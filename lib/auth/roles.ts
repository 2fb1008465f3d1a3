import type { UserRole } from "../db/models";

export const USER_ROLES = ["ADMIN", "ORGANISER"] as const satisfies readonly UserRole[];

export const ROLE_LABELS: Record<UserRole, string> = {
  ADMIN: "Administrateur·rice",
  ORGANISER: "Organisateur·rice",
};
