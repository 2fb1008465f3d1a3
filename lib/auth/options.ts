import "server-only";
import type { AuthOptions } from "next-auth";
import EmailProvider from "next-auth/providers/email";
import { db } from "../db/client";
import { authSecret } from "../env";
import { log } from "../log";
import { prismaAdapter } from "./adapter";
import { SIGN_IN_PATH } from "./require-user";
import { SESSION_MAX_HOURS, secureCookies } from "./session-settings";
import { SIGN_IN_LINK_MINUTES } from "./sign-in-token";

/**
 * next-auth (v4, App Router route handler at /api/auth): email links and database sessions. It
 * checks a link's token, opens the session and sets its cookie; links are requested and sent by
 * the app itself (requestSignInLink, through the outbox), and every request's user is read from the
 * database by requireUser, so that a deactivated account or a sign-out ends its sessions at once.
 */
export const authOptions: AuthOptions = {
  secret: authSecret,
  adapter: prismaAdapter(db),
  useSecureCookies: secureCookies,
  // Inactivity is enforced by requireUser (Session.lastSeenAt); next-auth keeps the absolute limit.
  session: { strategy: "database", maxAge: SESSION_MAX_HOURS * 3600, updateAge: SESSION_MAX_HOURS * 3600 },
  providers: [
    EmailProvider({
      maxAge: SIGN_IN_LINK_MINUTES * 60,
      async sendVerificationRequest() {
        throw new Error("Sign-in links are sent by requestSignInLink (lib/auth/request-sign-in-link.ts)");
      },
    }),
  ],
  // One line of the app's log each, by code: never a stack, nor a link's token or address.
  logger: {
    error: (code) => log.warn({ area: "auth", code }, "next-auth refused a request"),
    warn: (code) => log.warn({ area: "auth", code }, "next-auth warning"),
    debug: () => undefined,
  },
  pages: { signIn: SIGN_IN_PATH, verifyRequest: `${SIGN_IN_PATH}/lien-envoye`, error: `${SIGN_IN_PATH}/erreur` },
  callbacks: {
    // Only a known, active account gets a session (an unknown address has a placeholder user).
    async signIn({ user }) {
      const account = user.email ? await db.user.findUnique({ where: { email: user.email.toLowerCase() } }) : null;
      return Boolean(account && !account.deactivatedAt && account.id === user.id);
    },
    // After signing in, only to a back-office page of this site.
    async redirect({ url, baseUrl }) {
      return url.startsWith(`${baseUrl}/admin`) ? url : `${baseUrl}/admin`;
    },
  },
};
