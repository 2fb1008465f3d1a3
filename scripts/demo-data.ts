// `npm run demo:data -- --registrations 2000 [--event <slug>]`: fills the database with fictional
// attendees (see lib/demo/fictional-attendees.ts) through the real registration operations: seats,
// waiting lists and a few cancellations as in real life. For trying the back office and measuring.
// `--past-edition`: adds instead the edition of the year before, in the archive, with that many
// fictional people registered and most of them checked in.
import { parseArgs } from "node:util";
import { loadEnvConfig } from "@next/env";
import { ROOT } from "./support/processes";

async function main() {
  loadEnvConfig(ROOT);
  const { values } = parseArgs({ options: { registrations: { type: "string", default: "2000" }, event: { type: "string" }, seed: { type: "string", default: "1" }, "past-edition": { type: "boolean", default: false } } });
  const count = Number(values.registrations);
  if (!Number.isInteger(count) || count < 1 || count > 100_000) {
    console.error("Usage : npm run demo:data -- --registrations <1 à 100000> [--event <slug> | --past-edition]");
    process.exit(2);
  }
  // Imported after the .env files are read: lib/env parses the settings when it loads.
  const { env } = await import("../lib/env");
  if (env.SMTP_URL || env.NODE_ENV === "production") {
    console.error("Refusé : des données fictives ne se créent pas sur un site qui envoie de vrais emails (SMTP_URL) ou en production.");
    process.exit(2);
  }
  const { db } = await import("../lib/db/client");
  if (values["past-edition"]) {
    const { addDemoPastEdition } = await import("../lib/demo/add-demo-past-edition");
    const past = await addDemoPastEdition({ count, seed: Number(values.seed) });
    await db.$disconnect();
    console.log(`Édition passée « ${past.edition} » ajoutée aux archives : ${past.registered} personnes fictives inscrites, ${past.present} présentes.`);
    return;
  }
  const { addDemoRegistrations } = await import("../lib/demo/add-demo-registrations");
  const report = await addDemoRegistrations({ count, event: values.event, seed: Number(values.seed) });
  await db.$disconnect();
  const { CONFIRMED = 0, OFFERED = 0, WAITLISTED = 0, CANCELLED = 0 } = report.statuses;
  console.log(`${report.registered} personnes fictives inscrites. Inscriptions fictives : ${CONFIRMED} confirmées, ${OFFERED} places proposées, ${WAITLISTED} en attente, ${CANCELLED} annulées.`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
