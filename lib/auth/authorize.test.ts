import { describe, expect, it } from "vitest";
import type { UserActor } from "../audit/actor";
import { authorize, canSeeEvent } from "./authorize";

const user = (role: UserActor["role"], eventIds: string[] | null = null): UserActor => ({ kind: "USER", userId: "u", email: "u@example.fr", role, eventIds });

describe("authorize", () => {
  it("sends nobody to sign in, whatever is asked", () => {
    expect(authorize(null)).toBe("UNAUTHENTICATED");
    expect(authorize(null, { role: "ADMIN", eventId: "e1" })).toBe("UNAUTHENTICATED");
  });

  it("lets admins do everything", () => {
    expect(authorize(user("ADMIN"), { role: "ADMIN", eventId: "e1" })).toBe("ALLOWED");
  });

  it("keeps organisers out of admin work and out of events they are not limited to", () => {
    expect(authorize(user("ORGANISER"), { role: "ADMIN" })).toBe("FORBIDDEN");
    expect(authorize(user("ORGANISER"), { eventId: "e1" })).toBe("ALLOWED");
    expect(authorize(user("ORGANISER", ["e1"]), { eventId: "e1" })).toBe("ALLOWED");
    expect(authorize(user("ORGANISER", ["e1"]), { eventId: "e2" })).toBe("FORBIDDEN");
    expect(authorize(user("ORGANISER", ["e1"]))).toBe("ALLOWED");
  });

  it("gives an organiser with no day no event at all: an empty list never means every day", () => {
    const nobody = user("ORGANISER", []);
    expect(authorize(nobody, { eventId: "e1" })).toBe("FORBIDDEN");
    expect(canSeeEvent(nobody, "e1")).toBe(false);
    expect(canSeeEvent(user("ORGANISER", ["e1"]), "e2")).toBe(false);
    expect(canSeeEvent(user("ORGANISER"), "e2")).toBe(true);
    // The back office's home is theirs (it explains that no day is given to them).
    expect(authorize(nobody)).toBe("ALLOWED");
  });
});
