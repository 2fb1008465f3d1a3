import "server-only";
import type { Transporter } from "nodemailer";
import { db } from "../db/client";
import { env } from "../env";
import { MAX_ATTEMPTS, retryDelayMs } from "./backoff";
import { claimDueEmails } from "./claim-emails";
import { composeEmail, type ComposedEmail } from "./compose-email";
import { withInlineImages } from "./render-email";
import { createSmtpTransport } from "./transport";
import { log } from "../log";

export interface DeliveryReport {
  sent: number;
  captured: number;
  retrying: number;
  failed: number;
}

const BATCH = 20;

/** A stable Message-ID: a copy delivered twice after a crash is recognisable as the same message. */
const messageIdOf = (emailId: string) => `<${emailId}@${new URL(env.APP_URL).hostname}>`;

async function send(transport: Transporter, emailId: string, email: ComposedEmail): Promise<string> {
  const info = await transport.sendMail({
    from: env.MAIL_FROM,
    to: email.to,
    replyTo: email.replyTo,
    subject: email.subject,
    html: email.html,
    text: email.text,
    messageId: messageIdOf(emailId),
    attachments: email.attachments,
    icalEvent: email.icalEvent,
  });
  return info.messageId;
}

/**
 * Delivers the emails that are due: through SMTP (`smtpUrl`, SMTP_URL by default), or into the
 * local mailbox when mail is captured (no URL). A round opens one SMTP connection for all its
 * emails and closes it at its end (lib/mail/transport.ts). A failure is retried later with
 * exponential backoff; after MAX_ATTEMPTS the email is marked FAILED and kept with its error. The
 * log says so (a line a round for the emails retried, one for each given up), by id and cause.
 */
export async function deliverOutbox({ now = new Date(), smtpUrl = env.SMTP_URL ?? null }: { now?: Date; smtpUrl?: string | null } = {}): Promise<DeliveryReport> {
  const transport = smtpUrl ? createSmtpTransport(smtpUrl) : null;
  try {
    return await deliverDue(now, transport);
  } finally {
    transport?.close();
  }
}

async function deliverDue(now: Date, transport: Transporter | null): Promise<DeliveryReport> {
  const report: DeliveryReport = { sent: 0, captured: 0, retrying: 0, failed: 0 };
  const causes = new Set<string>();
  for (;;) {
    const ids = await claimDueEmails(now, BATCH);
    for (const id of ids) {
      try {
        const email = await composeEmail(id);
        if (transport) {
          const messageId = await send(transport, id, email);
          await db.outboxEmail.update({
            where: { id },
            data: { status: "SENT", messageId, subject: email.subject, sentAt: new Date(), leaseExpiresAt: null, lastError: null },
          });
          report.sent++;
        } else {
          await db.outboxEmail.update({
            where: { id },
            data: { status: "CAPTURED", messageId: messageIdOf(id), subject: email.subject, textBody: email.text, htmlBody: withInlineImages(email), sentAt: new Date(), leaseExpiresAt: null },
          });
          log.info({ area: "mail", emailId: id, url: `http://127.0.0.1:${mailboxPort()}/${id}` }, "email captured (no SMTP_URL)");
          report.captured++;
        }
      } catch (error) {
        const { attempts, kind } = await db.outboxEmail.findUniqueOrThrow({ where: { id }, select: { attempts: true, kind: true } });
        const lastError = error instanceof Error ? error.message : String(error);
        const failed = attempts >= MAX_ATTEMPTS;
        await db.outboxEmail.update({
          where: { id },
          data: failed
            ? { status: "FAILED", lastError, leaseExpiresAt: null }
            : { lastError, leaseExpiresAt: null, nextAttemptAt: new Date(now.getTime() + retryDelayMs(attempts)) },
        });
        if (failed) {
          report.failed++;
          log.warn({ area: "mail", emailId: id, kind, attempts, cause: causeOf(error) }, "email given up after its last attempt: kept as FAILED with its error");
        } else {
          report.retrying++;
          causes.add(causeOf(error));
        }
      }
    }
    if (ids.length < BATCH) {
      if (report.retrying > 0) log.warn({ area: "mail", retrying: report.retrying, causes: [...causes] }, "emails not sent: each retried later");
      return report;
    }
  }
}

/**
 * What the log says of a failure: nodemailer's code and the server's reply code (ECONNECTION,
 * EENVELOPE 550...), or the error's name. Never its message, which may quote the recipient's
 * address; the whole message stays on the email's row (lastError) for the admins.
 */
function causeOf(error: unknown): string {
  if (typeof error !== "object" || error === null) return "unknown";
  const { code, responseCode, name } = error as { code?: unknown; responseCode?: unknown; name?: unknown };
  const parts = [typeof code === "string" ? code : typeof name === "string" ? name : "unknown", typeof responseCode === "number" ? String(responseCode) : null];
  return parts.filter(Boolean).join(" ");
}

export function mailboxPort(): number {
  return env.MAILBOX_PORT ?? env.PORT + 1;
}
