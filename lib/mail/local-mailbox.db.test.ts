import { once } from "node:events";
import { request } from "node:http";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import { db } from "../db/client";
import { startLocalMailbox } from "./local-mailbox";


describe("the local mailbox", () => {
  it("lists captured emails, to attendees and to back-office accounts, and shows each one", async () => {
    const user = await db.user.create({ data: { email: "organisatrice@example.fr" } });
    const captured = await db.outboxEmail.create({
      data: { kind: "SIGN_IN_LINK", userId: user.id, status: "CAPTURED", subject: "Votre lien de connexion", htmlBody: "<p>Lien</p>", textBody: "Lien", sentAt: new Date() },
    });
    const server = startLocalMailbox({ port: 0 });
    await once(server, "listening");
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const list = await (await fetch(`${base}/`)).text();
      expect(list).toContain("Emails capturés");
      expect(list).toContain(`<a href="/${captured.id}">Votre lien de connexion</a> — organisatrice@example.fr`);
      expect(await (await fetch(`${base}/${captured.id}.txt`)).text()).toBe("Lien");
      expect((await fetch(`${base}/inconnu`)).status).toBe(404);
    } finally {
      server.close();
    }
  });

  it("answers only under this machine's own names, and a malformed path is a 404", async () => {
    const server = startLocalMailbox({ port: 0 });
    await once(server, "listening");
    const port = (server.address() as AddressInfo).port;
    const statusFor = (host: string, path = "/") =>
      new Promise<number>((resolve, reject) => {
        request({ host: "127.0.0.1", port, path, headers: { host } }, (response) => {
          response.resume();
          resolve(response.statusCode ?? 0);
        })
          .on("error", reject)
          .end();
      });
    try {
      expect(await statusFor(`127.0.0.1:${port}`)).toBe(200);
      expect(await statusFor(`localhost:${port}`)).toBe(200);
      expect(await statusFor(`rebound.example:${port}`)).toBe(421);
      expect(await statusFor("127.0.0.1")).toBe(421);
      expect(await statusFor(`localhost:${port}`, "/%ff")).toBe(404);
    } finally {
      server.close();
    }
  });
});
