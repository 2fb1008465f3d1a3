// An organiser prepares the documents of their day from a filtered list: the CSV, the sign-in sheet,
// the badges and the security list; then an attendee arrives and gets their attendance certificate.
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { parse } from "csv-parse/sync";
import type { Page } from "@playwright/test";
import { extractText } from "unpdf";
import { expect, test } from "./fixtures";
import { formatLongDate } from "../lib/dates";
import { createAccount, e2eDatabase, sessionCookie } from "./database";
import { BASE_URL } from "./local-database";
import { registerThroughApi } from "./registrations";

const SLUG = "grenoble";

/**
 * Downloads a document of the day: by its link on the list's page when there is one (the link then
 * carries the list's filters), otherwise at the address the link would have.
 */
async function download(page: Page, link: string, address: string): Promise<{ filename: string; body: Buffer }> {
  const shown = page.getByRole("link", { name: link, exact: true });
  const href = (await shown.count()) > 0 ? await shown.getAttribute("href") : address;
  const response = await page.request.get(href!);
  expect(response.status(), await response.text()).toBe(200);
  const filename = /filename="([^"]+)"/.exec(response.headers()["content-disposition"] ?? "")?.[1] ?? "";
  return { filename, body: await response.body() };
}

async function pdfText(body: Buffer): Promise<{ totalPages: number; text: string }> {
  expect(body.subarray(0, 5).toString("latin1")).toBe("%PDF-");
  const { totalPages, text } = await extractText(new Uint8Array(body), { mergePages: true });
  return { totalPages, text: text.replace(/\s+/g, " ") };
}

/** Who signs Grenoble's certificates while the journey lets its day run now. */
const SIGNATORY = { name: "Claire Fontaine", title: "vice-présidente de Grenoble Alpes Métropole, chargée de l'ESS" };

/**
 * Certificates exist once a day has started: the journey moves Grenoble's day to now (started an
 * hour ago, ending in two) and names its signatory, then puts both back as they were.
 */
function letTheDayRun(): () => void {
  const db = e2eDatabase();
  const before = db.prepare(`SELECT "startsAt", "endsAt" FROM "Event" WHERE "slug" = ?`).get(SLUG) as { startsAt: string; endsAt: string };
  const sqliteDate = (date: Date) => date.toISOString().replace("Z", "+00:00");
  db.prepare(`UPDATE "Event" SET "startsAt" = ?, "endsAt" = ? WHERE "slug" = ?`).run(sqliteDate(new Date(Date.now() - 3_600_000)), sqliteDate(new Date(Date.now() + 7_200_000)), SLUG);
  db.close();
  return () => {
    const again = e2eDatabase();
    again.prepare(`UPDATE "Event" SET "startsAt" = ?, "endsAt" = ?, "certificateSignatoryName" = NULL, "certificateSignatoryTitle" = NULL WHERE "slug" = ?`).run(before.startsAt, before.endsAt, SLUG);
    again.close();
  };
}

function nameTheSignatory() {
  const db = e2eDatabase();
  db.prepare(`UPDATE "Event" SET "certificateSignatoryName" = ?, "certificateSignatoryTitle" = ? WHERE "slug" = ?`).run(SIGNATORY.name, SIGNATORY.title, SLUG);
  db.close();
}

async function placesLeft(page: Page): Promise<number> {
  const response = await page.request.get(`/api/events/${SLUG}`);
  expect(response.status()).toBe(200);
  return (await response.json()).placesLeft;
}

