import { Readable } from "node:stream";
import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { seedDatabase } from "../../prisma/seed";
import { testAdmin } from "../../tests/support/actors";
import { person } from "../../tests/support/people";
import { registerNew } from "../../tests/support/register";
import { removeAttendees } from "../../tests/support/reset";
import { attendeeActor, type UserActor } from "../audit/actor";
import { db } from "../db/client";
import { runExport } from "../exports/run-export";
import { exportOptionsSchema } from "../exports/schema";
import { isAppError } from "../errors";
import { createRegistrations } from "../registrations/create-registrations";
import { eraseAttendee } from "../registrations/erase-attendee";
import { formValues, registrationInputFromForm } from "../registrations/form-data";
import { getManageView } from "../registrations/get-manage-view";
import { getRegistrationDetail } from "../registrations/get-registration-detail";
import { listQuerySchema } from "../registrations/list-query";
import { listRegistrations } from "../registrations/list-registrations";
import { registrationInputSchema } from "../registrations/schema";
import { updateAnswers } from "../registrations/update-answers";
import { createQuestion } from "./create-question";
import { listQuestions } from "./list-questions";
import { moveQuestion } from "./move-question";
import { questionStatistics } from "./question-statistics";
import { removeChoice } from "./remove-choice";
import { removeQuestion } from "./remove-question";
import { questionInputSchema, questionUpdateSchema } from "./schema";
import { updateQuestion } from "./update-question";

const NOW = new Date("2030-02-01T10:00:00Z");
const NATIONAL = "journee-nationale";
const organiser: UserActor = { kind: "USER", userId: "test-organiser", email: "orga@rencontres.example.fr", role: "ORGANISER", eventIds: null };

const eventId = async (slug: string) => (await db.event.findUniqueOrThrow({ where: { slug } })).id;

/** A question as the admin form sends it. */
const newQuestion = (fields: Record<string, string>) => questionInputSchema.parse({ required: "non", sensitive: "non", help: "", choices: "", ...fields });

async function caught(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => new Error("expected a rejection"),
    (error: unknown) => error,
  );
}

async function body(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks);
}

/** The national day's questions: a required single choice, an optional yes/no, a sensitive text. */
async function addQuestions() {
  const id = await eventId(NATIONAL);
  const workshop = await createQuestion({
    actor: testAdmin,
    eventId: id,
    input: newQuestion({ label: "Atelier de l'après-midi", type: "SINGLE_CHOICE", required: "oui", choices: "Finances solidaires\nCommande publique\nÉnergie citoyenne" }),
  });
  const dinner = await createQuestion({ actor: testAdmin, eventId: id, input: newQuestion({ label: "Dînerez-vous avec nous ?", type: "YES_NO" }) });
  const health = await createQuestion({ actor: testAdmin, eventId: id, input: newQuestion({ label: "Allergies", type: "SHORT_TEXT", sensitive: "oui", key: "allergies" }) });
  return { workshop, dinner, health };
}

beforeAll(() => seedDatabase(db, { year: 2030 }));
beforeEach(async () => {
  await removeAttendees(db);
  await db.question.deleteMany();
});
afterAll(async () => {
  await db.question.deleteMany();
});

