import "server-only";
import { render, toPlainText } from "@react-email/render";
import { env } from "../env";
import type { EmailAttachment, EmailCalendar, EmailContent } from "./composer";

export interface RenderedEmail {
  subject: string;
  html: string;
  text: string;
  replyTo?: string;
  attachments: EmailAttachment[];
  icalEvent?: EmailCalendar;
}

/** One React render; the plain text is derived from its HTML (rendering twice costs twice). */
export async function renderEmail({ subject, element, replyTo, attachments = [], icalEvent }: EmailContent): Promise<RenderedEmail> {
  const html = await render(element);
  return { subject, html, text: toPlainText(html), replyTo: replyTo ?? env.MAIL_REPLY_TO, attachments, icalEvent };
}

/** A browser shows no `cid:` image outside a mail client: the local mailbox and the previews get them inline. */
export function withInlineImages(email: Pick<RenderedEmail, "html" | "attachments">): string {
  return email.attachments.reduce(
    (html, attachment) => (attachment.cid ? html.replaceAll(`cid:${attachment.cid}`, `data:${attachment.contentType};base64,${attachment.content.toString("base64")}`) : html),
    email.html,
  );
}
