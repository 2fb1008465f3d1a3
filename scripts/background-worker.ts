// The app's background worker: expires offers, writes reminders, delivers the outbox and serves the
// local mailbox. `instrumentation.ts` starts it as a child process of the server at a low CPU
// priority, so that rendering emails never slows down registrations during a rush; the server asks
// it to deliver at once through IPC ("deliver"). It stops when the server goes away.
import { deliverSoon, startBackgroundJobs } from "../lib/jobs/background-jobs";

startBackgroundJobs();
process.on("message", (message) => {
  if (message === "deliver") deliverSoon();
});
process.on("disconnect", () => process.exit(0));