describe("the admins' questions", () => {
  it("are added with a stable key, in order, audited; a key is taken once per day", async () => {
    const { workshop, dinner, health } = await addQuestions();
    expect([workshop.key, dinner.key, health.key]).toEqual(["atelier-de-l-apres-midi", "dinerez-vous-avec-nous", "allergies"]);
    const questions = (await listQuestions([await eventId(NATIONAL)])).get(await eventId(NATIONAL))!;
    expect(questions.map((question) => question.key)).toEqual(["atelier-de-l-apres-midi", "dinerez-vous-avec-nous", "allergies"]);
    expect(questions[0].choices.map((choice) => choice.key)).toEqual(["finances-solidaires", "commande-publique", "energie-citoyenne"]);
    expect(await db.auditEntry.count({ where: { action: "question.created", entityId: workshop.id, actorId: testAdmin.userId } })).toBe(1);

    const taken = await caught(createQuestion({ actor: testAdmin, eventId: await eventId(NATIONAL), input: newQuestion({ label: "Autre", type: "SHORT_TEXT", key: "allergies" }) }));
    expect(isAppError(taken, "QUESTION_KEY_TAKEN")).toBe(true);
    // The same key on another day is another question.
    await createQuestion({ actor: testAdmin, eventId: await eventId("rennes"), input: newQuestion({ label: "Allergies", type: "SHORT_TEXT" }) });

    await moveQuestion({ actor: testAdmin, questionId: health.id, direction: "up" });
    expect(((await listQuestions([await eventId(NATIONAL)])).get(await eventId(NATIONAL)) ?? []).map((question) => question.key)).toEqual([
      "atelier-de-l-apres-midi",
      "allergies",
      "dinerez-vous-avec-nous",
    ]);
  });

  it("check their own form in French: two choices at least, text rules, key format", () => {
    const errors = (input: Record<string, string>) => {
      const parsed = questionInputSchema.safeParse({ required: "non", sensitive: "non", ...input });
      return parsed.success ? {} : Object.fromEntries(parsed.error.issues.map((issue) => [issue.path[0], issue.message]));
    };
    expect(errors({ label: "Atelier", type: "SINGLE_CHOICE", choices: "Un seul" })).toEqual({ choices: "Indiquez au moins deux choix, un par ligne." });
    expect(errors({ label: "At\u200Belier", type: "SHORT_TEXT" }).label).toMatch(/caractères non autorisés/);
    expect(errors({ label: "", type: "SHORT_TEXT" }).label).toBe("Indiquez l'intitulé de la question.");
    expect(errors({ label: "Atelier", type: "SHORT_TEXT", key: "Pas Bon" }).key).toMatch(/lettres minuscules/);
    expect(errors({ label: "Atelier", type: "DATE" }).type).toBe("Choisissez le type de question.");
    expect(questionInputSchema.parse({ label: "Cafe\u0301", type: "SHORT_TEXT", required: "oui", sensitive: "non" }).label).toBe("Café");
  });
});

