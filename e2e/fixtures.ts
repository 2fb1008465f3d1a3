import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type Page } from "@playwright/test";

const WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

export async function expectNoAxeViolations(page: Page): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_21_AA).analyze();
  const report = violations
    .map(({ id, impact, help, nodes }) => `${id} (${impact}): ${help}\n  ${nodes.map((node) => node.target.join(" ")).join("\n  ")}`)
    .join("\n");
  expect(violations, `Accessibility violations on ${page.url()}:\n${report}`).toEqual([]);
}

async function expectNoHorizontalScroll(page: Page): Promise<void> {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  expect(scrollWidth, `page is ${scrollWidth}px wide in a ${clientWidth}px viewport`).toBeLessThanOrEqual(clientWidth);
}

export const test = base.extend<{
  expectAccessible: () => Promise<void>;
  expectNoHorizontalScroll: () => Promise<void>;
}>({
  // Every page of every journey runs under the app's Content-Security-Policy: a script or style it
  // blocks (a missing nonce) fails the journey.
  page: async ({ page }, use) => {
    const blocked: string[] = [];
    page.on("console", (message) => {
      if (message.type() === "error" && /Content Security Policy/i.test(message.text())) blocked.push(`${page.url()}: ${message.text()}`);
    });
    await use(page);
    expect(blocked, "blocked by the Content-Security-Policy").toEqual([]);
  },
  expectAccessible: async ({ page }, use) => {
    await use(() => expectNoAxeViolations(page));
  },
  expectNoHorizontalScroll: async ({ page }, use) => {
    await use(() => expectNoHorizontalScroll(page));
  },
});

export { expect };
