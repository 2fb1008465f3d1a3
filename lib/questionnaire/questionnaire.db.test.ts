import { randomUUID } from "node:crypto";
import type { Readable } from "node:stream";
import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { testAdmin } from "../../tests/support/actors";
import { withSeededDatabaseAndSmtp } from "../../tests/support/mail-test-setup";
import { person } from "../../tests/support/people";
import { applyDoorOperations } from "../checkin/apply-door-operations";
import { parisTime } from "../dates";
import { db } from "../db/client";
import { isAppError } from "../errors";
import { runExport } from "../exports/run-export";
import { exportOptionsSchema } from "../exports/schema";
import { deliverOutbox } from "../mail/deliver-outbox";
import { createQuestion } from "../questions/create-question";
import { listQuestionsBySlug } from "../questions/list-questions";
import { questionInputSchema } from "../questions/schema";
import { createRegistrations } from "../registrations/create-registrations";
import { listQuerySchema } from "../registrations/list-query";
import { registrationInputSchema } from "../registrations/schema";
import { answerQuestionnaire } from "./answer-questionnaire";
import { questionnaireForm } from "./questionnaire-form";
import { questionnaireResults } from "./questionnaire-results";
import { sendDueQuestionnaires } from "./send-due-questionnaires";
import { questionnaireSending, sendQuestionnaireNow } from "./send-questionnaire-now";
import { sendQuestionnaireReminders } from "./send-questionnaire-reminders";
import { updateQuestionnaireSettings } from "./update-questionnaire-settings";

/** The national day is on 26 June 2030, 9 h 30 – 17 h (Paris): the questionnaire goes on the 27th at 9 h. */
const SLUG = "journee-nationale";
const MORNING_AFTER = parisTime(2030, 6, 27, 9, 0);
const CLOSES_AT = parisTime(2030, 7, 10, 18, 0);

const smtp = withSeededDatabaseAndSmtp();
let n = 0;

async function register(slug = SLUG) {
  const result = await createRegistrations({ input: registrationInputSchema.parse(person(++n, [slug])), now: new Date("2030-02-01T10:00:00Z") });
  return { registrationId: result.registrations[0].registrationId, email: `personne${n}@collectivite.example.fr`, lastName: person(n, [SLUG]).lastName as string };
}

/** Checked in on the day (by default the national day, 26 June 2030), at 9 h 15 unless said. */
async function arrive(eventId: string, registrationId: string, [year, month, day] = [2030, 6, 26], [hours, minutes] = [9, 15]) {
  const [result] = await applyDoorOperations({
    actor: testAdmin,
    eventId,
    now: parisTime(year, month, day, 17, 0),
    operations: [{ type: "check-in", operationId: randomUUID(), method: "SEARCH", registrationId, at: parisTime(year, month, day, hours, minutes).toISOString() }],
  });
  expect(result.outcome).toBe("CHECKED_IN");
}

const question = (fields: Record<string, string>) => questionInputSchema.parse({ required: "non", sensitive: "non", ...fields });
const received = (to: string, subject: string) => smtp.messages.filter((mail) => mail.to && "text" in mail.to && mail.to.text === to && mail.subject?.startsWith(subject));
const linkIn = (text: string) => /\/questionnaire\/([^\s)\]>]+)/.exec(text)?.[1] ?? "";

async function body(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks);
}

