/** How long answers are taken when the organisers set no closing date. */
export const QUESTIONNAIRE_DEFAULT_DAYS = 14;

/** Until when a day's questionnaire takes (and lets people change) answers. */
export function questionnaireClosesAt(event: { endsAt: Date; questionnaireClosesAt: Date | null }): Date {
  return event.questionnaireClosesAt ?? new Date(event.endsAt.getTime() + QUESTIONNAIRE_DEFAULT_DAYS * 86_400_000);
}
