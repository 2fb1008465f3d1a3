import net, { type AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { startSmtpServer, type TestSmtpServer } from "../../tests/support/smtp-server";
import { createSmtpTransport } from "./transport";

const message = (n: number) => ({ from: "inscriptions@rencontres.example.fr", to: `personne${n}@collectivite.example.fr`, subject: `Message ${n}`, text: "Bonjour" });

describe("the SMTP transport of a delivery round", () => {
  let smtp: TestSmtpServer;
  beforeAll(async () => {
    smtp = await startSmtpServer();
  });
  afterAll(async () => {
    await smtp.stop();
  });

  it("sends a round's messages over one connection, and closes it with the transport", async () => {
    const before = smtp.connectionsOpened();
    const transport = createSmtpTransport(smtp.url);
    for (let n = 1; n <= 5; n++) await transport.sendMail(message(n));
    expect(smtp.connectionsOpened() - before).toBe(1);
    expect(smtp.messages.slice(-5).map((mail) => mail.subject)).toEqual(["Message 1", "Message 2", "Message 3", "Message 4", "Message 5"]);

    transport.close();
    await vi.waitFor(() => expect(smtp.connectionsOpen()).toBe(0));
  });

  it("fails each message at once while the server refuses connections, and sends again once it is back", async () => {
    const transport = createSmtpTransport(smtp.url);
    await smtp.down();
    try {
      // Each message gets its own refusal: the second one does not wait for a connection forever.
      await expect(transport.sendMail(message(6))).rejects.toMatchObject({ code: "ESOCKET" });
      await expect(transport.sendMail(message(7))).rejects.toMatchObject({ code: "ESOCKET" });
    } finally {
      await smtp.up();
    }
    await transport.sendMail(message(8));
    expect(smtp.messages.at(-1)?.subject).toBe("Message 8");
    transport.close();
  });

  it("gives up on a server that accepts the connection but never greets, within its time limit", async () => {
    const silent = net.createServer(() => {});
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
    const transport = createSmtpTransport(`smtp://127.0.0.1:${(silent.address() as AddressInfo).port}`, { timeoutMs: 300 });
    try {
      await expect(transport.sendMail(message(9))).rejects.toMatchObject({ code: expect.stringMatching(/^(ETIMEDOUT|ESOCKET)$/) });
    } finally {
      transport.close();
      silent.close();
    }
  });
});