describe("answers on registering", () => {
  it("are checked against the chosen days' questions and stored with the registration, alone or in a group", async () => {
    const { workshop, dinner, health } = await addQuestions();
    const answers = { [NATIONAL]: { [workshop.key]: "commande-publique", [dinner.key]: true, [health.key]: "Arachide" } };
    const alone = await registerNew({ input: person(1, [NATIONAL], { answers }), now: NOW });
    // Several at once go through the group transaction.
    const group = await Promise.all(
      [2, 3, 4].map((n) => registerNew({ input: person(n, [NATIONAL, "rennes"], { answers: { [NATIONAL]: { [workshop.key]: "energie-citoyenne", [dinner.key]: n === 2 } } }), now: NOW })),
    );
    const view = await getManageView({ token: alone.manageToken });
    expect(view.registrations[0].answers).toEqual({ [workshop.key]: "commande-publique", [dinner.key]: true, [health.key]: "Arachide" });
    for (const result of group) {
      const registration = (await getManageView({ token: result.manageToken })).registrations.find((candidate) => candidate.event.slug === NATIONAL)!;
      expect(registration.answers[workshop.key]).toBe("energie-citoyenne");
    }
    expect(await db.answer.count({ where: { questionId: dinner.id } })).toBe(4);
  });

  it("refuses a missing required answer, an unknown choice, a question of another day, with a French message per field", async () => {
    const { workshop, dinner } = await addQuestions();
    const fieldErrors = async (answers: Record<string, Record<string, string | boolean | string[]>>) => {
      const error = await caught(createRegistrations({ input: person(10, [NATIONAL], { answers }), now: NOW }));
      return isAppError(error, "INVALID_INPUT") ? error.fieldErrors : error;
    };
    expect(await fieldErrors({})).toEqual({ [`answers.${NATIONAL}.${workshop.key}`]: "Répondez à la question « Atelier de l'après-midi »." });
    expect(await fieldErrors({ [NATIONAL]: { [workshop.key]: "cuisine" } })).toEqual({
      [`answers.${NATIONAL}.${workshop.key}`]: "« Atelier de l'après-midi » : choisissez une des réponses proposées.",
    });
    expect(await fieldErrors({ [NATIONAL]: { [workshop.key]: "commande-publique", [dinner.key]: "peut-être" } })).toEqual({
      [`answers.${NATIONAL}.${dinner.key}`]: "« Dînerez-vous avec nous ? » : répondez par oui ou par non.",
    });
    expect(await fieldErrors({ [NATIONAL]: { [workshop.key]: "commande-publique", inconnue: "x" } })).toEqual({
      [`answers.${NATIONAL}.inconnue`]: "Cette question n'existe pas ou plus : rechargez la page.",
    });
    expect(await fieldErrors({ [NATIONAL]: { [workshop.key]: "commande-publique" }, rennes: { x: "y" } })).toEqual({ answers: "Des réponses concernent une journée non choisie (rennes)." });
    expect(await fieldErrors({ [NATIONAL]: { [workshop.key]: "commande-publique", allergies: "a\u202Eb" } })).toEqual({
      [`answers.${NATIONAL}.allergies`]: "« Allergies » contient des caractères non autorisés (invisibles ou de mise en forme).",
    });
    expect(await db.attendee.count()).toBe(0);
  });

  it("are read from the form: only the chosen days' fields, « oui »/« non » and ticked boxes", async () => {
    const { workshop, dinner } = await addQuestions();
    await createQuestion({ actor: testAdmin, eventId: await eventId("rennes"), input: newQuestion({ label: "Atelier", type: "SHORT_TEXT", required: "oui" }) });
    const form = new FormData();
    for (const [name, value] of Object.entries(person(20, []))) if (typeof value === "string") form.set(name, value);
    form.set("consent", "oui");
    form.append("events", NATIONAL);
    form.set(`answers.${NATIONAL}.${workshop.key}`, "finances-solidaires");
    form.set(`answers.${NATIONAL}.${dinner.key}`, "non");
    form.set("answers.rennes.atelier", "");
    const input = registrationInputSchema.parse(registrationInputFromForm(formValues(form)));
    expect(input.answers).toEqual({ [NATIONAL]: { [workshop.key]: "finances-solidaires", [dinner.key]: "non" } });
    const result = await registerNew({ input, now: NOW });
    expect((await getManageView({ token: result.manageToken })).registrations[0].answers).toEqual({ [workshop.key]: "finances-solidaires", [dinner.key]: false });
  });
});

describe("the attendee's answers", () => {
  it("are edited from the manage link: checked as on the form, a blank optional answer removed, audited by question key", async () => {
    const { workshop, dinner, health } = await addQuestions();
    const { manageToken, registrations } = await registerNew({ input: person(30, [NATIONAL], { answers: { [NATIONAL]: { [workshop.key]: "commande-publique", [dinner.key]: true } } }), now: NOW });
    const actor = attendeeActor(manageToken);
    expect(await updateAnswers({ actor, event: NATIONAL, answers: { [workshop.key]: "energie-citoyenne", [dinner.key]: "", [health.key]: "Gluten" }, now: NOW })).toEqual({ changed: 3 });
    expect((await getManageView({ token: manageToken })).registrations[0].answers).toEqual({ [workshop.key]: "energie-citoyenne", [health.key]: "Gluten" });
    const entry = await db.auditEntry.findFirstOrThrow({ where: { action: "registration.answers.updated", entityId: registrations[0].registrationId } });
    expect(entry.after).toEqual({ questions: [workshop.key, dinner.key, health.key] });
    expect(JSON.stringify(entry)).not.toContain("Gluten");

    const missing = await caught(updateAnswers({ actor, event: NATIONAL, answers: { [workshop.key]: "" }, now: NOW }));
    expect(isAppError(missing, "INVALID_INPUT") && missing.fieldErrors).toEqual({ [`answers.${NATIONAL}.${workshop.key}`]: "Répondez à la question « Atelier de l'après-midi »." });
    expect(isAppError(await caught(updateAnswers({ actor, event: "rennes", answers: {}, now: NOW })), "EVENT_NOT_FOUND")).toBe(true);
    const started = new Date("2030-06-26T12:00:00Z");
    expect(isAppError(await caught(updateAnswers({ actor, event: NATIONAL, answers: { [workshop.key]: "commande-publique" }, now: started })), "EVENT_STARTED")).toBe(true);
  });
});

