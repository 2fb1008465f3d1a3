import { jsonSchemaOf, publicEventDetailSchema, publicEventSchema } from "../events/contract";
import {
  attendeeUpdateSchema,
  cancellationSchema,
  offerAnswerSchema,
  registrationInputSchema,
} from "../registrations/schema";


const json = (schema: object, description: string) => ({ description, content: { "application/json": { schema } } });

const errorResponse = (description: string) =>
  json({ type: "object", properties: { error: { type: "string" }, code: { type: "string" } } }, description);

const fieldErrorsResponse = json(
  { type: "object", properties: { errors: { type: "object", additionalProperties: { type: "string" } } } },
  "Invalid input: one French message per field (`form` for the whole body)",
);

const tokenParameter = {
  name: "token",
  in: "path",
  required: true,
  description: "The secret token of the attendee's manage link",
  schema: { type: "string", pattern: "^[A-Za-z0-9_-]{43}$" },
};

const status = { type: "string", enum: ["CONFIRMED", "WAITLISTED", "OFFERED", "CANCELLED"] };

const managedRegistration = {
  type: "object",
  properties: {
    event: { type: "string" },
    eventTitle: { type: "string" },
    startsAt: { type: "string", format: "date-time" },
    status,
    lunch: { type: "boolean" },
    waitlistPosition: { type: "integer", description: "While WAITLISTED: 1 is the next person offered a place" },
    offerExpiresAt: { type: "string", format: "date-time", description: "While OFFERED: the deadline to accept" },
  },
};

const manageView = {
  type: "object",
  properties: { attendee: { type: "object" }, registrations: { type: "array", items: managedRegistration } },
};

/** The JSON API's OpenAPI 3 description, served at /api/openapi.json. */
export function openApiDocument() {
  return {
    openapi: "3.0.3",
    info: {
      title: "Rencontres ESS",
      version: "1.0.0",
      description:
        "Registration for the Rencontres nationales et régionales des collectivités locales autour de l'ESS. Error messages are in French.",
    },
    paths: {
      "/api/events": {
        get: { summary: "The public events", responses: { 200: json({ type: "object", properties: { events: { type: "array", items: jsonSchemaOf(publicEventSchema) } } }, "The events by date") } },
      },
      "/api/events/{slug}": {
        get: {
          summary: "One event with its programme",
          parameters: [{ name: "slug", in: "path", required: true, schema: { type: "string" } }],
          responses: {
            200: json(jsonSchemaOf(publicEventDetailSchema), "The event"),
            404: errorResponse("Unknown event"),
          },
        },
      },
      "/api/registrations": {
        post: {
          summary: "Register a person for one or more events (at most one a day)",
          requestBody: { required: true, content: { "application/json": { schema: jsonSchemaOf(registrationInputSchema) } } },
          responses: {
            201: json(
              {
                type: "object",
                properties: {
                  registrations: { type: "array", items: { type: "object", properties: { event: { type: "string" }, status, waitlistPosition: { type: "integer" } } } },
                  manageToken: { type: "string", description: "Only when this request created the attendee; otherwise the manage link is emailed" },
                },
              },
              "Registered: confirmed, or on the waiting list with a position",
            ),
            400: fieldErrorsResponse,
            403: errorResponse("Registrations are closed for an event"),
            409: errorResponse("Already registered for an event, or another event the same day"),
            413: fieldErrorsResponse,
            503: errorResponse("Busy: nothing was saved, try again"),
          },
        },
      },
      "/api/registrations/{token}": {
        parameters: [tokenParameter],
        get: { summary: "The attendee's details and registrations", responses: { 200: json(manageView, "The registrations"), 404: errorResponse("Unknown token") } },
        patch: {
          summary: "Edit the attendee's details (not the email) and lunch choice",
          requestBody: { required: true, content: { "application/json": { schema: jsonSchemaOf(attendeeUpdateSchema) } } },
          responses: { 200: json(manageView, "Updated"), 400: fieldErrorsResponse, 404: errorResponse("Unknown token") },
        },
        delete: {
          summary: "Cancel the registrations for some events (body { events }) or all (empty body)",
          requestBody: { required: false, content: { "application/json": { schema: jsonSchemaOf(cancellationSchema) } } },
          responses: {
            200: json({ type: "object", properties: { cancelled: { type: "array", items: { type: "string" } } } }, "Cancelled"),
            404: errorResponse("Unknown token"),
            409: errorResponse("Nothing left to cancel"),
          },
        },
      },
      "/api/registrations/{token}/offer/{answer}": {
        parameters: [tokenParameter, { name: "answer", in: "path", required: true, schema: { type: "string", enum: ["accept", "decline"] } }],
        post: {
          summary: "Accept or decline the place offered from the waiting list",
          requestBody: { required: true, content: { "application/json": { schema: jsonSchemaOf(offerAnswerSchema) } } },
          responses: {
            200: json({ type: "object", properties: { event: { type: "string" }, status } }, "CONFIRMED when accepted, CANCELLED when declined"),
            404: errorResponse("Unknown token"),
            409: errorResponse("No valid offer for this event"),
          },
        },
      },
    },
  };
}
