import { describe, expect, it } from "vitest";
import { db } from "../db/client";
import { listAdminEvents } from "../events/list-admin-events";
import { testAdmin } from "../../tests/support/actors";
import { inviteUser } from "./invite-user";
import { accountSchema, accountUpdateSchema } from "./schema";
import { userForSessionToken } from "./session-user";
import { updateUser } from "./update-user";


let n = 0;

/** An event of its own for a test (this file seeds nothing). */
const anEvent = () =>
  db.event.create({
    data: {
      edition: { create: { slug: `serie-${++n}`, title: "Série", theme: "Thème", context: "Contexte" } },
      slug: `journee-${n}`, title: `Journée ${n}`, kind: "REGIONAL", summary: "", startsAt: new Date(), endsAt: new Date(), city: "Lyon", capacity: 1,
    },
  });

/** The account's reach as its next request sees it. */
async function reachOf(userId: string) {
  const sessionToken = `session-reach-${++n}`;
  await db.session.create({ data: { sessionToken, userId, expires: new Date(Date.now() + 3_600_000), lastSeenAt: new Date() } });
  const actor = (await userForSessionToken(sessionToken))!;
  return { eventIds: actor.eventIds, listed: (await listAdminEvents(actor)).map((row) => row.event.id) };
}

const invite = (email: string, reach: { allEvents: boolean; eventIds: string[] }) =>
  inviteUser({ actor: testAdmin, input: { email, name: null, role: "ORGANISER", ...reach } });

describe("an organiser's days", () => {
  it("are every day only by the explicit choice, which the form asks for apart from the days ticked", () => {
    const form = { email: "choix@example.fr", role: "ORGANISER" };
    expect(accountSchema.parse({ ...form, allEvents: "toutes" })).toMatchObject({ allEvents: true, eventIds: [] });
    expect(accountSchema.parse({ ...form, allEvents: "cochees" })).toMatchObject({ allEvents: false, eventIds: [] });
    expect(accountUpdateSchema.parse({ role: "ORGANISER", allEvents: "cochees", eventIds: "e1" })).toMatchObject({ allEvents: false, eventIds: ["e1"] });
    const missing = accountSchema.safeParse(form);
    expect(missing.success).toBe(false);
    expect(missing.error?.issues[0]).toMatchObject({ path: ["allEvents"], message: "Choisissez les journées de l'organisateur·rice." });
  });

  it("are none when none is ticked: such an organiser reaches no day, and every day once given them, audited", async () => {
    const [first, second] = [await anEvent(), await anEvent()];
    const user = await invite("aucune@example.fr", { allEvents: false, eventIds: [] });
    expect(await reachOf(user.id)).toEqual({ eventIds: [], listed: [] });
    expect(await db.auditEntry.findFirst({ where: { entityId: user.id, action: "user.invited" } })).toMatchObject({
      after: { role: "ORGANISER", allEvents: false, eventIds: [] },
    });

    await updateUser({ actor: testAdmin, userId: user.id, input: { name: null, role: "ORGANISER", allEvents: true, eventIds: [first.id] } });
    const everyDay = await reachOf(user.id);
    expect(everyDay.eventIds).toBeNull();
    expect(everyDay.listed).toEqual(expect.arrayContaining([first.id, second.id]));
    expect(await db.organiserEvent.count({ where: { userId: user.id } })).toBe(0);

    await updateUser({ actor: testAdmin, userId: user.id, input: { name: null, role: "ORGANISER", allEvents: false, eventIds: [second.id] } });
    expect(await reachOf(user.id)).toEqual({ eventIds: [second.id], listed: [second.id] });
    const updates = await db.auditEntry.findMany({ where: { entityId: user.id, action: "user.updated" }, orderBy: { createdAt: "asc" } });
    expect(updates.map((entry) => [entry.before, entry.after])).toEqual([
      [{ name: null, role: "ORGANISER", allEvents: false, eventIds: [] }, { name: null, role: "ORGANISER", allEvents: true, eventIds: [] }],
      [{ name: null, role: "ORGANISER", allEvents: true, eventIds: [] }, { name: null, role: "ORGANISER", allEvents: false, eventIds: [second.id] }],
    ]);
  });

  it("given every day at the invitation, are every day, those created later included", async () => {
    const user = await invite("toutes@example.fr", { allEvents: true, eventIds: [] });
    const later = await anEvent();
    expect(await reachOf(user.id)).toMatchObject({ eventIds: null, listed: expect.arrayContaining([later.id]) });
  });

  it("must exist: an unknown day is a French message on the days' field, and nothing is created or changed", async () => {
    const event = await anEvent();
    await expect(invite("inconnue@example.fr", { allEvents: false, eventIds: [event.id, "journee-inexistante"] })).rejects.toMatchObject({
      code: "ACCOUNT_UNKNOWN_EVENT",
      field: "eventIds",
      status: 400,
      message: "Une des journées cochées n'existe pas ou plus : rechargez la page, puis cochez à nouveau les journées.",
    });
    expect(await db.user.count({ where: { email: "inconnue@example.fr" } })).toBe(0);

    const user = await invite("garde@example.fr", { allEvents: false, eventIds: [event.id] });
    const audited = await db.auditEntry.count({ where: { entityId: user.id } });
    await expect(
      updateUser({ actor: testAdmin, userId: user.id, input: { name: "Autre", role: "ORGANISER", allEvents: false, eventIds: ["journee-inexistante"] } }),
    ).rejects.toMatchObject({ code: "ACCOUNT_UNKNOWN_EVENT", field: "eventIds" });
    expect(await db.user.findUniqueOrThrow({ where: { id: user.id }, include: { events: true } })).toMatchObject({ name: null, events: [{ eventId: event.id }] });
    expect(await db.auditEntry.count({ where: { entityId: user.id } })).toBe(audited);
  });
});
