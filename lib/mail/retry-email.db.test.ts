import { describe, expect, it } from "vitest";
import { db } from "../db/client";
import { testAdmin } from "../../tests/support/actors";
import { listOutbox, outboxQuerySchema } from "./list-outbox";
import { retryEmail } from "./retry-email";


describe("failed emails", () => {
  it("are listed with their error, and an admin sends them again, once", async () => {
    const user = await db.user.create({ data: { email: "echec@example.fr" } });
    const failed = await db.outboxEmail.create({ data: { kind: "SIGN_IN_LINK", userId: user.id, status: "FAILED", attempts: 10, lastError: "550 Mailbox unavailable" } });
    await db.outboxEmail.create({ data: { kind: "SIGN_IN_LINK", userId: user.id, status: "SENT", sentAt: new Date() } });

    const { emails, total } = await listOutbox(outboxQuerySchema.parse({ statut: "FAILED" }));
    expect(total).toBe(1);
    expect(emails[0]).toMatchObject({ id: failed.id, lastError: "550 Mailbox unavailable", user: { email: "echec@example.fr" } });

    const now = new Date();
    await retryEmail({ actor: testAdmin, emailId: failed.id, now });
    expect(await db.outboxEmail.findUniqueOrThrow({ where: { id: failed.id } })).toMatchObject({ status: "PENDING", attempts: 0, nextAttemptAt: now });
    await expect(retryEmail({ actor: testAdmin, emailId: failed.id })).rejects.toMatchObject({ code: "WRONG_STATUS" });
    expect(await db.auditEntry.count({ where: { entityId: failed.id, action: "email.retried", actorId: testAdmin.userId } })).toBe(1);
  });
});
