import { beforeAll, describe, expect, it } from "vitest";
import { seedDatabase } from "../../prisma/seed";
import { testAdmin } from "../../tests/support/actors";
import { person } from "../../tests/support/people";
import { lastJoinToken, registerNew } from "../../tests/support/register";
import { toParisIso } from "../dates";
import { db } from "../db/client";
import { isAppError } from "../errors";
import { parseInput } from "../field-errors";
import { createRegistrations } from "../registrations/create-registrations";
import { addDaysByLink, joinLinkView } from "../registrations/join-link";
import { listAuditEntries } from "../audit/list-audit-entries";
import { listAdminEvents, type EditionChoice } from "../events/list-admin-events";
import { listEvents } from "../events/list-events";
import { getEvent } from "../events/get-event";
import { setEventStatus } from "../events/set-event-status";
import { joinToken } from "../links/join-token";
import { getCurrentEdition } from "./get-current-edition";
import { listEditionEvents } from "./list-edition-events";
import { checkSlugsFree } from "./internal/free-slugs";
import { listPastEditions } from "./list-past-editions";
import { makeEditionCurrent } from "./make-edition-current";
import { prepareNextEdition } from "./prepare-next-edition";
import { publishEdition } from "./publish-edition";
import { dayFieldName, editionTextsSchema, prepareNextEditionSchema } from "./schema";
import { suggestedNextDate, suggestedSlug, suggestedTitle } from "./shift-days";
import { updateEditionTexts } from "./update-edition-texts";

// The 2030 edition is seeded (26 June, 12 September); people register during it, then the 2031
// edition is prepared from it and published.
const DURING_2030 = new Date("2030-03-01T10:00:00Z");
const AFTER_2030 = new Date("2030-10-01T10:00:00Z");
const DURING_2031 = new Date("2031-03-01T10:00:00Z");

async function expectAppError(promise: Promise<unknown>, code: string, field?: string) {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(isAppError(error, code as never), `expected ${code}, got ${String(error)}`).toBe(true);
  if (field) expect((error as { field?: string }).field).toBe(field);
}

/** The form of « Préparer l'édition suivante », as an admin fills it: each day moved to `dates[slug]`. */
async function nextEditionForm(dates: Record<string, string>, changes: Record<string, Record<string, string>> = {}) {
  const events = await db.event.findMany({ where: { edition: { slug: "rencontres-2030" } } });
  const fields: Record<string, string> = { title: "3es Rencontres nationales des collectivités locales autour de l'ESS", slug: "rencontres-2031" };
  for (const event of events) {
    const day = { title: event.title, slug: `${event.slug}-2031`, date: dates[event.slug], city: event.city, venue: event.venue ?? "", host: event.host ?? "", ...changes[event.slug] };
    for (const [field, value] of Object.entries(day)) fields[dayFieldName(event.id, field as "slug")] = value;
  }
  return parseInput(prepareNextEditionSchema, fields);
}

const SEPTEMBER_2031 = { bordeaux: "2031-09-11", grenoble: "2031-09-11", nancy: "2031-09-11", rennes: "2031-09-11" };

let edition2030: string;

beforeAll(async () => {
  await seedDatabase(db, { year: 2030 });
  edition2030 = (await db.edition.findFirstOrThrow()).id;
});

