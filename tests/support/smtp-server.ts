import { renameSync, writeFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { SMTPServer } from "smtp-server";
import { simpleParser, type ParsedMail } from "mailparser";

/**
 * A real SMTP server inside the test run: every message received is parsed with mailparser (or,
 * with `saveTo`, saved to a file for the journeys to parse).
 * `down()` closes the port (clients get ECONNREFUSED), `up()` opens it again on the same port.
 */
export interface TestSmtpServer {
  url: string;
  messages: ParsedMail[];
  /** How many SMTP connections clients have opened so far. */
  connectionsOpened(): number;
  /** How many are open now. */
  connectionsOpen(): number;
  down(): Promise<void>;
  up(): Promise<void>;
  stop(): Promise<void>;
}

function listen(server: SMTPServer, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve((server.server.address() as AddressInfo).port));
  });
}

/**
 * @param saveTo a folder where each message is written as an .eml file instead, for another process
 *   to read and parse (the Playwright journeys, whose server sends to this one: e2e/mailbox.ts).
 *   `messages` then stays empty: parsing each message here too cost the journeys' run 12 CPU-seconds.
 */
export async function startSmtpServer({ saveTo }: { saveTo?: string } = {}): Promise<TestSmtpServer> {
  const messages: ParsedMail[] = [];
  let opened = 0;
  let saved = 0;
  const create = () => {
    const created = new SMTPServer({
      authOptional: true,
      disabledCommands: ["STARTTLS", "AUTH"],
      logger: false,
      onConnect(_session, callback) {
        opened++;
        callback();
      },
      onData(stream, _session, callback) {
        const chunks: Buffer[] = [];
        stream.on("data", (chunk: Buffer) => chunks.push(chunk));
        stream.on("end", () => {
          const raw = Buffer.concat(chunks);
          if (saveTo) {
            // Written aside, then renamed: a reader never sees a message half written.
            const file = path.join(saveTo, `${String(++saved).padStart(5, "0")}.eml`);
            writeFileSync(`${file}.part`, raw);
            renameSync(`${file}.part`, file);
            callback();
            return;
          }
          simpleParser(raw).then(
            (mail) => {
              messages.push(mail);
              callback();
            },
            (error: Error) => callback(error),
          );
        });
      },
    });
    // A client gone mid-session (an app server stopped by its journey, a test's pool closed) resets
    // its connection: the server goes on with the others. Without a listener, the SMTPServer's
    // "error" event would end the whole test process.
    created.on("error", (error: NodeJS.ErrnoException) => {
      if (error.code !== "ECONNRESET" && error.code !== "EPIPE") console.error("Test SMTP server:", error);
    });
    return created;
  };
  let server: SMTPServer | null = create();
  const port = await listen(server, 0);
  const url = `smtp://127.0.0.1:${port}`;
  const close = () =>
    new Promise<void>((resolve) => {
      if (!server) return resolve();
      server.close(() => resolve());
      server = null;
    });
  return {
    url,
    messages,
    connectionsOpened: () => opened,
    connectionsOpen: () => server?.connections.size ?? 0,
    down: close,
    async up() {
      server = create();
      await listen(server, port);
    },
    stop: close,
  };
}
