import "server-only";
import { env } from "../env";
import { deliverOutbox } from "../mail/deliver-outbox";
import { onDeliveryRequested } from "../outbox/delivery-trigger";
import { enqueueReminders } from "../mail/enqueue-reminders";
import { startLocalMailbox } from "../mail/local-mailbox";
import { expireOffers } from "../registrations/expire-offers";
import { expireHolds } from "../registrations/expire-holds";
import { releaseReservedPlaces } from "../registrations/release-reserved-places";
import { followUpInvitations } from "../invitations/follow-up-invitations";
import { freezeDueSecurityLists } from "../exports/freeze-security-list";
import { applyRetention } from "../personal-data/apply-retention";
import { purgeDoorOperations } from "../checkin/purge-door-operations";
import { sendDueCertificates } from "../certificates/send-due-certificates";
import { sendDueQuestionnaires } from "../questionnaire/send-due-questionnaires";
import { sendQuestionnaireReminders } from "../questionnaire/send-questionnaire-reminders";
import { isAppError } from "../errors";
import { log } from "../log";

/** The work the app does by itself, on a timer, with no extra service to run. */
const JOBS: { name: string; run: () => Promise<unknown> }[] = [
  { name: "expire-offers", run: () => expireOffers() },
  { name: "expire-holds", run: () => expireHolds() },
  { name: "release-reserved-places", run: () => releaseReservedPlaces() },
  { name: "follow-up-invitations", run: () => followUpInvitations() },
  { name: "enqueue-reminders", run: () => enqueueReminders() },
  { name: "freeze-security-lists", run: () => freezeDueSecurityLists() },
  { name: "apply-retention", run: () => applyRetention() },
  { name: "purge-door-operations", run: () => purgeDoorOperations() },
  { name: "send-certificates", run: () => sendDueCertificates() },
  { name: "send-questionnaires", run: () => sendDueQuestionnaires() },
  { name: "send-questionnaire-reminders", run: () => sendQuestionnaireReminders() },
  { name: "deliver-outbox", run: () => deliverOutbox() },
];

const state = globalThis as unknown as { rencontresJobs?: NodeJS.Timeout; rencontresDeliverSoon?: () => void };

/** Runs `work` now unless it is running already, in which case once more right after. */
function serialised(work: () => Promise<void>): () => void {
  let running: Promise<void> | null = null;
  let again = false;
  const run = (): void => {
    if (running) {
      again = true;
      return;
    }
    running = work().finally(() => {
      running = null;
      if (again) {
        again = false;
        run();
      }
    });
  };
  return run;
}

async function attempt(name: string, job: () => Promise<unknown>): Promise<void> {
  try {
    await job();
  } catch (error) {
    // A failing run is retried at the next tick; it must not stop the timer or the server. A
    // database outage is logged once by lib/db/outage.ts, not by every job at every tick.
    if (isAppError(error, "UNAVAILABLE")) return;
    log.error({ area: "jobs", job: name, err: error instanceof Error ? error.message : String(error) }, "job failed");
  }
}

/**
 * Starts the jobs once per process: every JOBS_INTERVAL_SECONDS, and the outbox sender as soon as
 * a change writes an email. Several instances may run them: each job is safe to run concurrently.
 */
export function startBackgroundJobs(): void {
  if (state.rencontresJobs) return;
  const tick = serialised(async () => {
    for (const job of JOBS) await attempt(job.name, job.run);
  });
  state.rencontresDeliverSoon = serialised(() => attempt("deliver-outbox", () => deliverOutbox()));
  onDeliveryRequested(state.rencontresDeliverSoon);
  if (!env.SMTP_URL) startLocalMailbox();
  state.rencontresJobs = setInterval(tick, env.JOBS_INTERVAL_SECONDS * 1000);
  state.rencontresJobs.unref();
  tick();
}

/** Delivers due emails now (the server's request, relayed to the worker process). */
export function deliverSoon(): void {
  state.rencontresDeliverSoon?.();
}

/** Stops the timer (tests; the server simply exits). */
export function stopBackgroundJobs(): void {
  clearInterval(state.rencontresJobs);
  state.rencontresJobs = undefined;
}
