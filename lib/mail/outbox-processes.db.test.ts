import { describe, expect, it } from "vitest";
import { db } from "../db/client";
import { person } from "../../tests/support/people";
import { withSeededDatabaseAndSmtp } from "../../tests/support/mail-test-setup";
import { runWorker } from "../../tests/support/children/run";
import { createRegistrations } from "../registrations/create-registrations";


const smtp = withSeededDatabaseAndSmtp();

const report = (stdout: string) => JSON.parse(stdout) as { sent: number };

describe("the outbox across processes", () => {
  it("delivers, after a restart, the emails of a process killed between commit and send", async () => {
    const killed = await runWorker(["register", "5", "grenoble"], { FIRST_PERSON: "100" });
    expect(killed.signal, killed.stderr).toBe("SIGKILL");
    expect(await db.outboxEmail.count({ where: { status: "PENDING" } })).toBe(5);

    const restarted = await runWorker(["deliver"], { TEST_SMTP_URL: smtp.url });
    expect(restarted.code, restarted.stderr).toBe(0);
    expect(report(restarted.stdout).sent).toBe(5);
    expect(smtp.messages).toHaveLength(5);
    expect(await db.outboxEmail.count({ where: { status: "SENT" } })).toBe(5);
  });

  it("lets two senders deliver each email exactly once", async () => {
    const before = smtp.messages.length;
    for (let n = 0; n < 60; n++) await createRegistrations({ input: person(200 + n, ["nancy"]), now: new Date("2030-02-01T10:00:00Z") });

    const senders = await Promise.all([1, 2].map(() => runWorker(["deliver"], { TEST_SMTP_URL: smtp.url })));
    for (const sender of senders) expect(sender.code, sender.stderr).toBe(0);
    expect(senders.reduce((total, sender) => total + report(sender.stdout).sent, 0)).toBe(60);

    const fresh = smtp.messages.slice(before);
    expect(fresh).toHaveLength(60);
    expect(new Set(fresh.map((mail) => mail.messageId)).size).toBe(60);
  });
});
