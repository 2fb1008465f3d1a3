import { expect, type Page } from "@playwright/test";

/** The app under test captures mail (no SMTP_URL) into its loopback mailbox, on its port + 1. */
export const MAILBOX_URL = `http://127.0.0.1:${Number(process.env.E2E_PORT ?? 3100) + 1}`;

/** Opens the captured email whose subject matches, sent to `email`, waiting for the sender to deliver it. */
export async function openCapturedEmail(page: Page, email: string, subject: RegExp): Promise<void> {
  const link = page.getByRole("listitem").filter({ hasText: email }).getByRole("link", { name: subject });
  await expect(async () => {
    await page.goto(MAILBOX_URL);
    await expect(link).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 30_000 });
  await link.click();
}
