import "server-only";
import { recordAudit } from "../audit/record-audit";
import { inTransaction } from "../db/transaction";
import { systemActor } from "../audit/actor";

/** Makes an address an active admin account (npm run admin:add): creates, promotes or reactivates it. */
export async function ensureAdmin({ email }: { email: string }): Promise<"created" | "promoted" | "unchanged"> {
  return inTransaction(async (tx) => {
    const actor = systemActor("admin:add");
    const user = await tx.user.findUnique({ where: { email } });
    if (!user) {
      const created = await tx.user.create({ data: { email, role: "ADMIN" } });
      await recordAudit(tx, actor, { action: "user.invited", entityType: "User", entityId: created.id, after: { email, role: "ADMIN" } });
      return "created";
    }
    if (user.role === "ADMIN" && !user.deactivatedAt) return "unchanged";
    await tx.user.update({ where: { id: user.id }, data: { role: "ADMIN", deactivatedAt: null } });
    await recordAudit(tx, actor, {
      action: "user.updated",
      entityType: "User",
      entityId: user.id,
      before: { role: user.role, deactivated: Boolean(user.deactivatedAt) },
      after: { role: "ADMIN", deactivated: false },
    });
    return "promoted";
  });
}
