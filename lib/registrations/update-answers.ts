import "server-only";
import { selfActor, type AttendeeActor } from "../audit/actor";
import { recordAudit } from "../audit/record-audit";
import { inTransaction } from "../db/transaction";
import { AppError } from "../errors";
import { checkAnswers } from "../questions/answers";
import { toAskedQuestion } from "../questions/list-questions";
import type { AnswersInput } from "../questions/schema";
import { replaceAnswers } from "../questions/write-answers";
import { attendeeByToken } from "./internal/attendee-by-token";

/**
 * The attendee's answers to one day's questions, from the manage page or the JSON API: all the
 * day's questions still asked, checked as on the form (required ones too), replace the answers
 * held; a blank optional answer is removed. Not for a cancelled registration, nor once the day has
 * begun. The journal keeps which questions changed, not the answers (the person's data).
 */
export async function updateAnswers({ actor, event, answers, now = new Date() }: { actor: AttendeeActor; event: string; answers: AnswersInput[string]; now?: Date }): Promise<{ changed: number }> {
  return inTransaction(async (tx) => {
    const attendee = await attendeeByToken(tx, actor.token, now);
    const registration = await tx.registration.findFirst({
      where: { attendeeId: attendee.id, event: { slug: event } },
      include: { event: { include: { questions: { where: { archivedAt: null, purpose: "REGISTRATION" }, include: { choices: true }, orderBy: [{ position: "asc" }, { createdAt: "asc" }] } } } },
    });
    if (!registration) throw new AppError("EVENT_NOT_FOUND", event, "events");
    if (registration.status === "CANCELLED") throw new AppError("WRONG_STATUS", registration.event.title);
    if (registration.event.startsAt <= now) throw new AppError("EVENT_STARTED", registration.event.title);
    const questions = registration.event.questions.map(toAskedQuestion);
    const checked = checkAnswers([{ slug: event, questions }], { [event]: answers });
    const changed = await replaceAnswers(tx, registration.id, questions.map((question) => question.id), checked);
    if (changed.length > 0) {
      await recordAudit(tx, selfActor(attendee.id), {
        action: "registration.answers.updated",
        entityType: "Registration",
        entityId: registration.id,
        eventId: registration.eventId,
        after: { questions: questions.filter((question) => changed.includes(question.id)).map((question) => question.key) },
      });
    }
    return { changed: changed.length };
  });
}