describe("the series' texts", () => {
  it("are read from the current edition and saved with their networks in order, audited", async () => {
    const current = await getCurrentEdition();
    expect(current?.networks).toHaveLength(6);
    expect(current?.about.join(" ")).toContain("5 mars 2013");
    expect(current?.footerLines).toHaveLength(2);

    const input = parseInput(editionTextsSchema, {
      title: "2es Rencontres nationales",
      theme: "Coopération",
      context: "Premier paragraphe.\r\n\r\n\r\n\r\nSecond paragraphe.",
      networks: "RTES | Réseau des collectivités territoriales pour une économie solidaire | https://rtes.fr\nARF | Association des régions de France",
      footer: "Ligne un\n\n  Ligne deux  ",
      contactEmail: "Contact@Rencontres.example.fr",
    });
    await updateEditionTexts({ actor: testAdmin, editionId: edition2030, input });
    expect(await getCurrentEdition()).toMatchObject({
      title: "2es Rencontres nationales",
      about: ["Premier paragraphe.", "Second paragraphe."],
      networks: [
        { acronym: "RTES", url: "https://rtes.fr" },
        { acronym: "ARF", url: null },
      ],
      footerLines: ["Ligne un", "Ligne deux"],
      contactEmail: "contact@rencontres.example.fr",
    });
    const entry = await db.auditEntry.findFirstOrThrow({ where: { action: "edition.texts.updated", entityId: edition2030 } });
    expect(entry.before).toMatchObject({ title: "2es Rencontres nationales des collectivités locales autour de l'ESS" });
    expect(entry.after).toMatchObject({ networks: "RTES | Réseau des collectivités territoriales pour une économie solidaire | https://rtes.fr\nARF | Association des régions de France" });
  });

  it("refuse what other fields refuse, in French", () => {
    const errors = (values: Record<string, string>) => {
      const parsed = editionTextsSchema.safeParse({ title: "T", theme: "T", networks: "", ...values });
      return parsed.success ? [] : parsed.error.issues.map((issue) => issue.message);
    };
    expect(errors({ title: "Titre\u202Eretourné" })).toEqual(["Le titre contient des caractères non autorisés (invisibles ou de mise en forme)."]);
    expect(errors({ networks: "ARF" })).toEqual(["Réseaux, ligne 1 : indiquez le sigle puis le nom complet, séparés par « | »."]);
    expect(errors({ networks: "ARF | Régions\nARF | Encore" })).toEqual(["Réseaux, ligne 2 : le sigle ARF figure déjà plus haut."]);
    expect(errors({ networks: "ARF | Régions | javascript:alert(1)" })).toEqual(["Réseaux, ligne 1 : l'adresse web doit commencer par https:// (300 caractères au plus)."]);
    // What the message says: https only.
    expect(errors({ networks: "ARF | Régions | http://regions.example.fr" })).toEqual(["Réseaux, ligne 1 : l'adresse web doit commencer par https:// (300 caractères au plus)."]);
    expect(errors({ networks: "ARF | Régions | https://regions.example.fr" })).toEqual([]);
    expect(errors({ contactEmail: "pas une adresse" })).toEqual(["L'adresse de contact : indiquez une adresse email valide."]);
    expect(errors({ theme: "x".repeat(301) })).toEqual(["Le thème : 300 caractères au plus."]);
  });
});

describe("suggestions for the next edition", () => {
  it("suggests the same weekday a year later, a slug with the year, the next ordinal", () => {
    expect(toParisIso(suggestedNextDate(new Date("2030-06-26T07:30:00Z")))).toBe("2031-06-25T09:30:00+02:00");
    expect(suggestedSlug("journee-nationale", 2031)).toBe("journee-nationale-2031");
    expect(suggestedSlug("nancy-2031", 2032)).toBe("nancy-2032");
    expect(suggestedTitle("2es Rencontres nationales")).toBe("3es Rencontres nationales");
    // The next ordinal, singular or plural as it was, in the short form.
    expect(suggestedTitle("1re Rencontre nationale")).toBe("2e Rencontre nationale");
    expect(suggestedTitle("1res Rencontres nationales")).toBe("2es Rencontres nationales");
    expect(suggestedTitle("1ère Rencontre")).toBe("2e Rencontre");
    expect(suggestedTitle("1ères Rencontres")).toBe("2es Rencontres");
    expect(suggestedTitle("1er colloque")).toBe("2e colloque");
    expect(suggestedTitle("2e Rencontre nationale")).toBe("3e Rencontre nationale");
    expect(suggestedTitle("9es Rencontres")).toBe("10es Rencontres");
    expect(suggestedTitle("2ème Rencontre")).toBe("3e Rencontre");
    expect(suggestedTitle("Rencontres 2030")).toBe("Rencontres 2030");
    expect(suggestedTitle("2030 Rencontres")).toBe("2030 Rencontres");
    expect(suggestedTitle("2emes")).toBe("2emes");
  });
});

