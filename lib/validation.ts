import { z } from "zod";

/** Shared zod fields of the forms: French messages, text trimmed and in NFC, nothing unprintable. */

/**
 * What no text typed by a person needs, and what disguises text: control characters, format
 * characters (bidirectional overrides, zero-width spaces and joiners, soft hyphens), lone
 * surrogates, and runs of three combining marks or more (NFC composes the accents of real names,
 * Vietnamese included, into at most two).
 */
const UNSAFE_TEXT = /[\p{Cc}\p{Cf}\p{Cs}]|\p{M}{3}/u;

/** Whether a text (line breaks allowed when `lines`) holds none of UNSAFE_TEXT. */
export const isSafeText = (text: string, { lines = false } = {}) => !UNSAFE_TEXT.test(lines ? text.replace(/\n/g, "") : text);

/** One spelling of each letter: « é » typed as e + ◌́ is stored as é. */
export const nfc = (text: string) => text.normalize("NFC");

const capitalised = (label: string) => `${label.charAt(0).toUpperCase()}${label.slice(1)}`;

export const requiredText = (label: string, max: number) =>
  z
    .string({ error: `Indiquez ${label}.` })
    .trim()
    .overwrite(nfc)
    .min(1, `Indiquez ${label}.`)
    .max(max, `${capitalised(label)} : ${max} caractères au plus.`)
    .refine((text) => isSafeText(text), `${capitalised(label)} contient des caractères non autorisés (invisibles ou de mise en forme).`);

/** A text that may be empty, stored as null when it is. Multi-line when `lines`. */
export const optionalText = (label: string, max: number, { lines = false } = {}) =>
  z
    .string({ error: `${capitalised(label)} : texte attendu.` })
    .trim()
    .overwrite(nfc)
    .max(max, `${capitalised(label)} : ${max} caractères au plus.`)
    .transform((text) => (lines ? text.replace(/\r\n?/g, "\n") : text))
    .refine((text) => isSafeText(text, { lines }), `${capitalised(label)} contient des caractères non autorisés (invisibles ou de mise en forme).`)
    .optional()
    .transform((text) => text || null);

export const integer = (label: string, min: number, max: number) =>
  z.coerce
    .number({ error: `${capitalised(label)} : nombre entier attendu.` })
    .int(`${capitalised(label)} : nombre entier attendu.`)
    .min(min, `${capitalised(label)} : au moins ${min}.`)
    .max(max, `${capitalised(label)} : au plus ${max}.`);

/** Whether "2028-02-30"-like text is a day of the calendar. */
const isCalendarDay = (text: string) => {
  const [year, month, day] = text.split("-").map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
};

/** "2028-06-26", as a date input sends it: a real day of the calendar. */
export const dateField = (label: string) =>
  z
    .string({ error: `Indiquez ${label}.` })
    .regex(/^\d{4}-\d{2}-\d{2}$/, `Indiquez ${label} au format jj/mm/aaaa.`)
    .refine(isCalendarDay, `${capitalised(label)} n'existe pas dans le calendrier.`);

/** "09:30", as a time input sends it. */
export const timeField = (label: string) =>
  z.string({ error: `Indiquez ${label}.` }).regex(/^([01]\d|2[0-3]):[0-5]\d$/, `Indiquez ${label} au format hh:mm, par exemple 09:30.`);

/** "2028-05-01T09:00" (a datetime-local input), or empty. */
export const optionalDateTimeField = (label: string) =>
  z
    .string()
    .regex(/^(\d{4}-\d{2}-\d{2}T([01]\d|2[0-3]):[0-5]\d)?$/, `${capitalised(label)} : date et heure attendues.`)
    .refine((value) => value === "" || isCalendarDay(value.slice(0, 10)), `${capitalised(label)} n'existe pas dans le calendrier.`)
    .optional()
    .transform((value) => value || null);

export const optionalEmail = (label: string) =>
  z
    .string()
    .trim()
    .toLowerCase()
    .max(254, `${capitalised(label)} : adresse trop longue.`)
    .pipe(z.union([z.literal(""), z.email(`${capitalised(label)} : indiquez une adresse email valide.`)]))
    .optional()
    .transform((email) => email || null);

/** [2028, 6, 26] */
export function splitDate(date: string): [number, number, number] {
  const [year, month, day] = date.split("-").map(Number);
  return [year, month, day];
}

/** [9, 30] */
export function splitTime(time: string): [number, number] {
  const [hours, minutes] = time.split(":").map(Number);
  return [hours, minutes];
}

/** An event's slug as it appears in URLs: lower-case words joined by hyphens. */
export const slugSchema = z
  .string({ error: "Indiquez une journée." })
  .max(80, "Cette journée n'existe pas.")
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "Cette journée n'existe pas.");

/** An email address as people type it: trimmed, lower-cased, checked. */
export const emailSchema = z
  .string({ error: "Indiquez votre adresse email." })
  .trim()
  .min(1, "Indiquez votre adresse email.")
  .max(254, "L'adresse email est trop longue.")
  .toLowerCase()
  .pipe(z.email("Indiquez une adresse email valide, par exemple nom@collectivite.fr."));