describe("the questionnaire after the day", () => {
  it("goes once to those who came, takes anonymous answers until it closes, reminds once, and exports no one", async () => {
    const event = await db.event.findUniqueOrThrow({ where: { slug: SLUG } });
    await createQuestion({ actor: testAdmin, eventId: event.id, purpose: "FEEDBACK", input: question({ type: "SINGLE_CHOICE", label: "Votre avis sur la journée", required: "oui", choices: "Très bien\nBien\nDécevant" }) });
    await createQuestion({ actor: testAdmin, eventId: event.id, purpose: "FEEDBACK", input: question({ type: "LONG_TEXT", label: "Une suggestion ?" }) });
    // Feedback questions are never asked on the registration form.
    expect((await listQuestionsBySlug([SLUG])).get(SLUG)).toEqual([]);

    const came = await register();
    const cameToo = await register();
    const noShow = await register();
    await arrive(event.id, came.registrationId);
    await arrive(event.id, cameToo.registrationId);
    await deliverOutbox({ smtpUrl: smtp.url });

    // Off by default: nothing goes.
    expect(await sendDueQuestionnaires({ now: MORNING_AFTER })).toBe(0);
    await expect(updateQuestionnaireSettings({ actor: testAdmin, eventId: event.id, input: { enabled: true, closesAt: parisTime(2030, 6, 26, 12, 0) } })).rejects.toSatisfy((error) =>
      isAppError(error, "QUESTIONNAIRE_CLOSING_BEFORE_DAY"),
    );
    await updateQuestionnaireSettings({ actor: testAdmin, eventId: event.id, input: { enabled: true, closesAt: CLOSES_AT } });
    expect(await db.auditEntry.count({ where: { action: "event.questionnaire.updated", eventId: event.id } })).toBe(1);

    expect(await sendDueQuestionnaires({ now: parisTime(2030, 6, 27, 8, 59) })).toBe(0);
    expect(await sendDueQuestionnaires({ now: MORNING_AFTER })).toBe(2);
    expect(await sendDueQuestionnaires({ now: parisTime(2030, 6, 28, 9, 0) })).toBe(0);
    expect(await deliverOutbox({ smtpUrl: smtp.url })).toMatchObject({ sent: 2, failed: 0 });
    expect(received(noShow.email, "Votre avis")).toHaveLength(0);
    const [mail] = received(came.email, "Votre avis sur la journée");
    expect(mail.text).toContain("anonymes");
    const token = linkIn(mail.text ?? "");
    const [otherMail] = received(cameToo.email, "Votre avis sur la journée");
    const otherToken = linkIn(otherMail.text ?? "");

    // A forged link, and a required answer missing: clear refusals.
    await expect(questionnaireForm({ token: `${token.slice(0, -2)}xx`, now: MORNING_AFTER })).rejects.toSatisfy((error) => isAppError(error, "QUESTIONNAIRE_LINK_INVALID"));
    await expect(answerQuestionnaire({ token, input: { [SLUG]: {} }, now: MORNING_AFTER })).rejects.toSatisfy((error) => isAppError(error, "INVALID_INPUT"));

    const form = await questionnaireForm({ token, now: MORNING_AFTER });
    expect(form.questions.map((asked) => asked.label)).toEqual(["Votre avis sur la journée", "Une suggestion ?"]);
    const [opinion, suggestion] = form.questions;
    const veryGood = opinion.choices[0].key;
    expect(await answerQuestionnaire({ token, input: { [SLUG]: { [opinion.key]: opinion.choices[2].key } }, now: MORNING_AFTER })).toEqual({ updated: false });
    // Changed until the closing date: still one response.
    expect(await answerQuestionnaire({ token, input: { [SLUG]: { [opinion.key]: veryGood, [suggestion.key]: "Plus de pauses" } }, now: parisTime(2030, 7, 1, 10, 0) })).toEqual({ updated: true });
    expect((await questionnaireForm({ token, now: parisTime(2030, 7, 1, 10, 0) })).answers).toEqual({ [opinion.key]: veryGood, [suggestion.key]: "Plus de pauses" });
    expect(await db.feedbackResponse.count({ where: { eventId: event.id } })).toBe(1);

    // The reminder: once, a few days before closing, only to who has not answered.
    expect(await sendQuestionnaireReminders({ now: parisTime(2030, 7, 1, 10, 0) })).toBe(0);
    expect(await sendQuestionnaireReminders({ now: parisTime(2030, 7, 8, 10, 0) })).toBe(1);
    expect(await sendQuestionnaireReminders({ now: parisTime(2030, 7, 9, 10, 0) })).toBe(0);
    await deliverOutbox({ smtpUrl: smtp.url });
    expect(received(cameToo.email, "Rappel : votre avis")).toHaveLength(1);
    expect(received(came.email, "Rappel : votre avis")).toHaveLength(0);
    expect(linkIn(received(cameToo.email, "Rappel : votre avis")[0].text ?? "")).toBe(otherToken);

    // After closing: refused, the answers kept.
    await expect(answerQuestionnaire({ token: otherToken, input: { [SLUG]: { [opinion.key]: veryGood } }, now: CLOSES_AT })).rejects.toSatisfy((error) => isAppError(error, "QUESTIONNAIRE_CLOSED"));
    expect((await questionnaireForm({ token: otherToken, now: CLOSES_AT })).closed).toBe(true);

    // Anonymous: the stored response names no registration, and neither the audit nor the exports tie it to anyone.
    // Nor any time: the invite keeps when it was answered, so a response's date (or a cuid, which
    // holds the time it was made) would tie it to its registration. Every column, as the database has it:
    const invite = await db.questionnaireInvite.findUniqueOrThrow({ where: { registrationId: came.registrationId } });
    expect(invite.answeredAt).toEqual(MORNING_AFTER);
    const [response, ...others] = await db.$queryRaw<Record<string, unknown>[]>`SELECT * FROM "FeedbackResponse" WHERE "eventId" = ${event.id}`;
    expect(others).toEqual([]);
    expect(Object.keys(response).sort()).toEqual(["eventId", "id", "linkHash"]);
    const answerRows = await db.$queryRaw<Record<string, unknown>[]>`SELECT * FROM "FeedbackAnswer" WHERE "responseId" = ${response.id}`;
    expect(answerRows).toHaveLength(2);
    expect(Object.keys(answerRows[0]).sort()).toEqual(["id", "questionId", "responseId", "value"]);
    const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
    for (const id of [response.id, ...answerRows.map((row) => row.id)]) expect(id).toMatch(UUID_V4);
    const times = [invite.sentAt, invite.answeredAt!].flatMap((at) => [at.toISOString(), String(at.getTime()), String(Math.floor(at.getTime() / 1000))]);
    for (const value of [...Object.values(response), ...answerRows.flatMap((row) => Object.values(row))]) {
      for (const time of times) expect(String(value)).not.toContain(time);
    }
    // The audit of the answer and of its change names the day and no one, not the response.
    expect(await db.auditEntry.count({ where: { entityId: response.id as string } })).toBe(0);
    const answerAudit = await db.auditEntry.findMany({ where: { action: { startsWith: "questionnaire.response." } }, orderBy: { createdAt: "asc" } });
    expect(answerAudit.map(({ action, entityType, entityId, actorId, actorLabel, before, after }) => ({ action, entityType, entityId, actorId, actorLabel, before, after }))).toEqual(
      ["questionnaire.response.created", "questionnaire.response.updated"].map((action) => ({
        action,
        entityType: "Event",
        entityId: event.id,
        actorId: null,
        actorLabel: "système (questionnaire-anonymous-answer)",
        before: null,
        after: null,
      })),
    );
    const csv = parse(await body((await runExport({ actor: testAdmin, slug: SLUG, dataset: "questionnaire", query: listQuerySchema.parse({}), options: exportOptionsSchema.parse({}) })).body), { bom: true }) as string[][];
    expect(csv).toEqual([["Réponse n°", "Votre avis sur la journée", "Une suggestion ?"], ["1", "Très bien", "Plus de pauses"]]);
    const workbook = new ExcelJS.Workbook();
    const xlsx = await runExport({ actor: testAdmin, slug: SLUG, dataset: "questionnaire", query: listQuerySchema.parse({}), options: exportOptionsSchema.parse({ format: "xlsx" }) });
    await workbook.xlsx.load((await body(xlsx.body)) as unknown as ExcelJS.Buffer);
    const cells = workbook.worksheets[0].getSheetValues().flat().map(String).join(" ");
    expect(cells).toContain("Plus de pauses");
    for (const registrant of [came, cameToo]) {
      expect(cells).not.toContain(registrant.email);
      expect(cells).not.toContain(registrant.lastName);
      expect(csv.flat().join(" ")).not.toContain(registrant.email);
    }

    const results = await questionnaireResults(event.id);
    expect(results).toMatchObject({ sent: 2, responses: 1 });
    expect(results.questions[0]).toMatchObject({ kind: "chart", tally: { answered: 1, counts: [{ label: "Très bien", count: 1 }, { label: "Bien", count: 0 }, { label: "Décevant", count: 0 }] } });
    expect(results.questions[1]).toMatchObject({ kind: "texts", texts: ["Plus de pauses"] });
  });

  it("goes once to each person when two instances send at the same moment", async () => {
    // Rennes: 12 September 2030; the questionnaire goes on the 13th at 9 h.
    const event = await db.event.findUniqueOrThrow({ where: { slug: "rennes" } });
    // Asked as « sensitive »: a questionnaire's question never is (anonymous answers, seen by organisers).
    const { id: questionId } = await createQuestion({ actor: testAdmin, eventId: event.id, purpose: "FEEDBACK", input: question({ type: "LONG_TEXT", label: "Un mot sur la journée ?", sensitive: "oui" }) });
    expect(await db.question.findUniqueOrThrow({ where: { id: questionId } })).toMatchObject({ purpose: "FEEDBACK", sensitive: false });
    await updateQuestionnaireSettings({ actor: testAdmin, eventId: event.id, input: { enabled: true, closesAt: parisTime(2030, 9, 30, 18, 0) } });
    const people = [];
    for (let k = 0; k < 10; k++) people.push(await register("rennes"));
    for (const { registrationId } of people) await arrive(event.id, registrationId, [2030, 9, 12]);

    const now = parisTime(2030, 9, 13, 9, 0);
    const runs = await Promise.all([sendDueQuestionnaires({ now }), sendDueQuestionnaires({ now })]);
    expect(runs[0] + runs[1]).toBe(10);
    expect(await sendDueQuestionnaires({ now: parisTime(2030, 9, 13, 9, 5) })).toBe(0);
    const ids = people.map(({ registrationId }) => registrationId);
    expect(await db.questionnaireInvite.count({ where: { registrationId: { in: ids } } })).toBe(10);
    const emails = await db.outboxEmail.findMany({ where: { kind: "QUESTIONNAIRE", registrationId: { in: ids } }, select: { registrationId: true } });
    expect(emails.map(({ registrationId }) => registrationId).sort()).toEqual([...ids].sort());
    expect(await db.auditEntry.count({ where: { action: "registration.questionnaire.sent", entityId: { in: ids } } })).toBe(10);
  });

  it("goes now when an admin sends it, from the day's start until it closes, once; the job then sends only to later arrivals", async () => {
    // Bordeaux: 12 September 2030, 9 h 30 – 17 h; sent « now » during the closing session.
    const event = await db.event.findUniqueOrThrow({ where: { slug: "bordeaux" } });
    const send = (now: Date) => sendQuestionnaireNow({ actor: testAdmin, eventId: event.id, now });
    const closingSession = parisTime(2030, 9, 12, 16, 30);
    const [early, earlyToo, late, noShow] = [await register("bordeaux"), await register("bordeaux"), await register("bordeaux"), await register("bordeaux")];
    await arrive(event.id, early.registrationId, [2030, 9, 12]);
    await arrive(event.id, earlyToo.registrationId, [2030, 9, 12]);

    // Refused, in the order an admin would set it up, each with what to do.
    await expect(send(closingSession)).rejects.toMatchObject({ code: "QUESTIONNAIRE_NOT_READY", status: 409, message: expect.stringContaining("activez-le d'abord") });
    await updateQuestionnaireSettings({ actor: testAdmin, eventId: event.id, input: { enabled: true, closesAt: parisTime(2030, 9, 30, 18, 0) } });
    await expect(send(closingSession)).rejects.toMatchObject({ code: "QUESTIONNAIRE_NOT_READY", message: expect.stringContaining("au moins une question") });
    await createQuestion({ actor: testAdmin, eventId: event.id, purpose: "FEEDBACK", input: question({ type: "LONG_TEXT", label: "Un mot sur la journée ?" }) });
    await expect(send(parisTime(2030, 9, 12, 9, 0))).rejects.toMatchObject({ code: "QUESTIONNAIRE_NOT_READY", message: expect.stringContaining("(la journée commence le ") });
    expect(await questionnaireSending({ eventId: event.id, now: parisTime(2030, 9, 12, 9, 0) })).toMatchObject({ sent: 0, awaiting: 2, refusal: { code: "QUESTIONNAIRE_NOT_READY" } });

    expect(await questionnaireSending({ eventId: event.id, now: closingSession })).toEqual({ sent: 0, awaiting: 2, refusal: null });
    expect(await send(closingSession)).toEqual({ sent: 2 });
    expect(await send(parisTime(2030, 9, 12, 16, 35))).toEqual({ sent: 0 });
    const sentBy = await db.auditEntry.findMany({ where: { action: "registration.questionnaire.sent", entityId: { in: [early.registrationId, earlyToo.registrationId] } } });
    expect(sentBy.map((entry) => entry.actorId)).toEqual([testAdmin.userId, testAdmin.userId]);
    expect((await db.auditEntry.findMany({ where: { action: "event.questionnaire.sent", eventId: event.id }, orderBy: { createdAt: "asc" } })).map((entry) => entry.after)).toEqual([{ sent: 2 }, { sent: 0 }]);

    // Someone who arrives after it went gets it from the job the morning after, and only they do.
    await arrive(event.id, late.registrationId, [2030, 9, 12], [16, 45]);
    expect(await questionnaireSending({ eventId: event.id, now: parisTime(2030, 9, 12, 16, 50) })).toEqual({ sent: 2, awaiting: 1, refusal: null });
    expect(await sendDueQuestionnaires({ now: parisTime(2030, 9, 13, 9, 0) })).toBe(1);
    await deliverOutbox({ smtpUrl: smtp.url });
    for (const { email } of [early, earlyToo, late]) expect(received(email, "Votre avis sur la journée")).toHaveLength(1);
    expect(received(noShow.email, "Votre avis")).toHaveLength(0);

    await expect(send(parisTime(2030, 9, 30, 18, 0))).rejects.toMatchObject({ code: "QUESTIONNAIRE_CLOSED", message: expect.stringContaining("clos (depuis le ") });
  });
});
