import { redirect } from "next/navigation";
import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { AppError, appErrorMessage } from "../errors";
import { parseInput } from "../field-errors";
import { log } from "../log";
import { publicAction } from "./public-action";

const values = { email: "aicha@exemple.fr", events: ["nancy"] };

describe("publicAction", () => {
  it("answers what the action answers", async () => {
    expect(await publicAction(values, async () => ({ errors: {}, done: "Fait." }))).toEqual({ errors: {}, done: "Fait." });
  });

  it("shows an AppError tied to a field next to that field, with what was typed", async () => {
    const state = await publicAction(values, async () => {
      throw new AppError("EVENT_NOT_FOUND", "lyon", "events");
    });
    expect(state).toEqual({ errors: { events: appErrorMessage("EVENT_NOT_FOUND", "lyon") }, values });
  });

  it("shows any other AppError at the top of the form", async () => {
    const state = await publicAction(values, async () => {
      throw new AppError("RATE_LIMITED");
    });
    expect(state).toEqual({ errors: { form: appErrorMessage("RATE_LIMITED") }, values });
    expect(await publicAction(undefined, async () => Promise.reject(new AppError("LINK_EXPIRED")))).toEqual({
      errors: { form: appErrorMessage("LINK_EXPIRED") },
    });
  });

  it("shows invalid input field by field", async () => {
    const schema = z.object({ email: z.email("Adresse email invalide.") });
    const state = await publicAction({ email: "nope" }, async () => {
      parseInput(schema, { email: "nope" });
      return { errors: {} };
    });
    expect(state).toEqual({ errors: { email: "Adresse email invalide." }, values: { email: "nope" } });
  });

  it("lets Next.js's redirect through", async () => {
    await expect(publicAction(values, async () => redirect("/inscription/verifiez-vos-emails"))).rejects.toMatchObject({
      digest: expect.stringContaining("NEXT_REDIRECT"),
    });
  });

  it("shows an unknown error as the neutral message and logs its cause", async () => {
    const logged = vi.spyOn(log, "error").mockImplementation(() => undefined);
    const cause = new Error("connection pool exhausted");
    const state = await publicAction(values, async () => Promise.reject(cause));
    expect(state).toEqual({ errors: { form: appErrorMessage("UNEXPECTED") }, values });
    expect(logged).toHaveBeenCalledWith(expect.objectContaining({ err: cause }), expect.any(String));
  });
});
