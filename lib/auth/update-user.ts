import "server-only";
import { recordAudit } from "../audit/record-audit";
import { inTransaction } from "../db/transaction";
import { AppError } from "../errors";
import type { UserActor } from "../audit/actor";
import { keepOneAdmin } from "./internal/admin-guard";
import { organiserReach } from "./internal/organiser-reach";
import type { AccountInput } from "./schema";

/** Changes an account's name, role and reach (every day, or the days ticked) (not its email: that is another person's account). */
export async function updateUser({
  actor,
  userId,
  input,
}: {
  actor: UserActor;
  userId: string;
  input: Omit<AccountInput, "email">;
}): Promise<void> {
  await inTransaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { id: userId }, include: { events: { select: { eventId: true } } } });
    if (!before) throw new AppError("RECORD_NOT_FOUND");
    if (before.role === "ADMIN" && input.role !== "ADMIN") await keepOneAdmin(tx, userId);
    const { allEvents, eventIds } = await organiserReach(tx, input);
    await tx.organiserEvent.deleteMany({ where: { userId } });
    await tx.user.update({
      where: { id: userId },
      data: { name: input.name, role: input.role, allEvents, events: { create: eventIds.map((eventId) => ({ eventId })) } },
    });
    await recordAudit(tx, actor, {
      action: "user.updated",
      entityType: "User",
      entityId: userId,
      before: { name: before.name, role: before.role, allEvents: before.allEvents, eventIds: before.events.map((access) => access.eventId) },
      after: { name: input.name, role: input.role, allEvents, eventIds },
    });
  });
}
