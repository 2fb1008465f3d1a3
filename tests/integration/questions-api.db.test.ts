import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "../../lib/db/client";
import { createQuestion } from "../../lib/questions/create-question";
import { questionInputSchema } from "../../lib/questions/schema";
import { seedDatabase } from "../../prisma/seed";
import { testAdmin } from "../support/actors";
import { person } from "../support/people";
import { POST as register } from "../../app/api/registrations/route";
import { GET as show, PATCH as edit } from "../../app/api/registrations/[token]/route";
import { GET as openApi } from "../../app/api/openapi.json/route";

const NATIONAL = "journee-nationale";

const request = (method: string, body?: unknown) =>
  new Request("http://localhost/api/registrations", { method, headers: { "content-type": "application/json" }, body: body === undefined ? undefined : JSON.stringify(body) });
const tokenParams = (token: string) => ({ params: Promise.resolve({ token }) });

beforeAll(async () => {
  await seedDatabase(db);
  const eventId = (await db.event.findUniqueOrThrow({ where: { slug: NATIONAL } })).id;
  const input = (fields: Record<string, string>) => questionInputSchema.parse({ required: "non", sensitive: "non", ...fields });
  await createQuestion({ actor: testAdmin, eventId, input: input({ label: "Atelier", type: "SINGLE_CHOICE", required: "oui", choices: "Emploi\nLogement", key: "atelier" }) });
  await createQuestion({ actor: testAdmin, eventId, input: input({ label: "Thèmes", type: "MULTIPLE_CHOICE", choices: "Mobilité\nÉnergie", key: "themes" }) });
  await createQuestion({ actor: testAdmin, eventId, input: input({ label: "Dîner", type: "YES_NO", key: "diner" }) });
});
afterAll(async () => {
  await db.question.deleteMany();
});

describe("answers in the JSON API", () => {
  it("are sent with the registration, keyed by question key, served with it and edited by PATCH", async () => {
    const created = await register(request("POST", { ...person(1, [NATIONAL, "rennes"]), answers: { [NATIONAL]: { atelier: "emploi", themes: ["energie"], diner: true } } }));
    expect(created.status).toBe(201);
    const { manageToken } = await created.json();

    const view = await (await show(request("GET"), tokenParams(manageToken))).json();
    expect(view.registrations.map(({ event, answers }: { event: string; answers: unknown }) => [event, answers])).toEqual([
      [NATIONAL, { atelier: "emploi", themes: ["energie"], diner: true }],
      ["rennes", {}],
    ]);

    const edited = await edit(request("PATCH", { answers: { [NATIONAL]: { atelier: "logement", themes: ["mobilite", "energie"] } } }), tokenParams(manageToken));
    expect(edited.status).toBe(200);
    expect((await edited.json()).registrations[0].answers).toEqual({ atelier: "logement", themes: ["mobilite", "energie"] });

    const refused = await edit(request("PATCH", { answers: { [NATIONAL]: { atelier: "cuisine" } } }), tokenParams(manageToken));
    expect(refused.status).toBe(400);
    expect(await refused.json()).toEqual({ errors: { [`answers.${NATIONAL}.atelier`]: "« Atelier » : choisissez une des réponses proposées." } });
  });

  it("answers 400 with a French message per question, saving nothing", async () => {
    const before = await db.attendee.count();
    const cases: [unknown, Record<string, string>][] = [
      [{}, { [`answers.${NATIONAL}.atelier`]: "Répondez à la question « Atelier »." }],
      [{ [NATIONAL]: { atelier: "emploi", diner: "peut-être" } }, { [`answers.${NATIONAL}.diner`]: "« Dîner » : répondez par oui ou par non." }],
      [{ [NATIONAL]: { atelier: "emploi", themes: ["emploi"] } }, { [`answers.${NATIONAL}.themes`]: "« Thèmes » : choisissez une des réponses proposées." }],
    ];
    for (const [answers, errors] of cases) {
      const response = await register(request("POST", { ...person(2, [NATIONAL]), answers }));
      expect(response.status).toBe(400);
      expect((await response.json()).errors).toEqual(errors);
    }
    const malformed = await register(request("POST", { ...person(2, [NATIONAL]), answers: { [NATIONAL]: { "Pas Une Clé": 3 } } }));
    expect(malformed.status).toBe(400);
    expect(await db.attendee.count()).toBe(before);
  });
});

describe("answers in the OpenAPI document", () => {
  it("describe the registrations' `answers` from the same zod schemas", async () => {
    const document = await (await openApi()).json();
    const post = document.paths["/api/registrations"].post.requestBody.content["application/json"].schema;
    expect(post.properties.answers).toMatchObject({ type: "object", additionalProperties: { type: "object" } });
    const patch = document.paths["/api/registrations/{token}"].patch.requestBody.content["application/json"].schema;
    expect(patch.properties.answers).toEqual(post.properties.answers);
    const served = document.paths["/api/registrations/{token}"].get.responses[200].content["application/json"].schema.properties.registrations.items;
    expect(served.properties.answers.additionalProperties.anyOf.map((option: { type: string }) => option.type)).toEqual(["string", "boolean", "array"]);
  });
});
