import { z } from "zod";
import { DEFAULT_DATABASE_URL, databaseTarget } from "../prisma/database-target";

const isLocalUrl = (url: string) => ["localhost", "127.0.0.1", "[::1]"].includes(new URL(url).hostname);

const schema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    DATABASE_URL: z
      .string()
      .default(DEFAULT_DATABASE_URL)
      .refine((url) => {
        try {
          databaseTarget(url);
          return true;
        } catch {
          return false;
        }
      }, "must start with file: (SQLite) or postgresql:// (PostgreSQL)"),
    APP_URL: z.url({ protocol: /^https?$/ }).default("http://localhost:3000"),
    AUTH_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
    SEED_YEAR: z.coerce.number().int().min(2000).max(2100).optional(),
    JOBS_INTERVAL_SECONDS: z.coerce.number().int().min(1).max(3600).default(30),
  })
  .superRefine((settings, ctx) => {
    const publicDeployment = settings.NODE_ENV === "production" && !isLocalUrl(settings.APP_URL);
    if (publicDeployment && !settings.AUTH_SECRET) {
      ctx.addIssue({
        code: "custom",
        path: ["AUTH_SECRET"],
        message: "is required in production on a public APP_URL (openssl rand -base64 32)",
      });
    }
  });

export type Env = z.infer<typeof schema>;

/** Parses the settings or throws one error that lists every bad variable. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const present = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== ""));
  const result = schema.safeParse(present);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => `- ${issue.path.join(".")}: ${issue.message}`);
  throw new Error(`Invalid settings:\n${lines.join("\n")}`);
}
