import "server-only";
import { createElement } from "react";
import { z } from "zod";
import SignInLink from "../../../emails/sign-in-link";
import { ROLE_LABELS } from "../../auth/roles";
import { SIGN_IN_LINK_MINUTES, signInToken, signInUrl } from "../../auth/sign-in-token";
import { recipientOf, type EmailComposer } from "../composer";

const payloadSchema = z.object({
  nonce: z.string(),
  callbackPath: z.string().nullish(),
  /** Given for an invitation: who invited. */
  invitedBy: z.string().nullish(),
});

interface SignInLinkView {
  signInUrl: string;
  invitedBy: string | null;
  roleLabel: string;
}

/** A back-office sign-in link, or the invitation of a new account (lib/auth/internal/issue-sign-in-link.ts). */
export const signInLinkComposer: EmailComposer<z.infer<typeof payloadSchema>, SignInLinkView> = {
  payload: payloadSchema,
  load: ({ nonce, callbackPath, invitedBy }, row) => ({
    signInUrl: signInUrl({ email: recipientOf(row), token: signInToken(nonce), callbackPath: callbackPath ?? "/admin" }),
    invitedBy: invitedBy ?? null,
    roleLabel: ROLE_LABELS[row.user?.role ?? "ORGANISER"].toLowerCase(),
  }),
  compose: (view) => ({
    subject: view.invitedBy ? "Votre accès à l'espace des organisateurs des Rencontres ESS" : "Votre lien de connexion aux Rencontres ESS",
    element: createElement(SignInLink, { ...view, validMinutes: SIGN_IN_LINK_MINUTES }),
  }),
  preview: SignInLink.PreviewProps,
};
