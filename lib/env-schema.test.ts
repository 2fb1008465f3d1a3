import { describe, expect, it } from "vitest";
import { parseEnv } from "./env-schema";

describe("parseEnv", () => {
  it("gives the embedded defaults", () => {
    expect(parseEnv({})).toMatchObject({ DATABASE_URL: "file:./data/rencontres.db", APP_URL: "http://localhost:3000", NODE_ENV: "development" });
  });

  it("lists every bad variable at once", () => {
    expect(() => parseEnv({ DATABASE_URL: "mysql://x", APP_URL: "pas une url", SEED_YEAR: "deux mille" })).toThrow(
      /DATABASE_URL[\s\S]*APP_URL[\s\S]*SEED_YEAR/,
    );
  });

  it("refuses a public production deployment without a secret or SMTP settings", () => {
    expect(() => parseEnv({ NODE_ENV: "production", APP_URL: "https://rencontres.example.fr" })).toThrow(/AUTH_SECRET[\s\S]*SMTP_URL[\s\S]*MAIL_FROM/);
    const complete = {
      NODE_ENV: "production",
      APP_URL: "https://rencontres.example.fr",
      AUTH_SECRET: "x".repeat(32),
      SMTP_URL: "smtp://user:pass@smtp.example.fr:587",
      MAIL_FROM: "Rencontres ESS <inscriptions@example.fr>",
    };
    expect(parseEnv(complete).SMTP_URL).toBe(complete.SMTP_URL);
    expect(parseEnv({ NODE_ENV: "production", APP_URL: "http://localhost:3000" }).AUTH_SECRET).toBeUndefined();
  });
});
