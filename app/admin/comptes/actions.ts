"use server";

import { adminAction } from "@/lib/auth/admin-action";
import { inviteUser } from "@/lib/auth/invite-user";
import { accountSchema } from "@/lib/auth/schema";
import type { FormState } from "@/lib/form-state";
import { checkActionArguments } from "@/lib/http/action-arguments";

export async function inviteAction(_previous: FormState | null, formData: FormData): Promise<FormState> {
  checkActionArguments(formData);
  return adminAction({ role: "ADMIN" }, formData, accountSchema, async (actor, input) => {
    const user = await inviteUser({ actor, input });
    return `Compte créé : une invitation (un lien de connexion) est envoyée à ${user.email}.`;
  });
}
