import type { ChoiceOption } from "@/components/ui/choice";
import { ORGANISATION_TYPE_LABELS, ROLE_LABELS } from "@/lib/registrations/schema";

export interface AttendeeChoices {
  organisationTypes: ChoiceOption[];
  roles: ChoiceOption[];
}

const options = (labels: Record<string, string>): ChoiceOption[] =>
  Object.entries(labels).map(([value, label]) => ({ value, label }));

/** Built by the server pages and handed to the forms, so the client bundle carries no zod schema. */
export function attendeeChoices(): AttendeeChoices {
  return { organisationTypes: options(ORGANISATION_TYPE_LABELS), roles: options(ROLE_LABELS) };
}
