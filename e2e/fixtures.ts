import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type Page } from "@playwright/test";

const WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

/**
 * axe-core's minified build (0.65 MB), taken from AxeBuilder's own dependency: the same version and
 * rules as the readable build (1.5 MB) it injects by default. Every scan sends the source to the
 * page; the readable one made a scan of the registration form take 1.05 s, the minified 0.84 s.
 */
const AXE_SOURCE = readFileSync(createRequire(require.resolve("@axe-core/playwright")).resolve("axe-core/axe.min.js"), "utf8");

/**
 * Scans the page as it is now against WCAG 2.1 AA. Run in the page itself (axe's "legacy mode"): the
 * default opens a blank page in the context to put together the results of each frame, which
 * doubled the time of every scan (1.6 s against 0.8 s for the form on a quiet machine), for frames
 * that no page of the app has. Only violations are collected: the passes' details were never read.
 */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  // options() replaces every option set before it: it comes first, then the rules of WCAG 2.1 AA.
  const { violations } = await new AxeBuilder({ page, axeSource: AXE_SOURCE }).options({ resultTypes: ["violations"] }).withTags(WCAG_21_AA).setLegacyMode(true).analyze();
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
