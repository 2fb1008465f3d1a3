import { describe, expect, it } from "vitest";
import { db } from "../db/client";
import { testAdmin } from "../../tests/support/actors";
import { setUserActive } from "./set-user-active";
import { updateUser } from "./update-user";
import { userForSessionToken } from "./session-user";
import { ensureAdmin } from "./ensure-admin";


const MINUTE = 60_000;
let n = 0;

/** An account with one open session, last used at `lastSeenAt`. */
async function signedIn(role: "ADMIN" | "ORGANISER", { lastSeenAt = new Date(), expires = new Date(Date.now() + 12 * 60 * MINUTE) } = {}) {
  const user = await db.user.create({ data: { email: `compte${++n}@example.fr`, role } });
  const sessionToken = `session-${n}`;
  await db.session.create({ data: { sessionToken, userId: user.id, expires, lastSeenAt } });
  return { user, sessionToken };
}

/** An event of its own for a test (this file seeds nothing). */
const anEvent = () =>
  db.event.create({
    data: {
      edition: { create: { slug: `serie-${++n}`, title: "Série", theme: "Thème", context: "Contexte" } },
      slug: `journee-${n}`, title: "Journée", kind: "REGIONAL", summary: "", startsAt: new Date(), endsAt: new Date(), city: "Lyon", capacity: 1,
    },
  });

describe("sessions", () => {
  it("stand for their user, with the events an organiser is limited to: none, some, or every one by choice", async () => {
    const { user, sessionToken } = await signedIn("ORGANISER");
    const event = await anEvent();
    expect(await userForSessionToken(sessionToken)).toMatchObject({ userId: user.id, role: "ORGANISER", eventIds: [] });
    await db.organiserEvent.create({ data: { userId: user.id, eventId: event.id } });
    expect(await userForSessionToken(sessionToken)).toMatchObject({ eventIds: [event.id] });
    await db.user.update({ where: { id: user.id }, data: { allEvents: true } });
    expect(await userForSessionToken(sessionToken)).toMatchObject({ eventIds: null });
    expect(await userForSessionToken("inconnue")).toBeNull();
  });

  it("end after two hours without a request, and are kept alive by requests", async () => {
    const now = new Date();
    const idle = await signedIn("ORGANISER", { lastSeenAt: new Date(now.getTime() - 121 * MINUTE) });
    expect(await userForSessionToken(idle.sessionToken, now)).toBeNull();
    expect(await db.session.count({ where: { sessionToken: idle.sessionToken } })).toBe(0);

    const active = await signedIn("ORGANISER", { lastSeenAt: new Date(now.getTime() - 100 * MINUTE) });
    expect(await userForSessionToken(active.sessionToken, now)).not.toBeNull();
    expect((await db.session.findUniqueOrThrow({ where: { sessionToken: active.sessionToken } })).lastSeenAt).toEqual(now);
    expect(await userForSessionToken(active.sessionToken, new Date(now.getTime() + 100 * MINUTE))).not.toBeNull();
  });

  it("end at their absolute limit", async () => {
    const expired = await signedIn("ADMIN", { expires: new Date(Date.now() - 1000) });
    expect(await userForSessionToken(expired.sessionToken)).toBeNull();
  });

  it("end at once when the account is deactivated, and it cannot be the last admin", async () => {
    const organiser = await signedIn("ORGANISER");
    await setUserActive({ actor: testAdmin, userId: organiser.user.id, active: false });
    expect(await userForSessionToken(organiser.sessionToken)).toBeNull();
    expect(await db.session.count({ where: { userId: organiser.user.id } })).toBe(0);
    expect(await db.auditEntry.count({ where: { entityId: organiser.user.id, action: "user.deactivated" } })).toBe(1);

    await db.user.updateMany({ where: { role: "ADMIN" }, data: { deactivatedAt: new Date() } });
    const lastAdmin = await signedIn("ADMIN");
    await expect(setUserActive({ actor: testAdmin, userId: lastAdmin.user.id, active: false })).rejects.toMatchObject({ code: "LAST_ADMIN" });
    await expect(updateUser({ actor: testAdmin, userId: lastAdmin.user.id, input: { name: null, role: "ORGANISER", allEvents: false, eventIds: [] } })).rejects.toMatchObject({
      code: "LAST_ADMIN",
    });
    expect(await userForSessionToken(lastAdmin.sessionToken)).toMatchObject({ role: "ADMIN" });
  });

  it("follow an account's new role and events at the next request, and the change is audited", async () => {
    const { user, sessionToken } = await signedIn("ADMIN");
    await signedIn("ADMIN");
    const event = await anEvent();
    await updateUser({ actor: testAdmin, userId: user.id, input: { name: "Dominique", role: "ORGANISER", allEvents: false, eventIds: [event.id, event.id] } });
    expect(await userForSessionToken(sessionToken)).toMatchObject({ role: "ORGANISER", eventIds: [event.id] });
    expect(await db.auditEntry.findFirst({ where: { entityId: user.id, action: "user.updated" } })).toMatchObject({
      actorId: testAdmin.userId,
      before: { name: null, role: "ADMIN", allEvents: false, eventIds: [] },
      after: { name: "Dominique", role: "ORGANISER", allEvents: false, eventIds: [event.id] },
    });
    // An admin sees every event, whatever was ticked for them as an organiser.
    await updateUser({ actor: testAdmin, userId: user.id, input: { name: "Dominique", role: "ADMIN", allEvents: false, eventIds: [event.id] } });
    expect(await userForSessionToken(sessionToken)).toMatchObject({ role: "ADMIN", eventIds: null });
  });

  it("admin:add creates, promotes and reactivates an admin account", async () => {
    expect(await ensureAdmin({ email: "nouvelle-admin@example.fr" })).toBe("created");
    expect(await ensureAdmin({ email: "nouvelle-admin@example.fr" })).toBe("unchanged");
    const { user } = await signedIn("ORGANISER");
    await db.user.update({ where: { id: user.id }, data: { deactivatedAt: new Date() } });
    expect(await ensureAdmin({ email: user.email })).toBe("promoted");
    expect(await db.user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({ role: "ADMIN", deactivatedAt: null });
  });
});
