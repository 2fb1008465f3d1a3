import "server-only";
import type { Adapter, AdapterAccount, AdapterSession, AdapterUser } from "next-auth/adapters";
import type { DbClient } from "../db/create-client";
import type { User } from "../db/models";

/** What next-auth is given of a user: only accounts that may sign in. */
const toAdapterUser = (user: User): AdapterUser => ({ id: user.id, email: user.email, emailVerified: user.emailVerified, name: user.name });

const activeUser = (user: User | null) => (user && !user.deactivatedAt ? toAdapterUser(user) : null);

/**
 * next-auth's database adapter on the models of @auth/prisma-adapter (User, Account, Session,
 * VerificationToken), written for this project's Prisma client and driver adapters (ADR 005):
 * - no account is ever created by signing in: only known, active accounts exist for next-auth;
 * - a verification token is deleted as it is read, so a sign-in link works once.
 */
export function prismaAdapter(db: DbClient): Adapter {
  return {
    async createUser() {
      throw new Error("Accounts are created by admins, never by signing in");
    },
    getUser: async (id) => activeUser(await db.user.findUnique({ where: { id } })),
    getUserByEmail: async (email) => activeUser(await db.user.findUnique({ where: { email: email.toLowerCase() } })),
    async getUserByAccount({ provider, providerAccountId }) {
      const account = await db.account.findUnique({ where: { provider_providerAccountId: { provider, providerAccountId } }, include: { user: true } });
      return activeUser(account?.user ?? null);
    },
    async updateUser({ id, emailVerified, name }) {
      return toAdapterUser(await db.user.update({ where: { id }, data: { emailVerified, ...(name !== undefined ? { name } : {}) } }));
    },
    async linkAccount(account: AdapterAccount) {
      await db.account.create({
        data: {
          userId: account.userId,
          type: account.type,
          provider: account.provider,
          providerAccountId: account.providerAccountId,
        },
      });
    },
    async createSession({ sessionToken, userId, expires }): Promise<AdapterSession> {
      await db.session.create({ data: { sessionToken, userId, expires } });
      return { sessionToken, userId, expires };
    },
    async getSessionAndUser(sessionToken) {
      const session = await db.session.findUnique({ where: { sessionToken }, include: { user: true } });
      const user = activeUser(session?.user ?? null);
      if (!session || !user) return null;
      return { session: { sessionToken, userId: session.userId, expires: session.expires }, user };
    },
    async updateSession({ sessionToken, expires }) {
      const session = await db.session.update({ where: { sessionToken }, data: { ...(expires ? { expires } : {}) } }).catch(() => null);
      return session && { sessionToken, userId: session.userId, expires: session.expires };
    },
    async deleteSession(sessionToken) {
      await db.session.deleteMany({ where: { sessionToken } });
    },
    async createVerificationToken(token) {
      await db.verificationToken.create({ data: token });
      return token;
    },
    async useVerificationToken({ identifier, token }) {
      const found = await db.verificationToken.findUnique({ where: { token } });
      if (!found || found.identifier !== identifier) return null;
      // Only the request that deletes the row gets it: a link clicked twice opens one session.
      const { count } = await db.verificationToken.deleteMany({ where: { token, identifier } });
      return count === 1 ? found : null;
    },
  };
}