describe("questions with answers", () => {
  it("keep their answers readable when edited, when a choice is removed and when archived; without answers they go", async () => {
    const { workshop, dinner, health } = await addQuestions();
    const { registrations } = await registerNew({ input: person(40, [NATIONAL], { answers: { [NATIONAL]: { [workshop.key]: "commande-publique", [dinner.key]: true } } }), now: NOW });
    const registrationId = registrations[0].registrationId;

    await updateQuestion({
      actor: testAdmin,
      questionId: workshop.id,
      update: questionUpdateSchema.parse({ label: "Atelier choisi", help: "", required: "oui", sensitive: "non", newChoices: "Tiers-lieux", "choix.commande-publique": "Achats responsables" }),
    });
    const [question] = (await listQuestions([await eventId(NATIONAL)])).get(await eventId(NATIONAL))!;
    expect(question.label).toBe("Atelier choisi");
    expect(question.choices.map((choice) => choice.label)).toEqual(["Finances solidaires", "Achats responsables", "Énergie citoyenne", "Tiers-lieux"]);
    expect(await db.auditEntry.count({ where: { action: "question.updated", entityId: workshop.id } })).toBe(1);

    // A chosen choice is archived, an unchosen one deleted; the answer still reads its label.
    expect(await removeChoice({ actor: testAdmin, questionId: workshop.id, choiceKey: "commande-publique" })).toBe("ARCHIVED");
    expect(await removeChoice({ actor: testAdmin, questionId: workshop.id, choiceKey: "tiers-lieux" })).toBe("DELETED");
    expect(isAppError(await caught(removeChoice({ actor: testAdmin, questionId: workshop.id, choiceKey: "finances-solidaires" })), "QUESTION_TOO_FEW_CHOICES")).toBe(true);
    const detail = await getRegistrationDetail({ eventId: await eventId(NATIONAL), registrationId, viewer: testAdmin });
    expect(detail!.answers.map(({ text }) => text)).toEqual(["Achats responsables (choix retiré)", "Oui"]);
    // The archived choice is no longer offered.
    const refused = await caught(createRegistrations({ input: person(41, [NATIONAL], { answers: { [NATIONAL]: { [workshop.key]: "commande-publique" } } }), now: NOW }));
    expect(isAppError(refused, "INVALID_INPUT")).toBe(true);

    expect(await removeQuestion({ actor: testAdmin, questionId: dinner.id })).toBe("ARCHIVED");
    expect(await removeQuestion({ actor: testAdmin, questionId: health.id })).toBe("DELETED");
    expect(await db.question.count({ where: { id: health.id } })).toBe(0);
    expect(isAppError(await caught(updateQuestion({ actor: testAdmin, questionId: dinner.id, update: questionUpdateSchema.parse({ label: "x", required: "non", sensitive: "non" }) })), "QUESTION_ARCHIVED")).toBe(true);
    // No longer asked, still answered.
    expect(((await listQuestions([await eventId(NATIONAL)])).get(await eventId(NATIONAL)) ?? []).map((asked) => asked.key)).toEqual([workshop.key]);
    expect((await getRegistrationDetail({ eventId: await eventId(NATIONAL), registrationId, viewer: testAdmin }))!.answers.map(({ question, text }) => [question.archived, text])).toEqual([
      [false, "Achats responsables (choix retiré)"],
      [true, "Oui"],
    ]);
    expect(await db.auditEntry.count({ where: { action: { in: ["question.archived", "question.deleted", "question.choice.removed"] } } })).toBeGreaterThanOrEqual(4);
  });
});

