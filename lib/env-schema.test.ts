import { describe, expect, it } from "vitest";
import { parseEnv } from "./env-schema";

describe("parseEnv", () => {
  it("gives the embedded defaults, the app's address following its port", () => {
    expect(parseEnv({})).toMatchObject({ DATABASE_URL: "file:./data/rencontres.db", APP_URL: "http://localhost:3000", NODE_ENV: "development" });
    expect(parseEnv({ PORT: "8080" }).APP_URL).toBe("http://localhost:8080");
    expect(parseEnv({ PORT: "8080", APP_URL: "https://rencontres.example.fr" }).APP_URL).toBe("https://rencontres.example.fr");
  });

  it("refuses a weak secret and a public production address without https", () => {
    expect(() => parseEnv({ AUTH_SECRET: "x".repeat(40) })).toThrow(/AUTH_SECRET: is too weak/);
    expect(() => parseEnv({ AUTH_SECRET: "short" })).toThrow(/AUTH_SECRET: must be at least 32/);
    const production = { NODE_ENV: "production", AUTH_SECRET: "kP3v9QxZ2mL7tR1wN8sY4bH6cJ0dF5gA", SMTP_URL: "smtp://smtp.example.fr:587", MAIL_FROM: "Rencontres <a@example.fr>" };
    expect(() => parseEnv({ ...production, APP_URL: "http://rencontres.example.fr" })).toThrow(/APP_URL: must be https/);
    expect(parseEnv({ ...production, APP_URL: "http://127.0.0.1:3000" }).APP_URL).toBe("http://127.0.0.1:3000");
  });

  it("runs the background worker at the lowest priority unless told a niceness from 0 to 19", () => {
    expect(parseEnv({}).WORKER_NICENESS).toBe(19);
    expect(parseEnv({ WORKER_NICENESS: "0" }).WORKER_NICENESS).toBe(0);
    expect(() => parseEnv({ WORKER_NICENESS: "20" })).toThrow(/WORKER_NICENESS/);
    expect(() => parseEnv({ WORKER_NICENESS: "-5" })).toThrow(/WORKER_NICENESS/);
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
      AUTH_SECRET: "kP3v9QxZ2mL7tR1wN8sY4bH6cJ0dF5gA",
      SMTP_URL: "smtp://user:pass@smtp.example.fr:587",
      MAIL_FROM: "Rencontres ESS <inscriptions@example.fr>",
    };
    expect(parseEnv(complete).SMTP_URL).toBe(complete.SMTP_URL);
    expect(parseEnv({ NODE_ENV: "production", APP_URL: "http://localhost:3000" }).AUTH_SECRET).toBeUndefined();
  });
});
