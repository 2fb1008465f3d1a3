"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { requireUser, SIGN_IN_PATH } from "@/lib/auth/require-user";
import { SESSION_COOKIE } from "@/lib/auth/session-settings";
import { signOut } from "@/lib/auth/sign-out";

/** Ends this browser's session (the row is deleted: a copied cookie opens nothing) and goes to the sign-in page. */
export async function signOutAction(): Promise<void> {
  await requireUser();
  const store = await cookies();
  const sessionToken = store.get(SESSION_COOKIE)?.value;
  if (sessionToken) await signOut({ sessionToken });
  store.delete(SESSION_COOKIE);
  redirect(`${SIGN_IN_PATH}?deconnecte=1`);
}
