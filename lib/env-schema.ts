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
    /** The public address (links in emails, cookies); by default this machine on PORT. */
    APP_URL: z.url({ protocol: /^https?$/ }).optional(),
    PORT: z.coerce.number().int().min(1).max(65535).default(3000),
    SMTP_URL: z.url({ protocol: /^smtps?$/, error: "must be smtp://user:password@host:port or smtps://…" }).optional(),
    MAIL_FROM: z.string().min(3).default("Rencontres ESS <ne-pas-repondre@localhost>"),
    /** Where replies go when an event has no address of its own. */
    MAIL_REPLY_TO: z.email().optional(),
    /** Loopback port of the local mailbox that shows captured mail (default: PORT + 1). */
    MAILBOX_PORT: z.coerce.number().int().min(1).max(65535).optional(),
    /** Addresses that are admin accounts (created at their first sign-in request), comma-separated. */
    ADMIN_EMAILS: z
      .string()
      .default("")
      .transform((list) => list.split(",").map((email) => email.trim().toLowerCase()).filter(Boolean))
      .pipe(z.array(z.email("must be a comma-separated list of email addresses"))),
    AUTH_SECRET: z
      .string()
      .min(32, "must be at least 32 characters (openssl rand -base64 32)")
      // A typed-in phrase or a repeated character is guessable: a random secret has many distinct characters.
      .refine((secret) => new Set(secret).size >= 12, "is too weak: use a random value (openssl rand -base64 32)")
      .optional(),
    SEED_YEAR: z.coerce.number().int().min(2000).max(2100).optional(),
    JOBS_INTERVAL_SECONDS: z.coerce.number().int().min(1).max(3600).default(30),
    /** The background worker's CPU niceness (0 = the server's own priority, 19 = the lowest). */
    WORKER_NICENESS: z.coerce.number().int().min(0).max(19).default(19),
    /** "off" lifts every rate limit (load tests), with a warning at start. */
    RATE_LIMITS: z.enum(["on", "off"]).default("on"),
    /** Public actions (registration, sign-in link) one client address may make in 10 minutes, each kind apart. */
    RATE_LIMIT_PER_IP: z.coerce.number().int().min(1).max(100_000).default(30),
    /** Registrations for one email address in an hour. */
    RATE_LIMIT_PER_EMAIL: z.coerce.number().int().min(1).max(1000).default(5),
    /** How long the front door keeps a copy of a public page (lib/front-door/page-cache.ts); 0: none. */
    PAGE_CACHE_SECONDS: z.coerce.number().min(0).max(60).default(2),
    /** Emails one address may receive in 24 hours from actions anyone can start (links asked for, days added). */
    PUBLIC_EMAILS_PER_DAY: z.coerce.number().int().min(1).max(100).default(5),
    /** How long the link that adds days to a known address's registration works. */
    JOIN_LINK_HOURS: z.coerce.number().int().min(1).max(24 * 14).default(24),
    /** A manage link stops working this many days after the person's last day. */
    MANAGE_LINK_DAYS_AFTER_EVENT: z.coerce.number().int().min(1).max(3650).default(30),
    /** The registration form sent sooner than this after it was shown is a script's, or a person asked to send it again. */
    FORM_MIN_FILL_SECONDS: z.coerce.number().int().min(0).max(60).default(3),
    /** How many copies `npm run backup` keeps in data/backups/. */
    BACKUP_KEEP: z.coerce.number().int().min(1).max(1000).default(14),
    /** Where `npm run backup` writes (relative to the project folder). */
    BACKUP_DIR: z.string().min(1).default("data/backups"),
    /** Where the days' documents are kept (relative to the project folder); `npm run backup` copies them. */
    DOCUMENTS_DIR: z.string().min(1).default("data/documents"),
    /** The largest document an admin may add to a day, in megabytes. */
    DOCUMENT_MAX_MB: z.coerce.number().int().min(1).max(200).default(20),
    /** Proxies in front of the app that append the client's address to X-Forwarded-For; 0: trust no header. */
    TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(5).default(0),
  })
  .transform((settings) => ({ ...settings, APP_URL: settings.APP_URL ?? `http://localhost:${settings.PORT}` }))
  .superRefine((settings, ctx) => {
    const publicDeployment = settings.NODE_ENV === "production" && !isLocalUrl(settings.APP_URL);
    if (!publicDeployment) return;
    if (new URL(settings.APP_URL).protocol !== "https:") {
      ctx.addIssue({ code: "custom", path: ["APP_URL"], message: "must be https:// in production unless it is this machine (localhost)" });
    }
    const required: [keyof typeof settings, string][] = [
      ["AUTH_SECRET", "is required in production on a public APP_URL (openssl rand -base64 32)"],
      ["SMTP_URL", "is required in production on a public APP_URL: emails must really be sent (smtp://user:password@host:587)"],
    ];
    for (const [key, message] of required) {
      if (!settings[key]) ctx.addIssue({ code: "custom", path: [key], message });
    }
    if (settings.MAIL_FROM.endsWith("@localhost>")) {
      ctx.addIssue({ code: "custom", path: ["MAIL_FROM"], message: "must be set in production, e.g. Rencontres ESS <inscriptions@example.fr>" });
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