test("an organiser downloads the filtered list, the sign-in sheet, badges, the security list and a certificate", async ({ page, request, expectAccessible }) => {
  test.slow(); // eight documents read back, five pages scanned, a day started then put back
  const db = e2eDatabase();
  const organiser = createAccount(db, { label: "orga-documents", role: "ORGANISER", eventSlugs: [SLUG] });
  db.close();
  await page.context().addCookies([{ name: "next-auth.session-token", value: sessionCookie(organiser).split("=")[1], url: BASE_URL }]);
  const placesBefore = await placesLeft(page);

  // Names take letters only: a unique suffix spelled with letters, short enough not to wrap in a PDF cell.
  const letters = String(Date.now()).slice(-7).replace(/\d/g, (digit) => "abcdefghij"[Number(digit)]);
  const lastName = `Émarge${letters}`;
  const otherLastName = `Autre${letters}`;
  const tokens = new Map<string, string>();
  let putTheDayBack: (() => void) | undefined;
  try {
    const register = async (firstName: string, family: string, organisation: string) => {
      const registered = await registerThroughApi(request, [SLUG], "documents", { firstName, lastName: family, organisation, organisationType: "STRUCTURE_ESS" });
      tokens.set(`${firstName} ${family}`, registered.manageToken!);
    };
    await register("Amandine", lastName, "-Coopérative des Alpes");
    await register("Bérénice", lastName, "Ville de Grenoble");
    await register("Colette", lastName, "Département de l'Isère");
    await register("Damien", otherLastName, "Grenoble-Alpes Métropole");
    // Colette cancels: on no document of confirmed people.
    expect((await request.delete(`/api/registrations/${tokens.get(`Colette ${lastName}`)}`)).status()).toBe(200);
    tokens.delete(`Colette ${lastName}`);

    await page.goto(`/admin/evenements/${SLUG}/inscrits`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Inscrit·es : Journée régionale de Grenoble");
    await expectAccessible();
    await page.getByLabel("Rechercher (nom, email, organisation)").fill(lastName);
    await page.getByRole("checkbox", { name: "Confirmé·e", exact: true }).check();
    await page.getByRole("button", { name: "Filtrer" }).click();
    await expect(page).toHaveURL(/statut=CONFIRMED/);
    await expect(page.getByRole("status")).toHaveText("2 inscriptions.");
    await expect(page.getByRole("rowheader")).toHaveText([new RegExp(`^${lastName} Amandine`), new RegExp(`^${lastName} Bérénice`)]);
    await expectAccessible();
    const filteredList = page.url();

    // The CSV of the filtered list: a byte order mark for Excel, the header, the two confirmed people.
    await page.getByRole("radio", { name: "CSV", exact: true }).check();
    await page.getByRole("radio", { name: "Virgule", exact: true }).check();
    const [csvDownload] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Télécharger" }).click()]);
    expect(csvDownload.suggestedFilename()).toMatch(/^grenoble_attendees_\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = readFileSync((await csvDownload.path())!);
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parse(csv, { bom: true }) as string[][];
    expect(rows[0]).toEqual(expect.arrayContaining(["Nom", "Prénom", "Email", "Organisation", "Inscription", "Arrivé·e à"]));
    expect(rows[0].slice(0, 4)).toEqual(["Nom", "Prénom", "Email", "Organisation"]);
    expect(rows.slice(1).map((row) => [row[0], row[1], row[3], row[rows[0].indexOf("Inscription")]])).toEqual([
      [lastName, "Amandine", "'-Coopérative des Alpes", "Confirmé·e"],
      [lastName, "Bérénice", "Ville de Grenoble", "Confirmé·e"],
    ]);

    // The sign-in sheet of the filtered list: the confirmed people, pages numbered.
    const sheet = await download(page, "Feuille d'émargement (PDF, A4, signature matin et après-midi)", `/api/admin/events/${SLUG}/exports/sign-in-sheet?q=${encodeURIComponent(lastName)}&format=pdf`);
    expect(sheet.filename).toMatch(/^grenoble_sign-in-sheet_\d{4}-\d{2}-\d{2}\.pdf$/);
    const sheetText = await pdfText(sheet.body);
    expect(sheetText.totalPages).toBe(1);
    expect(sheetText.text).toContain("Feuille d'émargement");
    expect(sheetText.text).toContain("Journée régionale de Grenoble");
    expect(sheetText.text).toContain("Signature matin");
    for (const firstName of ["Amandine", "Bérénice"]) expect(sheetText.text).toMatch(new RegExp(`${lastName} ${firstName}`));
    expect(sheetText.text).not.toContain("Colette");
    expect(sheetText.text).not.toContain(otherLastName);
    expect(sheetText.text).toMatch(/\b1\/1\b/);

    const badges = await download(page, "Badges, planches A4 de 10 (PDF)", `/api/admin/events/${SLUG}/exports/badges?q=${encodeURIComponent(lastName)}&format=pdf&disposition=planche`);
    expect(badges.filename).toMatch(/^grenoble_badges_\d{4}-\d{2}-\d{2}\.pdf$/);
    const badgesText = await pdfText(badges.body);
    for (const firstName of ["Amandine", "Bérénice"]) expect(badgesText.text).toContain(firstName);
    expect(badgesText.text).toContain(lastName);
    expect(badgesText.text).not.toContain("Colette");

    // The security list is the venue's: everyone confirmed, whatever the list's filters.
    const security = await download(page, "Liste de sécurité (PDF)", `/api/admin/events/${SLUG}/exports/security-list?format=pdf`);
    expect(security.filename).toMatch(/^grenoble_security-list_\d{4}-\d{2}-\d{2}\.pdf$/);
    const securityText = await pdfText(security.body);
    expect(securityText.text).toContain("Liste de sécurité");
    for (const someone of [`${lastName} Amandine`, `${lastName} Bérénice`, `${otherLastName} Damien`]) expect(securityText.text).toContain(someone);
    expect(securityText.text).not.toContain("Colette");

    // Before the day, no certificate is offered, and the page says why.
    const certificatesLink = page.getByRole("link", { name: "Attestations de présence des personnes arrivées (PDF)", exact: true });
    await expect(page.getByText(/^Les attestations de présence ne sont établies qu'une fois la journée commencée \(le \S+ \d+(er)? \S+ \d{4} à 9 h 30\)/)).toBeVisible();
    await expect(certificatesLink).toHaveCount(0);
    const early = await page.request.get(`/api/admin/events/${SLUG}/exports/certificates?format=pdf`);
    expect(early.status()).toBe(409);
    expect(await early.text()).toContain("qu'une fois la journée commencée");

    // The day starts: without a signatory, still none, and the page tells the admin where to name one.
    putTheDayBack = letTheDayRun();
    await page.reload();
    await expect(page.getByText(/^Les attestations de présence ne peuvent pas être établies sans signataire/)).toContainText("formulaire de la journée");
    await expect(certificatesLink).toHaveCount(0);
    nameTheSignatory();
    await page.reload();
    await expect(certificatesLink).toBeVisible();
    await expectAccessible();

    // Amandine arrives (a tap of the door, through its API): her certificate.
    await page.getByRole("link", { name: `${lastName} Amandine` }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Amandine ${lastName}`);
    await expectAccessible();
    const registrationId = new URL(page.url()).pathname.split("/").pop()!;
    const tap = await page.request.post(`/api/admin/events/${SLUG}/check-ins`, {
      // She came in half an hour ago (the day began an hour ago): a certificate states what has happened.
      data: { operations: [{ type: "check-in", operationId: randomUUID(), at: new Date(Date.now() - 30 * 60_000).toISOString(), method: "SEARCH", registrationId }] },
    });
    expect(tap.status(), await tap.text()).toBe(200);
    expect((await tap.json()).results).toEqual([expect.objectContaining({ outcome: "CHECKED_IN" })]);
    await page.reload();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Amandine ${lastName}`);

    const certificate = await download(page, "Télécharger son attestation de présence (PDF)", `/api/admin/events/${SLUG}/exports/certificates?format=pdf&inscription=${registrationId}`);
    expect(certificate.filename).toMatch(/^grenoble_certificates_\d{4}-\d{2}-\d{2}\.pdf$/);
    const certificateText = await pdfText(certificate.body);
    expect(certificateText.totalPages).toBe(1);
    expect(certificateText.text).toContain("Attestation de présence");
    expect(certificateText.text).toContain(`Amandine ${lastName}`);
    expect(certificateText.text).toContain("Journée régionale de Grenoble");
    // Who issues it, who signs it, where and when it is made.
    expect(certificateText.text).toContain("Organisées par : Association des régions de France (ARF)");
    expect(certificateText.text).toContain(`${SIGNATORY.name}, ${SIGNATORY.title}, atteste que`);
    expect(certificateText.text).toContain(`Fait à Grenoble, le ${formatLongDate(new Date(), { weekday: false })}.`);

    // The list of the people who came, and of those who did not.
    await page.goto(filteredList);
    await page.getByLabel("Arrivée", { exact: true }).selectOption({ label: "Présent·e (arrivée enregistrée)" });
    await page.getByRole("button", { name: "Filtrer" }).click();
    await expect(page).toHaveURL(/present=oui/);
    await expect(page.getByRole("status")).toHaveText("1 inscription.");
    await expect(page.getByRole("rowheader")).toHaveText([new RegExp(`^${lastName} Amandine`)]);
    await expect(page.getByRole("cell", { name: /Arrivé·e à \d+ h/ })).toBeVisible();
    await expectAccessible();
    // The certificates of everyone who came (among the list's search): Bérénice, not arrived, gets none.
    const all = await pdfText((await download(page, "Attestations de présence des personnes arrivées (PDF)", `/api/admin/events/${SLUG}/exports/certificates?q=${encodeURIComponent(lastName)}&format=pdf`)).body);
    expect(all.totalPages).toBe(1);
    expect(all.text).toContain(`Amandine ${lastName}`);
    expect(all.text).not.toContain("Bérénice");
    await page.getByLabel("Arrivée", { exact: true }).selectOption({ label: "Pas encore arrivé·e" });
    await page.getByRole("button", { name: "Filtrer" }).click();
    await expect(page).toHaveURL(/present=non/);
    await expect(page.getByRole("rowheader")).toHaveText([new RegExp(`^${lastName} Bérénice`)]);
  } finally {
    // The day as it was (a started day's registrations cannot be cancelled).
    putTheDayBack?.();
    // Other journeys count the places left: every registration made here is cancelled.
    for (const token of tokens.values()) expect((await request.delete(`/api/registrations/${token}`)).status()).toBe(200);
  }
  expect(await placesLeft(page)).toBe(placesBefore);
});
