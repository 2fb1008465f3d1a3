// An organiser prepares the documents of their day from a filtered list: the CSV, the sign-in sheet,
// the badges and the security list; then an attendee arrives and gets their attendance certificate.
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { parse } from "csv-parse/sync";
import type { Page } from "@playwright/test";
import { extractText } from "unpdf";
import { expect, test } from "./fixtures";
import { createAccount, e2eDatabase, openDoorNow, sessionCookie } from "./database";
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

async function placesLeft(page: Page): Promise<number> {
  const response = await page.request.get(`/api/events/${SLUG}`);
  expect(response.status()).toBe(200);
  return (await response.json()).placesLeft;
}

test("an organiser downloads the filtered list, the sign-in sheet, badges, the security list and a certificate", async ({ page, request, expectAccessible }) => {
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
  let putDayBack: (() => void) | null = null;
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

    // Amandine arrives (a tap of the door, through its API): her certificate.
    await page.getByRole("link", { name: `${lastName} Amandine` }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Amandine ${lastName}`);
    await expectAccessible();
    const registrationId = new URL(page.url()).pathname.split("/").pop()!;
    // The door takes a tap only while it is open: the day is moved to start in an hour.
    putDayBack = openDoorNow(SLUG);
    const tap = await page.request.post(`/api/admin/events/${SLUG}/check-ins`, {
      data: { operations: [{ type: "check-in", operationId: randomUUID(), at: new Date().toISOString(), method: "SEARCH", registrationId }] },
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
    putDayBack?.();
    // Other journeys count the places left: every registration made here is cancelled.
    for (const token of tokens.values()) expect((await request.delete(`/api/registrations/${token}`)).status()).toBe(200);
  }
  expect(await placesLeft(page)).toBe(placesBefore);
});
