// The back office on a phone: the door starts on the first screen, the header folded to one line
// with its menu behind « Menu », a native disclosure that opens by keyboard, and without JavaScript.
// On a wide screen the header is whole, as before.
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { createAccount, e2eDatabase, type TestAccount } from "./database";
import { BASE_URL } from "./local-database";

const PHONE = { width: 390, height: 844 };
const DOOR = "/admin/evenements/nancy/accueil";

function organiser(label: string): TestAccount {
  const db = e2eDatabase();
  const account = createAccount(db, { label, role: "ORGANISER", eventSlugs: ["nancy"] });
  db.close();
  return account;
}

const signIn = (page: Page, account: TestAccount) =>
  page.context().addCookies([{ name: "next-auth.session-token", value: account.sessionToken, url: BASE_URL }]);

/** Where an element ends, from the top of the page: within the first screen when at most its height. */
async function bottomOf(page: Page, locator: ReturnType<Page["locator"]>): Promise<number> {
  const box = await locator.boundingBox();
  expect(box, "the element is drawn").not.toBeNull();
  return box!.y + box!.height + (await page.evaluate(() => window.scrollY));
}

test.describe("on a phone", () => {
  test.use({ viewport: PHONE, isMobile: true, hasTouch: true });

  test("the door starts on the first screen, and the folded menu opens and works by keyboard", async ({ page, expectAccessible, expectNoHorizontalScroll }) => {
    test.setTimeout(90_000); // two accessibility scans of the door, a page heavy with controls
    await signIn(page, organiser("telephone"));
    await page.goto(DOOR);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Accueil : Journée régionale de Nancy");

    // The header is one line: the name and « Menu »; the links and the account wait behind it.
    const header = page.getByRole("banner");
    const menu = header.locator("summary", { hasText: "Menu" });
    const nav = page.getByRole("navigation", { name: "Espace des organisateurs" });
    await expect(menu).toBeVisible();
    await expect(nav).toBeHidden();
    await expect(header.getByRole("button", { name: "Se déconnecter" })).toBeHidden();
    expect(await bottomOf(page, header), "the header's height").toBeLessThanOrEqual(80);

    // The door's first controls are on the first screen, without scrolling.
    const scan = page.getByRole("button", { name: "Scanner avec la caméra" });
    const code = page.getByLabel("Code (8 caractères, sous le QR code)");
    await expect(scan).toBeVisible();
    expect(await bottomOf(page, scan)).toBeLessThanOrEqual(PHONE.height);
    expect(await bottomOf(page, code)).toBeLessThanOrEqual(PHONE.height);
    await expectAccessible();
    await expectNoHorizontalScroll();

    // By keyboard: « Menu » takes the focus, visibly, and Enter unfolds the account and the links.
    await menu.focus();
    expect(await menu.evaluate((summary) => summary.matches(":focus-visible") && getComputedStyle(summary).outlineStyle !== "none")).toBe(true);
    await page.keyboard.press("Enter");
    await expect(page.locator("details.admin-menu")).toHaveAttribute("open", "");
    await expect(nav).toBeVisible();
    await expect(header.getByRole("button", { name: "Se déconnecter" })).toBeVisible();
    await expectAccessible();
    await expectNoHorizontalScroll();

    // Tab goes on into the menu: the way out, then the first link, which Enter follows.
    await page.keyboard.press("Tab");
    await expect(header.getByRole("button", { name: "Se déconnecter" })).toBeFocused();
    await page.keyboard.press("Tab");
    await expect(nav.getByRole("link", { name: "Journées" })).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/admin$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Journées");
    // The header stays from page to page: the menu is folded again on the new page.
    await expect(nav).toBeHidden();

    // Enter on « Menu » again, then once more: it unfolds and folds.
    await menu.focus();
    await page.keyboard.press("Enter");
    await expect(nav).toBeVisible();
    await page.keyboard.press("Enter");
    await expect(nav).toBeHidden();
  });

  test("the folded menu opens without JavaScript", async ({ browser }) => {
    const context = await browser.newContext({ baseURL: BASE_URL, javaScriptEnabled: false, viewport: PHONE, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    await signIn(page, organiser("telephone-sans-js"));
    await page.goto("/admin");
    const nav = page.getByRole("navigation", { name: "Espace des organisateurs" });
    await expect(nav).toBeHidden();
    await page.getByRole("banner").locator("summary", { hasText: "Menu" }).click();
    await expect(nav).toBeVisible();
    await nav.getByRole("link", { name: "Site public" }).click();
    await expect(page).toHaveURL(`${BASE_URL}/`);
    await context.close();
  });
});

test("on a wide screen the header is whole, without « Menu »", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await signIn(page, organiser("grand-ecran"));
  await page.goto(DOOR);
  await expect(page.getByRole("navigation", { name: "Espace des organisateurs" })).toBeVisible();
  await expect(page.getByRole("banner").getByRole("button", { name: "Se déconnecter" })).toBeVisible();
  await expect(page.getByRole("banner").locator("summary", { hasText: "Menu" })).toBeHidden();
});
