import { z } from "zod";
import { toParisIso } from "../dates";
import { EVENT_KINDS } from "./schema";

/**
 * The public event, written once: its TypeScript type for the pages (dates as Date), its JSON for
 * the API (z.encode: ISO 8601 with the Paris offset) and its OpenAPI schema (the JSON side) all
 * derive from these schemas. The field names are a contract with partners.
 */
const parisDateTime = z.codec(z.iso.datetime({ offset: true }), z.date(), {
  decode: (iso) => new Date(iso),
  encode: (date) => toParisIso(date),
});

const PROGRAMME_KINDS = ["OPENING", "KEYNOTE", "ROUND_TABLE", "EXCHANGE", "LUNCH", "SYNTHESIS", "CLOSING"] as const;

export const publicEventSchema = z.object({
  slug: z.string(),
  title: z.string(),
  kind: z.enum(EVENT_KINDS),
  status: z.enum(["PUBLISHED", "CLOSED"]).describe("CLOSED: published, registrations closed by the organisers"),
  region: z.string().nullable(),
  summary: z.string(),
  startsAt: parisDateTime.describe("ISO 8601 with the Europe/Paris offset"),
  endsAt: parisDateTime,
  city: z.string(),
  venue: z.string().nullable(),
  address: z.string().nullable(),
  host: z.string().nullable().describe("The local authority that hosts the day"),
  capacity: z.number().int(),
  placesLeft: z.number().int(),
  registrationOpen: z.boolean(),
  registrationOpensAt: parisDateTime.nullable(),
  registrationClosesAt: parisDateTime.nullable(),
});

export const programmeItemSchema = z.object({
  kind: z.enum(PROGRAMME_KINDS),
  startsAt: parisDateTime,
  endsAt: parisDateTime.nullable(),
  title: z.string(),
  description: z.string().nullable(),
  speakers: z.array(
    z.object({
      name: z.string(),
      title: z.string().nullable(),
      confirmed: z.boolean().describe("false: « sous réserve » (to be confirmed)"),
    }),
  ),
});

export const publicEventDetailSchema = publicEventSchema.extend({ programme: z.array(programmeItemSchema) });

/** What the pages show of an event (dates as Date). */
export type EventSummary = z.output<typeof publicEventSchema>;
export type ProgrammeItemView = z.output<typeof programmeItemSchema>;
export type ProgrammeSpeaker = ProgrammeItemView["speakers"][number];
export type EventDetail = z.output<typeof publicEventDetailSchema>;

/** The API's event object. */
export const eventJson = (event: EventSummary) => z.encode(publicEventSchema, event);
export const eventDetailJson = (event: EventDetail) => z.encode(publicEventDetailSchema, event);

/** The JSON side of a schema, for the OpenAPI description. */
export const jsonSchemaOf = (schema: z.ZodType) => z.toJSONSchema(schema, { io: "input", unrepresentable: "any", target: "openapi-3.0" });
