import type { UserActor } from "../../lib/audit/actor";

/** An admin acting in domain tests (operations take the actor; no session is involved). */
export const testAdmin: UserActor = {
  kind: "USER",
  userId: "test-admin",
  email: "admin@rencontres.example.fr",
  role: "ADMIN",
  eventIds: null,
};
