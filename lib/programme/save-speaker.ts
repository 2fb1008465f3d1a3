import "server-only";
import type { BackOfficeActor } from "../audit/actor";
import { recordAudit } from "../audit/record-audit";
import { inTransaction, isUniqueViolation } from "../db/transaction";
import { AppError } from "../errors";
import type { Speaker } from "../db/models";
import type { SpeakerInput } from "./schema";

/** Adds a speaker (`speakerId` absent) or corrects one's name or office, everywhere they speak. */
export async function saveSpeaker({ actor, speakerId, input }: { actor: BackOfficeActor; speakerId?: string; input: SpeakerInput }): Promise<Speaker> {
  try {
    return await inTransaction(
      async (tx) => {
        const before = speakerId ? await tx.speaker.findUnique({ where: { id: speakerId } }) : null;
        if (speakerId && !before) throw new AppError("RECORD_NOT_FOUND");
        const speaker = before ? await tx.speaker.update({ where: { id: before.id }, data: input }) : await tx.speaker.create({ data: input });
        await recordAudit(tx, actor, {
          action: before ? "speaker.updated" : "speaker.created",
          entityType: "Speaker",
          entityId: speaker.id,
          ...(before ? { before: { name: before.name, title: before.title, email: before.email } } : {}),
          after: { name: speaker.name, title: speaker.title, email: speaker.email },
        });
        return speaker;
      },
      { maxAttempts: 1 },
    );
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError("SPEAKER_NAME_TAKEN", input.name, "name");
    throw error;
  }
}