describe("answers in lists, exports, statistics and erasure", () => {
  it("filter the list by a choice or yes/no, fill a column per question, leave sensitive ones out unless an admin asks, and count on the dashboard", async () => {
    const { workshop, dinner, health } = await addQuestions();
    const multiple = await createQuestion({ actor: testAdmin, eventId: await eventId(NATIONAL), input: newQuestion({ label: "Thèmes", type: "MULTIPLE_CHOICE", choices: "Emploi\nLogement\nMobilité" }) });
    const people = [
      { n: 50, answers: { [workshop.key]: "commande-publique", [dinner.key]: true, [health.key]: "Arachide", [multiple.key]: ["emploi", "mobilite"] } },
      { n: 51, answers: { [workshop.key]: "commande-publique", [dinner.key]: false } },
      { n: 52, answers: { [workshop.key]: "finances-solidaires", [multiple.key]: ["mobilite"] } },
    ];
    for (const { n, answers } of people) await registerNew({ input: person(n, [NATIONAL], { lastName: `Nom${"abc"[n - 50]}`, answers: { [NATIONAL]: answers } }), now: NOW });
    await removeChoice({ actor: testAdmin, questionId: workshop.id, choiceKey: "commande-publique" });

    const id = await eventId(NATIONAL);
    const names = async (reponse: string[]) => (await listRegistrations({ eventId: id, query: listQuerySchema.parse({ reponse }) })).rows.map((row) => row.attendee.lastName);
    expect(await names([`${workshop.key}:commande-publique`])).toEqual(["Noma", "Nomb"]);
    expect(await names([`${dinner.key}:oui`])).toEqual(["Noma"]);
    expect(await names([`${dinner.key}:non`])).toEqual(["Nomb"]);
    expect(await names([`${multiple.key}:mobilite`, `${workshop.key}:finances-solidaires`])).toEqual(["Nomc"]);
    // Sensitive answers are never a filter.
    expect(await names([`${health.key}:arachide`])).toEqual([]);

    const exported = async (actor: UserActor, options: Record<string, string>) => {
      const file = await runExport({ actor, slug: NATIONAL, dataset: "attendees", query: listQuerySchema.parse({}), options: exportOptionsSchema.parse({ format: "csv", ...options }), now: NOW });
      return parse((await body(file.body)).toString("utf8").replace(/^\uFEFF/, ""), { columns: true }) as Record<string, string>[];
    };
    const rows = await exported(organiser, {});
    expect(Object.keys(rows[0])).toEqual(expect.arrayContaining(["Atelier de l'après-midi", "Dînerez-vous avec nous ?", "Thèmes"]));
    expect(Object.keys(rows[0]).some((header) => header.startsWith("Allergies"))).toBe(false);
    expect(rows.map((row) => [row.Nom, row["Atelier de l'après-midi"], row["Dînerez-vous avec nous ?"], row["Thèmes"]])).toEqual([
      ["Noma", "Commande publique (choix retiré)", "Oui", "Emploi ; Mobilité"],
      ["Nomb", "Commande publique (choix retiré)", "Non", ""],
      ["Nomc", "Finances solidaires", "", "Mobilité"],
    ]);
    expect(isAppError(await caught(exported(organiser, { sensibles: "oui" })), "FORBIDDEN")).toBe(true);
    const withSensitive = await exported(testAdmin, { sensibles: "oui" });
    expect(withSensitive[0]["Allergies (donnée sensible)"]).toBe("Arachide");

    // An archived question keeps its column, marked, in XLSX too.
    await removeQuestion({ actor: testAdmin, questionId: dinner.id });
    const xlsx = await runExport({ actor: testAdmin, slug: NATIONAL, dataset: "attendees", query: listQuerySchema.parse({}), options: exportOptionsSchema.parse({ format: "xlsx" }), now: NOW });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await body(xlsx.body)) as unknown as ExcelJS.Buffer);
    const header = (workbook.worksheets[0].getRow(1).values as unknown[]).filter(Boolean);
    expect(header).toContain("Dînerez-vous avec nous ? (question archivée)");
    expect(header).not.toContain("Allergies (donnée sensible)");
    // The answers' values, as in the CSV: a column per question, read back by name.
    const sheet = workbook.worksheets[0];
    const column = (label: string) => (sheet.getRow(1).values as unknown[]).indexOf(label);
    const cells = (label: string) => Array.from({ length: sheet.rowCount - 1 }, (_, k) => String(sheet.getRow(k + 2).getCell(column(label)).value ?? ""));
    expect(column("Thèmes")).toBeGreaterThan(0);
    expect(cells("Nom")).toEqual(["Noma", "Nomb", "Nomc"]);
    expect(cells("Atelier de l'après-midi")).toEqual(["Commande publique (choix retiré)", "Commande publique (choix retiré)", "Finances solidaires"]);
    expect(cells("Dînerez-vous avec nous ? (question archivée)")).toEqual(["Oui", "Non", ""]);
    expect(cells("Thèmes")).toEqual(["Emploi ; Mobilité", "", "Mobilité"]);

    const tallies = await questionStatistics(id);
    expect(tallies.map(({ question, counts, answered }) => [question.key, counts, answered])).toEqual([
      [workshop.key, [{ label: "Finances solidaires", count: 1 }, { label: "Commande publique (choix retiré)", count: 2 }, { label: "Énergie citoyenne", count: 0 }], 3],
      [multiple.key, [{ label: "Emploi", count: 1 }, { label: "Logement", count: 0 }, { label: "Mobilité", count: 2 }], 2],
    ]);
  });

  it("show a sensitive answer on the registration's page to admins only", async () => {
    const { workshop, health } = await addQuestions();
    const national = await eventId(NATIONAL);
    const { registrations } = await registerNew({ input: person(61, [NATIONAL], { answers: { [NATIONAL]: { [workshop.key]: "commande-publique", [health.key]: "Arachide" } } }), now: NOW });
    const detail = (viewer: UserActor) => getRegistrationDetail({ eventId: national, registrationId: registrations[0].registrationId, viewer });
    const shown = async (viewer: UserActor) => (await detail(viewer))!.answers.map(({ question, text }) => [question.key, text]);
    expect(await shown(testAdmin)).toEqual([[workshop.key, "Commande publique"], [health.key, "Arachide"]]);
    expect(await shown(organiser)).toEqual([[workshop.key, "Commande publique"]]);
    expect(JSON.stringify(await detail(organiser))).not.toContain("Arachide");
  });

  it("go with the person's erasure", async () => {
    const { workshop, health } = await addQuestions();
    const { registrations } = await registerNew({ input: person(60, [NATIONAL], { answers: { [NATIONAL]: { [workshop.key]: "commande-publique", [health.key]: "Arachide" } } }), now: NOW });
    expect(await db.answer.count({ where: { registrationId: registrations[0].registrationId } })).toBe(2);
    await eraseAttendee({ actor: testAdmin, registrationId: registrations[0].registrationId, eventId: await eventId(NATIONAL), now: NOW });
    expect(await db.answer.count({ where: { registrationId: registrations[0].registrationId } })).toBe(0);
  });
});
