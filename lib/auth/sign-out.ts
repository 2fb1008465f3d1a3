import "server-only";
import { db } from "../db/client";

/** Ends a session: the row goes, so the cookie opens nothing any more, on any device that copied it. */
export async function signOut({ sessionToken }: { sessionToken: string }): Promise<void> {
  await db.session.deleteMany({ where: { sessionToken } });
}
