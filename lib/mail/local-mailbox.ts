import "server-only";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { db } from "../db/client";
import { formatDateTime } from "../dates";
import { mailboxPort } from "./deliver-outbox";
import { log } from "../log";

const escape = (text: string) =>
  text.replace(/[&<>"']/g, (char) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[char]!);

const page = (title: string, body: string) =>
  `<!doctype html><html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escape(title)}</title>` +
  `<style>body{font:16px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1b1b1b}a{color:#0b5a45}li{margin:.5rem 0}pre{white-space:pre-wrap;background:#f4f4f0;padding:1rem}</style></head>` +
  `<body><main><h1>${escape(title)}</h1>${body}</main></body></html>`;

async function listPage(): Promise<string> {
  const emails = await db.outboxEmail.findMany({
    where: { status: "CAPTURED" },
    orderBy: { sentAt: "desc" },
    take: 200,
    include: { attendee: { select: { email: true } }, user: { select: { email: true } } },
  });
  const items = emails
    .map((email) => `<li><a href="/${email.id}">${escape(email.subject ?? "(sans objet)")}</a> — ${escape(email.attendee?.email ?? email.user?.email ?? email.to ?? "")} — ${email.sentAt ? formatDateTime(email.sentAt, { seconds: true }) : ""} (<a href="/${email.id}.txt">texte</a>)</li>`)
    .join("");
  return page(
    "Emails capturés",
    `<p>Aucun serveur SMTP n'est configuré (SMTP_URL) : les emails sont gardés ici au lieu d'être envoyés. Cette page n'est servie qu'à cette machine.</p>${items ? `<ul>${items}</ul>` : "<p>Aucun email pour l'instant.</p>"}`,
  );
}

/** A path as text, or "" for malformed percent-encoding (then nothing matches: 404). */
function safeDecode(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return "";
  }
}

/**
 * The local mailbox: the captured emails, served on the loopback interface only, so nobody but a
 * person on this machine can read them, and only under its own names. Runs while mail is captured
 * (no SMTP_URL).
 */
export function startLocalMailbox({ port = mailboxPort() }: { port?: number } = {}): Server {
  const server = createServer(async (request, response) => {
    try {
      // Only this machine's own names: a page on another site that rebinds its DNS name to
      // 127.0.0.1 (DNS rebinding) sends its own Host and is refused.
      const bound = (server.address() as AddressInfo).port;
      if (![`127.0.0.1:${bound}`, `localhost:${bound}`].includes(request.headers.host ?? "")) {
        response.writeHead(421, { "content-type": "text/plain; charset=utf-8" }).end("Boîte locale : adresse refusée.");
        return;
      }
      const path = safeDecode(new URL(request.url ?? "/", "http://127.0.0.1").pathname);
      if (path === "/") {
        response.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(await listPage());
        return;
      }
      const [, id, extension] = /^\/([a-z0-9]+)(\.txt)?$/.exec(path) ?? [];
      const email = id ? await db.outboxEmail.findFirst({ where: { id, status: "CAPTURED" } }) : null;
      if (!email) {
        response.writeHead(404, { "content-type": "text/html; charset=utf-8" }).end(page("Email introuvable", '<p><a href="/">Tous les emails</a></p>'));
      } else if (extension) {
        response.writeHead(200, { "content-type": "text/plain; charset=utf-8" }).end(email.textBody ?? "");
      } else {
        response.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(email.htmlBody ?? "");
      }
    } catch (error) {
      log.error({ area: "mail", err: error instanceof Error ? error.message : String(error) }, "local mailbox failed");
      response.writeHead(500).end();
    }
  });
  server.on("error", (error) => log.warn({ area: "mail", port, err: error.message }, "local mailbox could not start"));
  server.listen(port, "127.0.0.1", () => log.info({ area: "mail", url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/` }, "captured mail is shown by the local mailbox"));
  server.unref();
  return server;
}
