import "server-only";
import type { BackOfficeActor } from "../audit/actor";
import { recordAudit } from "../audit/record-audit";
import { inTransaction } from "../db/transaction";
import { AppError } from "../errors";
import { networksText } from "./edition-texts";
import type { EditionTextsInput } from "./schema";

const snapshot = (edition: { title: string; theme: string; context: string; footer: string; contactEmail: string | null }, networks: { acronym: string; name: string; url: string | null }[]) => ({
  title: edition.title,
  theme: edition.theme,
  context: edition.context,
  footer: edition.footer,
  contactEmail: edition.contactEmail,
  networks: networksText(networks),
});

/** Saves an edition's series texts and its networks (their order is the input's), audited before/after. */
export async function updateEditionTexts({ actor, editionId, input }: { actor: BackOfficeActor; editionId: string; input: EditionTextsInput }): Promise<void> {
  await inTransaction(
    async (tx) => {
      const before = await tx.edition.findUnique({ where: { id: editionId }, include: { networks: { orderBy: { position: "asc" } } } });
      if (!before) throw new AppError("RECORD_NOT_FOUND");
      const { networks, ...texts } = input;
      await tx.edition.update({ where: { id: editionId }, data: texts });
      await tx.network.deleteMany({ where: { editionId } });
      await tx.network.createMany({ data: networks.map((network, position) => ({ ...network, editionId, position })) });
      await recordAudit(tx, actor, {
        action: "edition.texts.updated",
        entityType: "Edition",
        entityId: editionId,
        before: snapshot(before, before.networks),
        after: snapshot(texts, networks),
      });
    },
    { maxAttempts: 1 },
  );
}
