import { afterAll, beforeAll } from "vitest";
import { db } from "../../lib/db/client";
import { seedDatabase } from "../../prisma/seed";
import { startSmtpServer, type TestSmtpServer } from "./smtp-server";

/**
 * The seeded programme of 2030 and a real SMTP server for a test file about emails. The server
 * starts in beforeAll; the returned object stands for it from then on.
 */
export function withSeededDatabaseAndSmtp(): Omit<TestSmtpServer, "stop"> {
  let server: TestSmtpServer | undefined;
  const started = () => {
    if (!server) throw new Error("The SMTP server starts in beforeAll");
    return server;
  };
  beforeAll(async () => {
    await seedDatabase(db, { year: 2030 });
    server = await startSmtpServer();
  });
  afterAll(async () => {
    await server?.stop();
  });
  return {
    get url() {
      return started().url;
    },
    get messages() {
      return started().messages;
    },
    connectionsOpened: () => started().connectionsOpened(),
    connectionsOpen: () => started().connectionsOpen(),
    down: () => started().down(),
    up: () => started().up(),
  };
}
