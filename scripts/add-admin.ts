// `npm run admin:add -- <email>`: makes an address an admin account (creating it, or promoting and
// reactivating it), so that its owner can sign in at /admin/connexion. Also how to regain access
// when no admin is left.
import { loadEnvConfig } from "@next/env";
import { ROOT } from "./support/processes";

async function main() {
  loadEnvConfig(ROOT);
  const email = process.argv[2]?.trim().toLowerCase();
  // Imported after the .env files are read: lib/env parses the settings when it loads.
  const { emailSchema } = await import("../lib/registrations/schema");
  const parsed = emailSchema.safeParse(email);
  if (!parsed.success) {
    console.error("Usage : npm run admin:add -- <adresse email>");
    process.exit(2);
  }
  const { ensureAdmin } = await import("../lib/auth/ensure-admin");
  const { env } = await import("../lib/env");
  const { db } = await import("../lib/db/client");
  const result = await ensureAdmin({ email: parsed.data });
  await db.$disconnect();
  const what = { created: "Compte administrateur créé", promoted: "Compte passé administrateur et actif", unchanged: "Ce compte est déjà administrateur" }[result];
  console.log(`${what} : ${parsed.data}. Connexion : ${env.APP_URL}/admin/connexion`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
