import "server-only";
import { z } from "zod";
import { db } from "../db/client";
import { readOutboxRow, recipientOf, type EmailComposer } from "./composer";
import { EMAIL_COMPOSERS } from "./composers/registry";
import { renderEmail, type RenderedEmail } from "./render-email";

export interface ComposedEmail extends RenderedEmail {
  to: string;
}

/**
 * The message for one email of the outbox, rendered by its kind's composer from the database as it
 * is now. Reads only: an email that cannot be composed (its data does not fit, its registration has
 * no ticket code…) fails with the reason, which the sender keeps and retries.
 */
export async function composeEmail(id: string): Promise<ComposedEmail> {
  const row = await readOutboxRow(id);
  const composer: EmailComposer = EMAIL_COMPOSERS[row.kind];
  try {
    const payload = composer.payload.safeParse(row.data ?? {});
    if (!payload.success) throw new Error(`its data does not fit: ${z.prettifyError(payload.error)}`);
    const content = await composer.compose(await composer.load(payload.data, row, db));
    return { to: recipientOf(row), ...(await renderEmail(content)) };
  } catch (error) {
    throw new Error(`Outbox email ${id} (${row.kind}): ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
}
