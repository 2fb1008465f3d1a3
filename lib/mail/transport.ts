import "server-only";
import net from "node:net";
import nodemailer, { type Transporter } from "nodemailer";
import { parseConnectionUrl } from "nodemailer/lib/shared";
import type SMTPPool from "nodemailer/lib/smtp-pool";

/** Gives up on a silent server well before a sender's lease on an email runs out. */
const SMTP_TIMEOUT_MS = 30_000;

type GetSocket = NonNullable<SMTPPool.Options["getSocket"]>;

/**
 * Opens the TCP connection itself, with Nagle's algorithm off. nodemailer writes the end of a
 * message (CRLF.CRLF) as a small packet of its own; with Nagle on, that packet waits until the
 * server acknowledges the one before, and a server holds its acknowledgement back (delayed ACK,
 * 40 ms on Linux) since it has nothing to answer yet: one such wait an email. The socket is handed
 * over while it connects: nodemailer's own handlers then see a refused or silent server as they
 * see it on their own sockets (a socket error, or no greeting within the time limit), and speak
 * SMTP, STARTTLS included, over it. Implicit TLS (smtps://) keeps nodemailer's own TLS socket.
 */
const connectWithoutDelay: GetSocket = (options, callback) => {
  if (options.secure) {
    callback(null, false);
    return;
  }
  callback(null, { connection: net.connect({ host: options.host ?? "localhost", port: options.port ?? 587, noDelay: true }) });
};

/**
 * A transport for one delivery round (lib/mail/deliver-outbox.ts), closed by whoever opened it:
 * - one SMTP connection for the whole round (a pool of one) rather than a connection, a TLS
 *   handshake and a login an email;
 * - the time limits of SMTP_TIMEOUT_MS (nodemailer reads them from its options, not from a URL's
 *   second argument, which holds message defaults);
 * - commands sent without Nagle's wait (connectWithoutDelay).
 * The URL's settings (user, password, port, smtps, query options) are nodemailer's own parsing.
 */
export function createSmtpTransport(url: string, { timeoutMs = SMTP_TIMEOUT_MS }: { timeoutMs?: number } = {}): Transporter {
  const options: SMTPPool.Options = {
    ...parseConnectionUrl(url),
    pool: true,
    maxConnections: 1,
    connectionTimeout: timeoutMs,
    greetingTimeout: timeoutMs,
    socketTimeout: timeoutMs,
    getSocket: connectWithoutDelay,
  };
  return nodemailer.createTransport(options);
}
