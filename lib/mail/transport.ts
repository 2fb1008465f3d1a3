import "server-only";
import nodemailer, { type Transporter } from "nodemailer";
import { env } from "../env";

const cache = globalThis as unknown as { rencontresTransport?: Transporter | null };

/** Gives up on a silent server well before a sender's lease on an email runs out. */
const SMTP_TIMEOUT_MS = 30_000;

export function createSmtpTransport(url: string): Transporter {
  return nodemailer.createTransport(url, {
    connectionTimeout: SMTP_TIMEOUT_MS,
    greetingTimeout: SMTP_TIMEOUT_MS,
    socketTimeout: SMTP_TIMEOUT_MS,
  });
}

/** The one SMTP transport of the process, or null when mail is captured (no SMTP_URL). */
export function configuredTransport(): Transporter | null {
  if (cache.rencontresTransport === undefined) {
    cache.rencontresTransport = env.SMTP_URL ? createSmtpTransport(env.SMTP_URL) : null;
  }
  return cache.rencontresTransport;
}
