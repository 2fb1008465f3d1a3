import "server-only";
import { createElement, type ReactElement } from "react";
import type { UserRole } from "../db/models";
import SignInLink from "../../emails/sign-in-link";
import { ROLE_LABELS } from "./roles";
import { SIGN_IN_LINK_MINUTES, signInToken, signInUrl } from "./sign-in-token";

/** The sign-in link (or invitation) email of an outbox row's data: { nonce, callbackPath, invitedBy? }. */
export function signInLinkEmail({ data, role, email }: { data: Record<string, unknown>; role: UserRole; email: string }): {
  subject: string;
  element: ReactElement;
} {
  if (typeof data.nonce !== "string") throw new Error("A sign-in link email needs its nonce");
  const callbackPath = typeof data.callbackPath === "string" ? data.callbackPath : "/admin";
  const invitedBy = typeof data.invitedBy === "string" ? data.invitedBy : null;
  const element = createElement(SignInLink, {
    signInUrl: signInUrl({ email, token: signInToken(data.nonce), callbackPath }),
    validMinutes: SIGN_IN_LINK_MINUTES,
    invitedBy,
    roleLabel: ROLE_LABELS[role].toLowerCase(),
  });
  return { subject: invitedBy ? "Votre accès à l'espace des organisateurs des Rencontres ESS" : "Votre lien de connexion aux Rencontres ESS", element };
}
