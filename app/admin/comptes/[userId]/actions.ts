"use server";

import { z } from "zod";
import { adminAction } from "@/lib/auth/admin-action";
import { resendInvitation } from "@/lib/auth/resend-sign-in-link";
import { accountUpdateSchema } from "@/lib/auth/schema";
import { setUserActive } from "@/lib/auth/set-user-active";
import { updateUser } from "@/lib/auth/update-user";
import type { FormState } from "@/lib/form-state";
import { checkActionArguments } from "@/lib/http/action-arguments";

export async function updateAccountAction(userId: string, _previous: FormState | null, formData: FormData): Promise<FormState> {
  checkActionArguments(formData, userId);
  return adminAction({ role: "ADMIN" }, formData, accountUpdateSchema, async (actor, input) => {
    await updateUser({ actor, userId, input });
    return "Compte enregistré.";
  });
}

export async function setActiveAction(userId: string, _previous: FormState | null, formData: FormData): Promise<FormState> {
  checkActionArguments(formData, userId);
  const schema = z.object({ active: z.enum(["oui", "non"]).transform((answer) => answer === "oui") });
  return adminAction({ role: "ADMIN" }, formData, schema, async (actor, { active }) => {
    await setUserActive({ actor, userId, active });
    return active ? "Compte réactivé : la personne peut de nouveau se connecter." : "Compte désactivé : ses sessions sont fermées.";
  });
}

export async function resendInvitationAction(userId: string, _previous: FormState | null, formData: FormData): Promise<FormState> {
  checkActionArguments(formData, userId);
  return adminAction({ role: "ADMIN" }, formData, z.object({}), async (actor) => {
    const email = await resendInvitation({ actor, userId });
    return `Un nouveau lien de connexion est envoyé à ${email}.`;
  });
}
