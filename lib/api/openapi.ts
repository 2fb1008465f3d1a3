import { jsonSchemaOf, publicEventDetailSchema, publicEventSchema } from "../events/contract";
import { answerValueSchema } from "../questions/schema";
import {
  attendeeApiUpdateSchema,
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
    holdExpiresAt: { type: "string", format: "date-time", description: "While the address is not confirmed (events that ask for it): the seat is held until then" },
    answers: {
      type: "object",
      description: "The answers to the day's questions, keyed by the question's stable key",
      additionalProperties: jsonSchemaOf(answerValueSchema),
    },
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
        get: {
          summary: "The public events of the current edition, or of a past one",
          parameters: [
            {
              name: "edition",
              in: "query",
              required: false,
              description: "An edition's slug (e.g. rencontres-2030): the current edition or a past one; by default the current edition",
              schema: { type: "string", pattern: "^[a-z0-9]+(-[a-z0-9]+)*$", maxLength: 80 },
            },
          ],
          responses: {
            200: json(
              {
                type: "object",
                properties: {
                  edition: {
                    type: "object",
                    nullable: true,
                    description: "null before any edition is published",
                    properties: { slug: { type: "string" }, title: { type: "string" }, status: { type: "string", enum: ["CURRENT", "PAST"] } },
                  },
                  events: { type: "array", items: jsonSchemaOf(publicEventSchema) },
                },
              },
              "The edition and its events by date",
            ),
            400: errorResponse("Invalid edition parameter"),
            404: errorResponse("Unknown edition, or one still in preparation"),
          },
        },
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
          description:
            "A new email address is registered at once (201). An address already known changes nothing by itself: its owner is emailed a short-lived link that adds the requested days when used (a seat if one is still free then, the waiting list otherwise), and the answer is the same 202 whatever the address already holds. Limited per client address and per email address (429 with Retry-After).",
          requestBody: { required: true, content: { "application/json": { schema: jsonSchemaOf(registrationInputSchema) } } },
          responses: {
            201: json(
              {
                type: "object",
                properties: {
                  registrations: {
                    type: "array",
                    items: {
                      type: "object",
                      properties: {
                        event: { type: "string" },
                        status,
                        waitlistPosition: { type: "integer" },
                        confirmEmailBefore: {
                          type: "string",
                          format: "date-time",
                          description: "Events that ask for the address to be confirmed: the seat is held until then, and goes back to the waiting list if the emailed link is not used",
                        },
                      },
                    },
                  },
                  manageToken: { type: "string", description: "The secret of the new attendee's manage link: shown to this request only, and in the confirmation email" },
                },
              },
              "A new address, registered: confirmed, or on the waiting list with a position",
            ),
            202: json(
              { type: "object", properties: { status: { type: "string", enum: ["CHECK_MAILBOX"] }, message: { type: "string" } } },
              "The address is already known: nothing changed; its owner was emailed a link to confirm the request. The same answer whatever the address holds",
            ),
            400: fieldErrorsResponse,
            403: errorResponse("Registrations are closed for an event"),
            409: errorResponse("Two events on the same day"),
            413: fieldErrorsResponse,
            415: errorResponse("The body is not application/json"),
            429: errorResponse("Too many requests from this client or for this address: see Retry-After"),
            503: errorResponse("Busy: nothing was saved, try again"),
          },
        },
      },
      "/api/registrations/{token}": {
        parameters: [tokenParameter],
        get: {
          summary: "The attendee's details and registrations",
          responses: {
            200: json(manageView, "The registrations"),
            404: errorResponse("Unknown token, or replaced by a newer link"),
            410: errorResponse("The link has expired: the person's last event ended too long ago (MANAGE_LINK_DAYS_AFTER_EVENT)"),
          },
        },
        patch: {
          summary: "Edit the attendee's details (not the email), lunch choice and answers to the days' questions",
          description:
            "`answers`, by event slug: each day's answers replace those held (all its questions still asked, checked as on the form; a blank optional answer is removed). Not for a cancelled registration nor once the day has begun.",
          requestBody: { required: true, content: { "application/json": { schema: jsonSchemaOf(attendeeApiUpdateSchema) } } },
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
      "/api/registrations/{token}/certificates/{slug}": {
        parameters: [tokenParameter, { name: "slug", in: "path", required: true, schema: { type: "string" }, description: "The day's slug" }],
        get: {
          summary: "The attendee's attendance certificate of a day (PDF), once the day is over, if they were checked in within it",
          responses: {
            200: { description: "The certificate", content: { "application/pdf": { schema: { type: "string", format: "binary" } } } },
            404: errorResponse("Unknown token"),
            409: errorResponse("No certificate for this day (not over, not checked in within it, or not the attendee's day)"),
            410: errorResponse("The link has expired"),
            429: errorResponse("More than 20 downloads through this link in 10 minutes: see Retry-After"),
          },
        },
      },
      "/api/documents/{id}/{name}": {
        parameters: [
          { name: "id", in: "path", required: true, schema: { type: "string" }, description: "The document's id, as the day's public page links it" },
          { name: "name", in: "path", required: true, schema: { type: "string" }, description: "The download's file name only (the id finds the document)" },
        ],
        get: {
          summary: "A published document of a day (slides, programme...): PDF and images shown by the browser, any other type downloaded (Content-Disposition: attachment); nosniff, a CSP that runs nothing, cached 5 minutes",
          responses: {
            200: { description: "The file, with its checked type", content: { "*/*": { schema: { type: "string", format: "binary" } } } },
            404: errorResponse("Unknown, unpublished or removed document (DOCUMENT_NOT_FOUND)"),
          },
        },
      },
    },
  };
}
