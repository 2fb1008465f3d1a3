import { z } from "zod";
import { parisTime } from "../dates";
import { optionalDateTimeField, splitDate, splitTime } from "../validation";

/** The form of the admin page « Questionnaire »: on or off, and its closing date (Paris time; empty: two weeks after the day). */
export const questionnaireSettingsSchema = z.object({
  enabled: z.enum(["on"]).optional().transform((value) => value === "on"),
  closesAt: optionalDateTimeField("la date de clôture").transform((value) => {
    if (!value) return null;
    const [date, time] = value.split("T");
    return parisTime(...splitDate(date), ...splitTime(time));
  }),
});

export type QuestionnaireSettingsInput = z.infer<typeof questionnaireSettingsSchema>;
