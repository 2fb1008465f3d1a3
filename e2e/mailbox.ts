import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect, type Page } from "@playwright/test";
import { simpleParser, type ParsedMail } from "mailparser";
import "./worker-slot";

/** This worker's test SMTP server (scripts/e2e.ts) saves every email its app sends in this folder. */
const MAIL_DIR = process.env.E2E_MAIL_DIR ?? "";

const recipient = (mail: ParsedMail) => (mail.to && !Array.isArray(mail.to) ? mail.to.text : "");

/**
 * Each .eml file parsed once per worker: the SMTP server writes a message whole under its final
 * name (tests/support/smtp-server.ts renames it into place) and never changes it, while a run
 * receives hundreds of them and readEmail polls the folder several times a second.
 */
const parsed = new Map<string, Promise<ParsedMail>>();

function parse(file: string): Promise<ParsedMail> {
  let mail = parsed.get(file);
  if (!mail) {
    mail = simpleParser(readFileSync(path.join(MAIL_DIR, file)));
    mail.catch(() => parsed.delete(file));
    parsed.set(file, mail);
  }
  return mail;
}

/** Every email to `to` received so far, in order, without waiting. */
export async function emailsTo(to: string): Promise<ParsedMail[]> {
  if (!MAIL_DIR) throw new Error("E2E_MAIL_DIR is not set: run the journeys with npm run test:e2e");
  const files = readdirSync(MAIL_DIR).filter((file) => file.endsWith(".eml")).sort();
  const mails = await Promise.all(files.map(parse));
  return mails.filter((mail) => recipient(mail) === to);
}

/**
 * The latest email to `to` whose subject matches, waiting for the app's sender to deliver it;
 * with `after`, one sent after that email.
 */
export async function readEmail(to: string, subject: RegExp, { after }: { after?: ParsedMail } = {}): Promise<ParsedMail> {
  let found: ParsedMail | undefined;
  await expect(async () => {
    const matching = (await emailsTo(to)).filter((mail) => subject.test(mail.subject ?? ""));
    found = after ? matching.slice(matching.findIndex((mail) => mail.messageId === after.messageId) + 1).at(-1) : matching.at(-1);
    expect(found, `an email to ${to} matching ${subject}`).toBeDefined();
  }).toPass({ timeout: 30_000 });
  return found!;
}

/** The first link of an email's text whose address contains `part`. */
export function linkIn(mail: ParsedMail, part: string): string {
  const link = [...(mail.text ?? "").matchAll(/https?:\/\/[^\s)\]>]+/g)].map((match) => match[0]).find((url) => url.includes(part));
  if (!link) throw new Error(`No link containing ${part} in « ${mail.subject} »`);
  return link;
}

/** Shows an email's HTML in the page, as a mail client would (inline images included). */
export async function openEmail(page: Page, to: string, subject: RegExp): Promise<ParsedMail> {
  const mail = await readEmail(to, subject);
  const html = mail.attachments.reduce(
    (content, attachment) =>
      attachment.cid ? content.replaceAll(`cid:${attachment.cid}`, `data:${attachment.contentType};base64,${attachment.content.toString("base64")}`) : content,
    typeof mail.html === "string" ? mail.html : "",
  );
  await page.setContent(html);
  return mail;
}
