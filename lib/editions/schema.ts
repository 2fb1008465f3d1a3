import { z } from "zod";
import { dateField, isSafeText, nfc, optionalEmail, optionalText, requiredText } from "../validation";

export const EDITION_STATUS_LABELS = { DRAFT: "En préparation", CURRENT: "En cours", PAST: "Passée" } as const;

/** An address segment: lower-case words joined by hyphens (an edition's, or a day's). */
const pageSlug = (label: string) =>
  z
    .string({ error: `Indiquez ${label}.` })
    .trim()
    .min(1, `Indiquez ${label}.`)
    .max(80, `${label.charAt(0).toUpperCase()}${label.slice(1)} : 80 caractères au plus.`)
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, `${label.charAt(0).toUpperCase()}${label.slice(1)} : lettres minuscules sans accent, chiffres et traits d'union, par exemple rencontres-2031.`);

/** `?edition=` of the events API, and the editions' addresses. */
export const editionSlugSchema = pageSlug("l'adresse de l'édition");

/** The query of GET /api/events: `?edition=<slug>` names an edition other than the current one. */
export const eventsQuerySchema = z.object({ edition: editionSlugSchema.optional() });

/** `/admin?edition=`: « toutes », an edition's slug, or nothing (the current one and the one in preparation). */
export const adminEditionQuerySchema = z.object({
  edition: z
    .union([z.literal("toutes"), editionSlugSchema])
    .optional()
    .catch(undefined)
    .transform((edition) => (edition === undefined ? ("ACTIVE" as const) : edition === "toutes" ? ("ALL" as const) : { slug: edition })),
});

export interface NetworkInput {
  acronym: string;
  name: string;
  url: string | null;
}

const MAX_NETWORKS = 30;

/** « ARF | Association des régions de France | https://… »: one network a line, in the order shown. */
function parseNetworkLine(line: string, index: number): NetworkInput | string {
  const where = `Réseaux, ligne ${index + 1}`;
  const [acronym = "", name = "", url = "", ...rest] = line.split("|").map((part) => part.trim());
  if (rest.length > 0) return `${where} : trois parties au plus, séparées par « | ».`;
  if (!acronym || !name) return `${where} : indiquez le sigle puis le nom complet, séparés par « | ».`;
  if (acronym.length > 20) return `${where} : le sigle tient en 20 caractères au plus.`;
  if (name.length > 200) return `${where} : le nom tient en 200 caractères au plus.`;
  if (url && !z.url({ protocol: /^https$/ }).max(300).safeParse(url).success) return `${where} : l'adresse web doit commencer par https:// (300 caractères au plus).`;
  return { acronym, name, url: url || null };
}

const networksField = z
  .string({ error: "Réseaux : texte attendu." })
  .overwrite(nfc)
  .refine((text) => isSafeText(text.replace(/\r/g, ""), { lines: true }), "Les réseaux contiennent des caractères non autorisés (invisibles ou de mise en forme).")
  .transform((text, ctx) => {
    const lines = text.replace(/\r\n?/g, "\n").split("\n").map((line) => line.trim()).filter(Boolean);
    if (lines.length > MAX_NETWORKS) {
      ctx.addIssue({ code: "custom", message: `Réseaux : ${MAX_NETWORKS} au plus.` });
      return z.NEVER;
    }
    const networks: NetworkInput[] = [];
    for (const [index, line] of lines.entries()) {
      const parsed = parseNetworkLine(line, index);
      if (typeof parsed === "string") {
        ctx.addIssue({ code: "custom", message: parsed });
        return z.NEVER;
      }
      if (networks.some((network) => network.acronym === parsed.acronym)) {
        ctx.addIssue({ code: "custom", message: `Réseaux, ligne ${index + 1} : le sigle ${parsed.acronym} figure déjà plus haut.` });
        return z.NEVER;
      }
      networks.push(parsed);
    }
    return networks;
  });

/** The series' texts of an edition, as the back-office form sends them. */
export const editionTextsSchema = z.object({
  title: requiredText("le titre", 200),
  theme: requiredText("le thème", 300),
  context: optionalText("le texte « À propos »", 5000, { lines: true }).transform((text) => (text ?? "").replace(/\n{3,}/g, "\n\n")),
  networks: networksField,
  footer: optionalText("le pied de page", 1000, { lines: true }).transform((text) => (text ?? "").split("\n").map((line) => line.trim()).filter(Boolean).join("\n")),
  contactEmail: optionalEmail("l'adresse de contact"),
});

export type EditionTextsInput = z.infer<typeof editionTextsSchema>;

/** What the admin gives a day of the next edition; the rest is copied. */
const nextDaySchema = z.object({
  title: requiredText("le titre de la journée", 120),
  slug: pageSlug("l'adresse de la page"),
  date: dateField("la date"),
  city: requiredText("la ville", 100),
  venue: optionalText("le lieu", 200),
  host: optionalText("la collectivité qui accueille", 200),
});

export type NextDayInput = z.infer<typeof nextDaySchema>;

const DAY_FIELD = /^day-([a-z0-9]{1,40})-(title|slug|date|city|venue|host)$/;

/** The field of a day in the form « Préparer l'édition suivante »: day-<event id>-<field>. */
export const dayFieldName = (eventId: string, field: keyof NextDayInput) => `day-${eventId}-${field}`;

/**
 * « Préparer l'édition suivante »: the new edition's title and address, then each day's new date,
 * address, city, venue and host, in fields named by dayFieldName (errors come back under those names).
 */
export const prepareNextEditionSchema = z
  .looseObject({ title: requiredText("le titre", 200), slug: editionSlugSchema })
  .transform(({ title, slug, ...fields }, ctx) => {
    const grouped = new Map<string, Record<string, unknown>>();
    for (const [name, value] of Object.entries(fields)) {
      const match = DAY_FIELD.exec(name);
      if (match) grouped.set(match[1], { ...grouped.get(match[1]), [match[2]]: value });
    }
    const days: Record<string, NextDayInput> = {};
    for (const [eventId, values] of grouped) {
      const parsed = nextDaySchema.safeParse(values);
      if (parsed.success) days[eventId] = parsed.data;
      else for (const issue of parsed.error.issues) ctx.addIssue({ code: "custom", path: [`day-${eventId}-${String(issue.path[0])}`], message: issue.message });
    }
    return { title, slug, days };
  });

export type PrepareNextEditionInput = z.infer<typeof prepareNextEditionSchema>;

export const publishEditionSchema = z.object({
  confirm: z.literal("oui", { error: "Cochez la case pour confirmer la publication." }),
});

export const makeEditionCurrentSchema = z.object({
  confirm: z.literal("oui", { error: "Cochez la case pour confirmer le changement d'édition en cours." }),
});
