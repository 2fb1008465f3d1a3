import { z } from "zod";
import { parisTime } from "../dates";
import { optionalDateTimeField, splitDate, splitTime } from "../validation";

/** The form of the admin page « Questionnaire »: sent or not (« oui »/« non »), and its closing date (Paris time; empty: two weeks after the day). */
export const questionnaireSettingsSchema = z.object({
  enabled: z.enum(["oui", "non"], { error: "Indiquez si le questionnaire est envoyé." }).transform((value) => value === "oui"),
  closesAt: optionalDateTimeField("la date de clôture").transform((value) => {
    if (!value) return null;
    const [date, time] = value.split("T");
    return parisTime(...splitDate(date), ...splitTime(time));
  }),
});

export type QuestionnaireSettingsInput = z.infer<typeof questionnaireSettingsSchema>;