describe("preparing and publishing the next edition", () => {
  let personal2030: Record<string, number>;
  const LYON = { grenoble: { title: "Journée régionale de Lyon", city: "Lyon", venue: "Hôtel de la Métropole", host: "Métropole de Lyon", slug: "lyon-2031" } };

  /** The 2031 draft, prepared from the form with Grenoble moved to Lyon, if no test has yet: each test stands alone. */
  async function preparedDraft(): Promise<string> {
    const existing = await db.edition.findUnique({ where: { slug: "rencontres-2031" } });
    if (existing) return existing.id;
    const input = await nextEditionForm({ "journee-nationale": "2031-06-25", ...SEPTEMBER_2031 }, LYON);
    return (await prepareNextEdition({ actor: testAdmin, editionId: edition2030, input, now: AFTER_2030 })).id;
  }

  /** The 2031 edition published (prepared first if need be). */
  async function publishedDraft(): Promise<void> {
    const editionId = await preparedDraft();
    if ((await db.edition.findUniqueOrThrow({ where: { id: editionId } })).status === "DRAFT") await publishEdition({ actor: testAdmin, editionId, now: AFTER_2030 });
  }

  beforeAll(async () => {
    // Personal data of the 2030 edition, none of which may be copied.
    const first = await registerNew({ input: person(1, ["journee-nationale", "nancy"]), now: DURING_2030 });
    await registerNew({ input: person(2, ["rennes"]), now: DURING_2030 });
    const nancy = await db.event.findUniqueOrThrow({ where: { slug: "nancy" } });
    const registrationId = first.registrations.find((registration) => registration.event.slug === "nancy")!.registrationId;
    await db.checkIn.create({ data: { registrationId, eventId: nancy.id, checkedInAt: nancy.startsAt, method: "SEARCH", operationId: "op-1", byLabel: "accueil" } });
    await db.message.create({ data: { eventId: nancy.id, subject: "Accès", body: "Texte", audience: "ACTIVE", recipients: 1, sentById: "u", sentByEmail: "a@b.fr" } });
    await db.securityListEntry.create({ data: { eventId: nancy.id, registrationId, lastName: "X", firstName: "Y", organisation: "Z", frozenAt: nancy.startsAt } });
    await db.programmeChange.create({ data: { eventId: nancy.id, text: "Changement" } });
    await db.programmeItemSpeaker.updateMany({ data: { confirmed: true } });
    // The day's own settings added since: questions (one archived, one with an archived choice), the
    // questionnaire, reserved places; and what people gave or got through them, none of which may come along.
    const lunch = await db.question.create({
      data: {
        eventId: nancy.id, key: "repas", type: "SINGLE_CHOICE", label: "Repas", help: "Pour le traiteur", sensitive: true, position: 0,
        choices: { create: [{ key: "standard", label: "Standard", position: 0 }, { key: "vegetarien", label: "Végétarien", position: 1 }, { key: "ancien", label: "Retiré", position: 2, archivedAt: DURING_2030 }] },
      },
    });
    await db.question.create({ data: { eventId: nancy.id, key: "ancienne", type: "SHORT_TEXT", label: "Ancienne question", position: 1, archivedAt: DURING_2030 } });
    await db.question.create({ data: { eventId: nancy.id, purpose: "FEEDBACK", key: "avis", type: "LONG_TEXT", label: "Votre avis", required: true, position: 0 } });
    await db.answer.create({ data: { registrationId, questionId: lunch.id, value: JSON.stringify("vegetarien") } });
    await db.invitation.create({
      data: { eventId: nancy.id, email: "invitee@example.fr", firstName: "Iva", lastName: "Invitée", role: "INVITE", expiresAt: nancy.startsAt, tokenHash: "hash-invitation-2030", invitedByLabel: "admin", sentAt: DURING_2030 },
    });
    await db.questionnaireInvite.create({ data: { registrationId, eventId: nancy.id, sentAt: nancy.endsAt } });
    await db.feedbackResponse.create({ data: { eventId: nancy.id, linkHash: "hash-questionnaire-2030" } });
    await db.eventDocument.create({ data: { eventId: nancy.id, title: "Plan d'accès", fileName: "plan.pdf", contentType: "application/pdf", size: 10, sha256: "0".repeat(64), publishedAt: DURING_2030 } });
    await db.event.update({
      where: { id: nancy.id },
      data: { questionnaireEnabled: true, questionnaireClosesAt: new Date("2030-09-26T16:00:00Z"), reservedPlaces: 10, reservedReleaseAt: new Date("2030-09-01T08:00:00Z"), reservedReleasedAt: new Date("2030-09-01T08:00:00Z") },
    });
    personal2030 = {
      registrations: await db.registration.count(),
      checkIns: await db.checkIn.count(),
      messages: await db.message.count(),
      security: await db.securityListEntry.count(),
      changes: await db.programmeChange.count(),
      waitlist: await db.waitlistEntry.count(),
      attendees: await db.attendee.count(),
      answers: await db.answer.count(),
      invitations: await db.invitation.count(),
      questionnaireInvites: await db.questionnaireInvite.count(),
      feedback: await db.feedbackResponse.count(),
      documents: await db.eventDocument.count(),
      emails: await db.outboxEmail.count(),
    };
    // Each kind of row exists, so that « not copied » below means something (nobody waits: the days have room).
    expect(Object.entries(personal2030).filter(([, count]) => count === 0)).toEqual([["waitlist", 0]]);
  });

  it("refuses a day whose address is taken, and days that are not the edition's", async () => {
    const rennes = await db.event.findUniqueOrThrow({ where: { slug: "rennes" } });
    const input = await nextEditionForm({ "journee-nationale": "2031-06-25", ...SEPTEMBER_2031 }, { rennes: { slug: "nancy" } });
    await expectAppError(prepareNextEdition({ actor: testAdmin, editionId: edition2030, input }), "SLUG_TAKEN", dayFieldName(rennes.id, "slug"));
    const { days, ...rest } = await nextEditionForm({ "journee-nationale": "2031-06-25", ...SEPTEMBER_2031 });
    const [, ...fewer] = Object.entries(days);
    await expectAppError(prepareNextEdition({ actor: testAdmin, editionId: edition2030, input: { ...rest, days: Object.fromEntries(fewer) } }), "EDITION_DAYS_MISMATCH");
    expect(await db.edition.count()).toBe(1);
  });

  it("names the address that another admin took meanwhile: the edition's, or a day's on its own field", async () => {
    const nancy = await db.event.findUniqueOrThrow({ where: { slug: "nancy" } });
    const day = { title: "Nancy", date: "2031-09-11", city: "Nancy", venue: null, host: null };
    // What prepareNextEdition runs after a unique clash (a concurrent commit) to say which address.
    await expectAppError(checkSlugsFree(db, { slug: "rencontres-2030", days: { [nancy.id]: { ...day, slug: "nancy-2031" } } }), "EDITION_SLUG_TAKEN", "slug");
    await expectAppError(checkSlugsFree(db, { slug: "rencontres-2099", days: { [nancy.id]: { ...day, slug: "rennes" } } }), "SLUG_TAKEN", dayFieldName(nancy.id, "slug"));
    await expect(checkSlugsFree(db, { slug: "rencontres-2099", days: { [nancy.id]: { ...day, slug: "nancy-2099" } } })).resolves.toBeUndefined();
  });

  it("copies the edition as a draft: texts, networks, days moved with their settings, programme and speakers to confirm", async () => {
    const input = await nextEditionForm({ "journee-nationale": "2031-06-25", ...SEPTEMBER_2031 }, LYON);
    const source2030Nancy = await db.event.update({
      where: { slug: "nancy" },
      data: { offerHours: 24, waitlistMode: "AUTO_CONFIRM", reminderDaysBefore: 5, retentionMonths: 12, emailConfirmationHours: 6, securityListCutoffAt: new Date("2030-09-10T16:00:00Z"), certificatesByEmail: false, certificatesEmailTime: "10:30", certificateSignatoryName: "Anne Signataire", certificateSignatoryTitle: "Maire de Nancy" },
    });
    const draftId = (await prepareNextEdition({ actor: testAdmin, editionId: edition2030, input, now: AFTER_2030 })).id;

    const draft = await db.edition.findUniqueOrThrow({ where: { id: draftId }, include: { networks: { orderBy: { position: "asc" } } } });
    const source = await db.edition.findUniqueOrThrow({ where: { id: edition2030 }, include: { networks: { orderBy: { position: "asc" } } } });
    expect(draft).toMatchObject({ status: "DRAFT", slug: "rencontres-2031", title: input.title, theme: source.theme, context: source.context, footer: source.footer, contactEmail: source.contactEmail });
    expect(draft.networks.map(({ acronym, name, url, position }) => ({ acronym, name, url, position }))).toEqual(source.networks.map(({ acronym, name, url, position }) => ({ acronym, name, url, position })));

    const days = await db.event.findMany({ where: { editionId: draftId }, orderBy: [{ startsAt: "asc" }, { slug: "asc" }], include: { _count: { select: { seats: true } } } });
    expect(days.map((day) => [day.slug, day.status, toParisIso(day.startsAt), day.city, day._count.seats])).toEqual([
      ["journee-nationale-2031", "DRAFT", "2031-06-25T09:30:00+02:00", "Paris", 250],
      ["bordeaux-2031", "DRAFT", "2031-09-11T09:30:00+02:00", "Bordeaux", 100],
      ["lyon-2031", "DRAFT", "2031-09-11T09:30:00+02:00", "Lyon", 100],
      ["nancy-2031", "DRAFT", "2031-09-11T09:30:00+02:00", "Nancy", 100],
      ["rennes-2031", "DRAFT", "2031-09-11T09:30:00+02:00", "Rennes", 100],
    ]);
    const lyon = days.find((day) => day.slug === "lyon-2031")!;
    expect(lyon).toMatchObject({ title: "Journée régionale de Lyon", summary: expect.stringContaining("Grenoble"), venue: "Hôtel de la Métropole", host: "Métropole de Lyon", region: "Sud Est" });
    const nancy = days.find((day) => day.slug === "nancy-2031")!;
    expect(nancy).toMatchObject({
      offerHours: 24, waitlistMode: "AUTO_CONFIRM", reminderDaysBefore: 5, retentionMonths: 12, emailConfirmationHours: 6, capacity: 100, securityListFrozenAt: null, calendarSequence: 0,
      certificatesByEmail: false, certificatesEmailTime: "10:30", certificateSignatoryName: source2030Nancy.certificateSignatoryName, certificateSignatoryTitle: source2030Nancy.certificateSignatoryTitle,
      questionnaireEnabled: true, reservedPlaces: 10, reservedReleasedAt: null,
    });
    expect(toParisIso(nancy.securityListCutoffAt!)).toBe("2031-09-09T18:00:00+02:00");
    // Moved with the day (2030-09-12 → 2031-09-11), at the same Paris time.
    expect(toParisIso(nancy.questionnaireClosesAt!)).toBe("2031-09-25T18:00:00+02:00");
    expect(toParisIso(nancy.reservedReleaseAt!)).toBe("2031-08-31T10:00:00+02:00");
    // Its questions, as they are asked now: the archived question and choice stay behind.
    const questions = await db.question.findMany({ where: { eventId: nancy.id }, orderBy: { key: "asc" }, include: { choices: { orderBy: { position: "asc" } } } });
    expect(questions.map(({ purpose, key, type, label, help, required, sensitive, position, archivedAt, choices }) => ({ purpose, key, type, label, help, required, sensitive, position, archivedAt, choices: choices.map((choice) => [choice.key, choice.label, choice.position, choice.archivedAt]) }))).toEqual([
      { purpose: "FEEDBACK", key: "avis", type: "LONG_TEXT", label: "Votre avis", help: null, required: true, sensitive: false, position: 0, archivedAt: null, choices: [] },
      { purpose: "REGISTRATION", key: "repas", type: "SINGLE_CHOICE", label: "Repas", help: "Pour le traiteur", required: false, sensitive: true, position: 0, archivedAt: null, choices: [["standard", "Standard", 0, null], ["vegetarien", "Végétarien", 1, null]] },
    ]);
    expect(await db.question.count({ where: { eventId: { in: days.filter((day) => day.id !== nancy.id).map((day) => day.id) } } })).toBe(
      await db.question.count({ where: { event: { editionId: edition2030, slug: { not: "nancy" } }, archivedAt: null } }),
    );
    expect(toParisIso(nancy.registrationClosesAt!)).toBe("2031-09-11T09:30:00+02:00");

    const national = await db.event.findUniqueOrThrow({
      where: { slug: "journee-nationale-2031" },
      include: { programme: { orderBy: { position: "asc" }, include: { speakers: { orderBy: { position: "asc" } } } } },
    });
    const sourceNational = await db.event.findUniqueOrThrow({
      where: { slug: "journee-nationale" },
      include: { programme: { orderBy: { position: "asc" }, include: { speakers: { orderBy: { position: "asc" } } } } },
    });
    expect(national.programme).toHaveLength(10);
    expect(national.programme.map((item) => [item.title, item.kind, item.position, item.description])).toEqual(sourceNational.programme.map((item) => [item.title, item.kind, item.position, item.description]));
    expect(toParisIso(national.programme[9].startsAt)).toBe("2031-06-25T16:30:00+02:00");
    expect(national.programme[1].speakers.map(({ speakerId, confirmed }) => [speakerId, confirmed])).toEqual(sourceNational.programme[1].speakers.map(({ speakerId }) => [speakerId, false]));
    expect(sourceNational.programme[1].speakers.every((speaker) => speaker.confirmed)).toBe(true);

    // Nothing personal was copied: the counts are those of the 2030 edition, and its own rows are untouched.
    expect({
      registrations: await db.registration.count(),
      checkIns: await db.checkIn.count(),
      messages: await db.message.count(),
      security: await db.securityListEntry.count(),
      changes: await db.programmeChange.count(),
      waitlist: await db.waitlistEntry.count(),
      attendees: await db.attendee.count(),
      answers: await db.answer.count(),
      invitations: await db.invitation.count(),
      questionnaireInvites: await db.questionnaireInvite.count(),
      feedback: await db.feedbackResponse.count(),
      documents: await db.eventDocument.count(),
      emails: await db.outboxEmail.count(),
    }).toEqual(personal2030);
    const draftIds = days.map((day) => day.id);
    const ofDraftDays = { eventId: { in: draftIds } };
    expect({
      answers: await db.answer.count({ where: { question: ofDraftDays } }),
      invitations: await db.invitation.count({ where: ofDraftDays }),
      questionnaireInvites: await db.questionnaireInvite.count({ where: ofDraftDays }),
      feedback: await db.feedbackResponse.count({ where: ofDraftDays }),
      documents: await db.eventDocument.count({ where: ofDraftDays }),
      emails: await db.outboxEmail.count({ where: { registration: ofDraftDays } }),
    }).toEqual({ answers: 0, invitations: 0, questionnaireInvites: 0, feedback: 0, documents: 0, emails: 0 });
    expect(await db.seat.count({ where: { eventId: { in: draftIds }, registrationId: { not: null } } })).toBe(0);
    expect(await db.auditEntry.count({ where: { eventId: { in: draftIds }, action: { notIn: ["event.created", "event.capacity.changed"] } } })).toBe(0);
    expect(await db.auditEntry.count({ where: { action: "edition.prepared", entityId: draftId } })).toBe(1);
  });

  it("keeps the draft out of the public site, and allows one draft at a time", async () => {
    await preparedDraft();
    expect((await listEvents(DURING_2030)).map((event) => event.slug)).toEqual(["journee-nationale", "bordeaux", "grenoble", "nancy", "rennes"]);
    expect(await listEvents(DURING_2030, { edition: "rencontres-2031" })).toEqual([]);
    await expectAppError(listEditionEvents({ edition: "rencontres-2031" }), "EDITION_NOT_FOUND");
    expect(await getEvent("nancy-2031")).toBeNull();
    // A day goes public with its edition, never alone.
    const nancy2031 = await db.event.findUniqueOrThrow({ where: { slug: "nancy-2031" } });
    await expectAppError(setEventStatus({ actor: testAdmin, eventId: nancy2031.id, status: "PUBLISHED" }), "EVENT_OF_DRAFT_EDITION");
    await expectAppError(setEventStatus({ actor: testAdmin, eventId: nancy2031.id, status: "CLOSED" }), "EVENT_OF_DRAFT_EDITION");
    expect((await db.event.findUniqueOrThrow({ where: { slug: "nancy-2031" } })).status).toBe("DRAFT");
    // Even a day marked published ahead of its edition (as before that rule) stays unseen and closed to
    // registration, by the form, the API and a join link alike, until the edition is published.
    await db.event.update({ where: { slug: "nancy-2031" }, data: { status: "PUBLISHED" } });
    expect(await getEvent("nancy-2031")).toBeNull();
    await expectAppError(createRegistrations({ input: person(20, ["nancy-2031"]), now: DURING_2031 }), "EVENT_NOT_FOUND", "events");
    const known = await db.attendee.findFirstOrThrow({ where: { email: person(1, []).email } });
    const token = joinToken({ attendeeId: known.id, manageTokenVersion: known.manageTokenVersion, events: ["nancy-2031"], lunch: false }, new Date("2031-04-01T00:00:00Z"));
    expect(await joinLinkView({ token, now: DURING_2031 })).toMatchObject({ events: [] });
    await expectAppError(addDaysByLink({ token, now: DURING_2031 }), "EVENT_NOT_FOUND", "events");
    expect(await db.registration.count({ where: { eventId: nancy2031.id } })).toBe(0);
    await db.event.update({ where: { slug: "nancy-2031" }, data: { status: "DRAFT" } });
    const input = await nextEditionForm({ "journee-nationale": "2031-06-25", ...SEPTEMBER_2031 });
    await expectAppError(prepareNextEdition({ actor: testAdmin, editionId: edition2030, input: { ...input, slug: "autre" } }), "EDITION_DRAFT_EXISTS");
  });

  it("publishes the draft: it becomes the current edition, its days public, the previous one past", async () => {
    const draftId = await preparedDraft();
    await publishEdition({ actor: testAdmin, editionId: draftId, now: AFTER_2030 });
    const statuses = await db.edition.findMany({ select: { slug: true, status: true }, orderBy: { slug: "asc" } });
    expect(statuses).toEqual([
      { slug: "rencontres-2030", status: "PAST" },
      { slug: "rencontres-2031", status: "CURRENT" },
    ]);
    expect((await getCurrentEdition())?.slug).toBe("rencontres-2031");
    expect((await listEvents(DURING_2031)).map((event) => [event.slug, event.registrationOpen])).toEqual([
      ["journee-nationale-2031", true],
      ["bordeaux-2031", true],
      ["lyon-2031", true],
      ["nancy-2031", true],
      ["rennes-2031", true],
    ]);
    // A day of the previous edition not over yet stays on the registration form until it is over.
    const july2030 = new Date("2030-07-15T10:00:00Z");
    const slugs = async (now: Date, stillAhead: boolean) => (await listEvents(now, { stillAhead })).map((event) => event.slug);
    expect(await slugs(july2030, true)).toEqual(["bordeaux", "grenoble", "nancy", "rennes", "journee-nationale-2031", "bordeaux-2031", "lyon-2031", "nancy-2031", "rennes-2031"]);
    expect(await slugs(july2030, false)).toEqual(["journee-nationale-2031", "bordeaux-2031", "lyon-2031", "nancy-2031", "rennes-2031"]);
    expect(await slugs(DURING_2031, true)).toEqual(await slugs(DURING_2031, false));
    await expectAppError(publishEdition({ actor: testAdmin, editionId: draftId }), "EDITION_NOT_DRAFT");
    await expectAppError(publishEdition({ actor: testAdmin, editionId: edition2030 }), "EDITION_NOT_DRAFT");
    expect(await db.auditEntry.count({ where: { action: "edition.published", entityId: draftId } })).toBe(1);
    // The back office's list of days, per edition: by default the current one (and a draft, if any).
    const slugsOf = async (edition: EditionChoice) => (await listAdminEvents(testAdmin, { edition })).map(({ event }) => event.slug);
    expect(await slugsOf("ACTIVE")).toEqual(["journee-nationale-2031", "bordeaux-2031", "lyon-2031", "nancy-2031", "rennes-2031"]);
    expect(await slugsOf({ slug: "rencontres-2030" })).toEqual(["journee-nationale", "bordeaux", "grenoble", "nancy", "rennes"]);
    expect(await slugsOf("ALL")).toHaveLength(10);
    // The journal, per edition: the new edition's own entries and its days', none of 2030's days.
    const journal = await listAuditEntries({ filters: { edition: "rencontres-2031", page: 1 } });
    expect(new Set(journal.entries.map((entry) => entry.action))).toEqual(new Set(["edition.prepared", "edition.published", "event.created", "event.capacity.changed", "event.status.changed"]));
    expect(journal.entries.every((entry) => entry.event === null || entry.event.slug.endsWith("-2031"))).toBe(true);
  });

  it("keeps the old addresses: a 2030 day's page still answers, as a past day closed to registration", async () => {
    await publishedDraft();
    const old = await getEvent("nancy", DURING_2031);
    expect(old?.registrationOpen).toBe(false);
    const past = await listEditionEvents({ edition: "rencontres-2030", now: DURING_2031 });
    // Its title as it stands (the series' texts above may have renamed it).
    const { title } = await db.edition.findUniqueOrThrow({ where: { slug: "rencontres-2030" } });
    expect(past.edition).toEqual({ slug: "rencontres-2030", title, status: "PAST" });
    expect(past.events.map((event) => [event.slug, event.registrationOpen])).toEqual([
      ["journee-nationale", false],
      ["bordeaux", false],
      ["grenoble", false],
      ["nancy", false],
      ["rennes", false],
    ]);
    expect((await listEditionEvents({ now: DURING_2031 })).edition?.slug).toBe("rencontres-2031");
    await expectAppError(listEditionEvents({ edition: "rencontres-2099" }), "EDITION_NOT_FOUND");
    await expectAppError(createRegistrations({ input: person(10, ["nancy"]), now: DURING_2031 }), "REGISTRATION_CLOSED");
  });

  it("holds the one-day-a-date rule in the new edition, and lets a 2030 attendee come again", async () => {
    await publishedDraft();
    await expectAppError(createRegistrations({ input: person(11, ["nancy-2031", "lyon-2031"]), now: DURING_2031 }), "ONE_EVENT_PER_DAY");
    // Known from 2030: the form sends a link to the address, which adds the 2031 day (another date).
    expect((await createRegistrations({ input: person(1, ["nancy-2031"]), now: DURING_2031 })).outcome).toBe("CHECK_MAILBOX");
    const added = await addDaysByLink({ token: await lastJoinToken(person(1, []).email), now: DURING_2031 });
    expect(added.registrations.map((registration) => [registration.event.slug, registration.status])).toEqual([["nancy-2031", "CONFIRMED"]]);
    const newcomer = await registerNew({ input: person(12, ["journee-nationale-2031", "lyon-2031"]), now: DURING_2031 });
    expect(newcomer.registrations.map((registration) => registration.status)).toEqual(["CONFIRMED", "CONFIRMED"]);
    // Another regional day on the same 2031 date, asked for later: the emailed link refuses it.
    expect((await createRegistrations({ input: person(12, ["rennes-2031"]), now: DURING_2031 })).outcome).toBe("CHECK_MAILBOX");
    await expectAppError(addDaysByLink({ token: await lastJoinToken(person(12, []).email), now: DURING_2031 }), "ONE_EVENT_PER_DAY");
  });

  it("shows the past edition in the archive, with attendance in numbers only", async () => {
    await publishedDraft();
    const [archived] = await listPastEditions();
    expect(archived.slug).toBe("rencontres-2030");
    expect(archived.days.map((day) => [day.slug, day.attendance])).toEqual([
      ["journee-nationale", { registered: 1, present: 0 }],
      ["bordeaux", { registered: 0, present: 0 }],
      ["grenoble", { registered: 0, present: 0 }],
      ["nancy", { registered: 1, present: 1 }],
      ["rennes", { registered: 1, present: 0 }],
    ]);
    expect(archived.days[0].programme[1].speakers.map((speaker) => speaker.confirmed)).toEqual([true, true]);
    expect(JSON.stringify(archived)).not.toContain("personne1@");
  });

  it("makes a past edition current again (a publication undone), the current one past, audited", async () => {
    await publishedDraft();
    const edition2031 = (await db.edition.findUniqueOrThrow({ where: { slug: "rencontres-2031" } })).id;
    await expectAppError(makeEditionCurrent({ actor: testAdmin, editionId: edition2031 }), "EDITION_NOT_PAST");
    await expectAppError(makeEditionCurrent({ actor: testAdmin, editionId: "inconnue" }), "RECORD_NOT_FOUND");
    const statuses = () => db.event.findMany({ select: { slug: true, status: true }, orderBy: { slug: "asc" } });
    const daysBefore = await statuses();

    await makeEditionCurrent({ actor: testAdmin, editionId: edition2030, now: DURING_2031 });
    expect(await db.edition.findMany({ select: { slug: true, status: true }, orderBy: { slug: "asc" } })).toEqual([
      { slug: "rencontres-2030", status: "CURRENT" },
      { slug: "rencontres-2031", status: "PAST" },
    ]);
    expect((await getCurrentEdition())?.slug).toBe("rencontres-2030");
    expect((await listEditionEvents({ now: DURING_2031 })).edition?.slug).toBe("rencontres-2030");
    expect((await listPastEditions()).map((edition) => edition.slug)).toEqual(["rencontres-2031"]);
    // The days keep their status and their addresses.
    expect(await statuses()).toEqual(daysBefore);
    const entry = await db.auditEntry.findFirstOrThrow({ where: { action: "edition.made-current", entityId: edition2030 } });
    expect(entry).toMatchObject({ actorId: testAdmin.userId, before: { status: "PAST", current: ["rencontres-2031"] }, after: { status: "CURRENT", current: ["rencontres-2030"] } });
    // Only a past edition: a draft is published instead.
    await expectAppError(makeEditionCurrent({ actor: testAdmin, editionId: edition2030 }), "EDITION_NOT_PAST");

    // And back: the 2031 edition current again, exactly one current edition throughout.
    await makeEditionCurrent({ actor: testAdmin, editionId: edition2031, now: DURING_2031 });
    expect((await getCurrentEdition())?.slug).toBe("rencontres-2031");
    expect(await db.edition.count({ where: { status: "CURRENT" } })).toBe(1);
  });
});
