// A separate app process for the outbox tests: `register <count> <event>` commits registrations
// then dies at once (SIGKILL, before any email is sent); `deliver` sends what is due and prints
// its report as JSON.
import { createRegistrations } from "../../../lib/registrations/create-registrations";
import { deliverOutbox } from "../../../lib/mail/deliver-outbox";
import { person } from "../people";

async function main() {
  const [command, count, event] = process.argv.slice(2);
  if (command === "register") {
    const first = Number(process.env.FIRST_PERSON ?? 0);
    for (let n = 0; n < Number(count); n++) {
      await createRegistrations({ input: person(first + n, [event]), now: new Date("2030-02-01T10:00:00Z") });
    }
    process.kill(process.pid, "SIGKILL");
  }
  if (command === "deliver") {
    const report = await deliverOutbox({ smtpUrl: process.env.TEST_SMTP_URL! });
    process.stdout.write(JSON.stringify(report));
    process.exit(0);
  }
}

main().catch((error) => {
  process.stderr.write(String(error?.stack ?? error));
  process.exit(1);
});
