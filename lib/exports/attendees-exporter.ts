import "server-only";
import { ORGANISATION_TYPE_LABELS, ROLE_LABELS } from "../registrations/schema";
import { REGISTRATION_STATUS_LABELS } from "../registrations/list-query";
import { guestRoleLabel } from "../registrations/guest-roles";
import { streamRegistrations } from "../registrations/list-registrations";
import { readStoredValue } from "../questions/answers";
import { listQuestions } from "../questions/list-questions";
import { answerText, type AskedQuestion } from "../questions/question-types";
import type { Event } from "../db/models";
import type { ExportOptions } from "./schema";
import type { Cell, ExportColumn, ListExporter } from "./exporter";

/** The day's questions an export shows: archived ones too (their answers are kept), sensitive ones when asked. */
async function exportedQuestions(event: Event, options: ExportOptions): Promise<AskedQuestion[]> {
  const questions = (await listQuestions([event.id], { archived: true })).get(event.id) ?? [];
  return questions.filter((question) => !question.sensitive || options.sensibles === "oui");
}

const questionColumn = (question: AskedQuestion): ExportColumn => ({
  id: `question.${question.key}`,
  label: `${question.label}${question.archived ? " (question archivée)" : ""}${question.sensitive ? " (donnée sensible)" : ""}`,
  width: question.type === "LONG_TEXT" ? 40 : 24,
});

/** The registrations of an event with what each person gave: the list organisers work from. */
export const attendeesExporter: ListExporter = {
  id: "attendees",
  title: "Inscrit·es",
  formats: ["csv", "xlsx", "pdf"],
  columns: [
    { id: "lastName", label: "Nom", width: 22 },
    { id: "firstName", label: "Prénom", width: 18 },
    { id: "email", label: "Email", width: 32 },
    { id: "organisation", label: "Organisation", width: 32 },
    { id: "organisationType", label: "Type de structure", width: 22 },
    { id: "jobTitle", label: "Fonction", width: 28 },
    { id: "role", label: "Statut", width: 10 },
    { id: "phone", label: "Téléphone", width: 16 },
    { id: "status", label: "Inscription", width: 16 },
    { id: "guestRole", label: "Invité·e comme", width: 16 },
    { id: "lunch", label: "Déjeuner", width: 10 },
    { id: "dietaryNeeds", label: "Régime alimentaire", width: 28 },
    { id: "accessibilityNeeds", label: "Besoins d'accessibilité", width: 28 },
    { id: "registeredAt", label: "Inscrit·e le", width: 18 },
    { id: "checkedInAt", label: "Arrivé·e à", width: 18 },
  ],
  async eventColumns(event, options) {
    return (await exportedQuestions(event, options)).map(questionColumn);
  },
  async *rows(event, query, options) {
    const questions = await exportedQuestions(event, options);
    for await (const registration of streamRegistrations({ eventId: event.id, query })) {
      const { attendee } = registration;
      const answers: Record<string, Cell> = {};
      for (const question of questions) {
        const answer = registration.answers.find((candidate) => candidate.questionId === question.id);
        answers[`question.${question.key}`] = answer ? answerText(question, readStoredValue(answer.value)) : null;
      }
      yield {
        ...answers,
        lastName: attendee.lastName,
        firstName: attendee.firstName,
        email: attendee.email,
        organisation: attendee.organisation,
        organisationType: ORGANISATION_TYPE_LABELS[attendee.organisationType],
        jobTitle: attendee.jobTitle,
        role: ROLE_LABELS[attendee.role],
        phone: attendee.phone,
        status: REGISTRATION_STATUS_LABELS[registration.status],
        guestRole: guestRoleLabel(registration.guestRole),
        lunch: event.kind === "NATIONAL" ? registration.lunch : null,
        dietaryNeeds: attendee.dietaryNeeds,
        accessibilityNeeds: attendee.accessibilityNeeds,
        registeredAt: registration.createdAt,
        checkedInAt: registration.checkIn?.checkedInAt ?? null,
      };
    }
  },
};
