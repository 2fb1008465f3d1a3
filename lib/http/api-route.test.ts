import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { AppError, appErrorMessage } from "../errors";
import { log } from "../log";
import { apiRoute } from "./api-route";
import { MAX_JSON_BODY_BYTES } from "./json-body";

const schema = z.object({ name: z.string().min(1, "Indiquez un nom."), seats: z.number().int().max(4, "Quatre places au plus.") });

const post = (body: string, headers: Record<string, string> = {}) =>
  new Request("http://localhost/api/test", {
    method: "POST",
    headers: { "content-type": "application/json", "sec-fetch-site": "same-origin", ...headers },
    body,
  });

const answer = async (response: Response) => ({ status: response.status, json: await response.json() });

describe("apiRoute", () => {
  it("answers what the handler answers, with the body parsed by its schema", async () => {
    const response = await apiRoute({ request: post('{"name":"Aïcha","seats":2}'), schema }, async (body) => Response.json(await body()));
    expect(await answer(response)).toEqual({ status: 200, json: { name: "Aïcha", seats: 2 } });
  });

  it("answers invalid fields with 400 and one French message each", async () => {
    const response = await apiRoute({ request: post('{"name":"","seats":9}'), schema }, async (body) => Response.json(await body()));
    expect(await answer(response)).toEqual({ status: 400, json: { errors: { name: "Indiquez un nom.", seats: "Quatre places au plus." } } });
  });

  it("answers a body over the limit with the table's 413, before parsing it", async () => {
    const large = JSON.stringify({ name: "x".repeat(MAX_JSON_BODY_BYTES), seats: 1 });
    const response = await apiRoute({ request: post(large), schema }, async (body) => Response.json(await body()));
    expect(await answer(response)).toEqual({ status: 413, json: { errors: { form: appErrorMessage("BODY_TOO_LARGE") } } });
    expect(new AppError("BODY_TOO_LARGE").status).toBe(413);
  });

  it("answers the other refused bodies from the table too", async () => {
    const run = (request: Request) => apiRoute({ request, schema }, async (body) => Response.json(await body()));
    expect(await answer(await run(post("{", {})))).toEqual({ status: 400, json: { errors: { form: appErrorMessage("NOT_JSON") } } });
    expect(await answer(await run(post("{}", { "content-type": "text/plain" })))).toEqual({
      status: 415,
      json: { errors: { form: appErrorMessage("UNSUPPORTED_MEDIA_TYPE") } },
    });
    expect(await answer(await run(post("{}", { "sec-fetch-site": "cross-site" })))).toEqual({
      status: 403,
      json: { errors: { form: appErrorMessage("ORIGIN_REFUSED") } },
    });
  });

  it("reads the body only when the handler asks, after its guard", async () => {
    const large = post(JSON.stringify({ name: "x".repeat(MAX_JSON_BODY_BYTES), seats: 1 }));
    const requireSomeone = async (): Promise<void> => {
      throw new AppError("UNAUTHENTICATED");
    };
    const response = await apiRoute({ request: large, schema }, async (body) => {
      await requireSomeone();
      return Response.json(await body());
    });
    expect(await answer(response)).toEqual({ status: 401, json: { error: appErrorMessage("UNAUTHENTICATED"), code: "UNAUTHENTICATED" } });
  });

  it("answers an AppError with its status and message; a field error keeps its field; a codeless one has no code", async () => {
    expect(await answer(await apiRoute(async () => Promise.reject(new AppError("NO_OFFER", "Nancy"))))).toEqual({
      status: 409,
      json: { error: appErrorMessage("NO_OFFER", "Nancy"), code: "NO_OFFER" },
    });
    expect(await answer(await apiRoute(async () => Promise.reject(new AppError("EVENT_NOT_FOUND", "lyon", "events"))))).toEqual({
      status: 400,
      json: { errors: { events: appErrorMessage("EVENT_NOT_FOUND", "lyon") } },
    });
    expect(await answer(await apiRoute(async () => Promise.reject(new AppError("NO_SUCH_EVENT"))))).toEqual({
      status: 404,
      json: { error: "Événement introuvable." },
    });
  });

  it("passes Retry-After on (the database outage's 503, the limits' 429)", async () => {
    const response = await apiRoute(async () => Promise.reject(new AppError("UNAVAILABLE").withRetryAfter(5)));
    expect(response.status).toBe(503);
    expect(response.headers.get("Retry-After")).toBe("5");
    expect(await response.json()).toEqual({ error: appErrorMessage("UNAVAILABLE"), code: "UNAVAILABLE" });
  });

  it("answers an unknown error with a neutral French 500 and logs its cause", async () => {
    const logged = vi.spyOn(log, "error").mockImplementation(() => undefined);
    const cause = new TypeError("Cannot read properties of undefined (reading 'slug')");
    const response = await apiRoute(async () => Promise.reject(cause));
    expect(await answer(response)).toEqual({ status: 500, json: { error: appErrorMessage("UNEXPECTED"), code: "UNEXPECTED" } });
    expect(JSON.stringify(await apiRoute(async () => Promise.reject(cause)).then((again) => again.json()))).not.toContain("slug");
    expect(logged).toHaveBeenCalledWith(expect.objectContaining({ err: cause }), expect.any(String));
  });
});
