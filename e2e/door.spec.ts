// An organiser lets people in at the door of a regional day, on a phone: nothing before the day's
// door opens; then by the code typed from the ticket, by a photo of its QR code, by name; without
// network (the taps wait on the phone and are sent when it comes back); someone who came without
// registering; an address already known, which the door neither reads nor registers; a cancelled
// ticket refused.
import type { Page } from "@playwright/test";
import { qrCodeIn, manageTokenIn } from "../tests/support/emails";
import { expect, test } from "./fixtures";
import { createAccount, e2eDatabase, openDoorNow, sessionCookie } from "./database";
import { BASE_URL } from "./local-database";
import { readEmail } from "./mailbox";
import { registerThroughApi, uniqueEmail } from "./registrations";

const SLUG = "nancy";
const ORGANISATION = "Métropole du Grand Nancy";

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

/** « 3 présent·es sur 12 confirmé·es » as numbers. */
async function doorCounts(page: Page): Promise<{ present: number; confirmed: number }> {
  const text = await page.getByText(/présent·es sur/).textContent();
  const [, present, confirmed] = /(\d+) présent·es sur (\d+) confirmé·es/.exec(text ?? "") ?? [];
  return { present: Number(present), confirmed: Number(confirmed) };
}

async function placesLeft(page: Page): Promise<number> {
  const response = await page.request.get(`/api/events/${SLUG}`);
  expect(response.status()).toBe(200);
  return (await response.json()).placesLeft;
}

test("an organiser checks people in at the door from a phone, online and offline", async ({ page, request, expectAccessible, expectNoHorizontalScroll }) => {
  test.setTimeout(150_000); // a long journey: five states of the door scanned, and emails to wait for
  const db = e2eDatabase();
  const organiser = createAccount(db, { label: "orga-accueil", role: "ORGANISER", eventSlugs: [SLUG] });
  db.close();
  await page.context().addCookies([{ name: "next-auth.session-token", value: sessionCookie(organiser).split("=")[1], url: BASE_URL }]);
  const placesBefore = await placesLeft(page);

  // Names take letters only: a unique suffix spelled with letters.
  const lastName = `Portail-${String(Date.now()).replace(/\d/g, (digit) => "abcdefghij"[Number(digit)])}`;
  const firstNames = { typed: "Amandine", photo: "Bérénice", searched: "Colette", offline: "Dorothée", cancelled: "Edmond" };
  /** The day's date as seeded (months ahead): put back at the end, whatever happens. */
  let putDayBack: (() => void) | null = null;
  const name = (firstName: string) => `${firstName} ${lastName}`;
  /** Manage tokens of the registrations still to cancel at the end. */
  const toCancel = new Map<string, string>();
  try {
    const people: Record<keyof typeof firstNames, { email: string; token: string }> = Object.fromEntries(
      await Promise.all(
        Object.entries(firstNames).map(async ([key, firstName]) => {
          const registered = await registerThroughApi(request, [SLUG], "accueil", { firstName, lastName, organisation: ORGANISATION });
          expect(registered.registrations).toEqual([expect.objectContaining({ event: SLUG, status: "CONFIRMED" })]);
          toCancel.set(firstName, registered.manageToken!);
          return [key, { email: registered.email, token: registered.manageToken! }];
        }),
      ),
    ) as Record<keyof typeof firstNames, { email: string; token: string }>;

    // The ticket of the confirmation email: the code spelled out, and the same code in the QR image.
    const ticketOf = async (email: string) => {
      const mail = await readEmail(email, /^Inscription confirmée : Journée régionale de Nancy/);
      const printed = /\b([2-9A-HJKMNP-Z]{4})-([2-9A-HJKMNP-Z]{4})\b/.exec(mail.text ?? "");
      expect(printed, "the ticket code in the email's text").not.toBeNull();
      const qr = mail.attachments.find((attachment) => attachment.filename === "billet-qr.png");
      expect(qr?.cid, "the QR code is an inline image").toBeTruthy();
      expect(qrCodeIn(mail)).toBe(`${printed![1]}${printed![2]}`);
      return { printed: printed![0], qr: qr!.content };
    };
    const typed = await ticketOf(people.typed.email);
    const photo = await ticketOf(people.photo.email);
    const cancelled = await ticketOf(people.cancelled.email);

    // Months before the day, the door is not open: it says when it will be, and a tap is not recorded.
    await page.goto(`/admin/evenements/${SLUG}`);
    await page.getByRole("link", { name: "Accueil : enregistrer les arrivées" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Accueil : Journée régionale de Nancy");
    const network = page.getByRole("status").filter({ hasText: /En ligne|Hors ligne/ });
    await expect(network).toHaveText("En ligne");
    const hours = /ouvert (le \S+ \d+ \S+ \d{4} de 7 h 30 à 17 h)/;
    const notYet = page.getByText(/^L'accueil de cette journée n'est pas encore ouvert : il est ouvert le /);
    await expect(notYet).toHaveText(new RegExp(`^L'accueil de cette journée n'est pas encore ouvert : il est ${hours.source}\\. Les arrivées ne sont pas enregistrées avant\\.$`));
    const opening = hours.exec((await notYet.textContent()) ?? "")![1];
    await expectAccessible();
    const closedCounts = await doorCounts(page);
    await page.getByLabel("Code (8 caractères, sous le QR code)").fill(typed.printed);
    await page.getByRole("button", { name: "Valider" }).click();
    await expect(page.locator(".door__banner p")).toHaveText(`L'accueil de cette journée est ouvert ${opening} : cette arrivée n'est pas enregistrée.`);
    await expect(network).toHaveText("En ligne");
    expect(await doorCounts(page)).toEqual(closedCounts);

    // The day comes: its door opens (the day is moved to start in an hour).
    putDayBack = openDoorNow(SLUG);
    await page.reload();
    await expect(network).toHaveText("En ligne");
    await expect(notYet).toHaveCount(0);
    await expectAccessible();
    await expectNoHorizontalScroll();
    const start = await doorCounts(page);
    const counts = page.getByText(/présent·es sur/);
    const expectCounts = (present: number, confirmed = 0) =>
      expect(counts).toHaveText(`${start.present + present} présent·es sur ${start.confirmed + confirmed} confirmé·es`);
    // The server's answer replaces the phone's guess « (pas encore envoyé) ».
    const banner = page.locator(".door__banner p");
    const welcome = (firstName: string) => `Bienvenue : ${name(firstName)}, ${ORGANISATION}`;
    /** The tap has reached the server (nothing waits on the phone) and the banner shows its answer. */
    const answered = async (text: string) => {
      await expect(network).toHaveText("En ligne");
      await expect(banner).toHaveText(text);
    };

    // The code typed from the ticket, as printed (with its dash); the arrival undone, made again, then refused twice.
    const code = page.getByLabel("Code (8 caractères, sous le QR code)");
    await code.fill(typed.printed.toLowerCase());
    await page.getByRole("button", { name: "Valider" }).click();
    await answered(welcome(firstNames.typed));
    await expectCounts(1);
    await expect(code).toHaveValue("");
    await page.getByRole("button", { name: "Annuler cette arrivée" }).click();
    await answered(`Arrivée annulée : ${name(firstNames.typed)}, ${ORGANISATION}`);
    await expectCounts(0);
    await code.fill(typed.printed);
    await page.getByRole("button", { name: "Valider" }).click();
    await answered(welcome(firstNames.typed));
    await expectCounts(1);
    await code.fill(typed.printed);
    await page.getByRole("button", { name: "Valider" }).click();
    await expect(banner).toContainText(`Déjà arrivé·e : ${name(firstNames.typed)}, ${ORGANISATION}, depuis `);
    await expect(banner).toContainText(`(${organiser.email})`);
    await expectCounts(1);

    // A photo of the ticket's QR code, decoded in the browser.
    await page.getByLabel("Lire une photo du billet").setInputFiles({ name: "billet.png", mimeType: "image/png", buffer: photo.qr });
    await answered(welcome(firstNames.photo));
    await expectCounts(2);

    // By name, accents not needed.
    const search = page.getByLabel("Nom, prénom ou organisation");
    await search.fill(`colette ${lastName.toLowerCase()}`);
    await expect(page.getByText("1 personne", { exact: true })).toBeVisible();
    await page.getByRole("button", { name: `Marquer ${name(firstNames.searched)} présent·e` }).click();
    await answered(welcome(firstNames.searched));
    await expect(page.getByRole("button", { name: `Annuler l'arrivée de ${name(firstNames.searched)}` })).toBeVisible();
    await expectCounts(3);

    // The network drops: the tap waits on the phone, then goes when the network comes back.
    await page.context().setOffline(true);
    await search.fill(name(firstNames.offline));
    await page.getByRole("button", { name: `Marquer ${name(firstNames.offline)} présent·e` }).click();
    await expect(network).toHaveText("Hors ligne : les arrivées restent sur ce téléphone · 1 arrivée en attente d'envoi");
    await expect(banner).toHaveText(`${welcome(firstNames.offline)} (pas encore envoyé)`);
    await expectCounts(4);
    await expectAccessible();
    await page.context().setOffline(false);
    // The page sends on the window's « online » event, and every 15 seconds anyway.
    await expect(network).toHaveText("En ligne", { timeout: 20_000 });
    await answered(welcome(firstNames.offline));
    await page.reload();
    await expect(network).toHaveText("En ligne");
    await expectCounts(4);
    await search.fill(name(firstNames.offline));
    await expect(page.getByRole("button", { name: `Annuler l'arrivée de ${name(firstNames.offline)}` })).toBeVisible();

    // A ticket cancelled after the page was loaded: the phone does not know yet, the server refuses it.
    expect((await request.delete(`/api/registrations/${people.cancelled.token}`)).status()).toBe(200);
    toCancel.delete(firstNames.cancelled);
    await code.fill(cancelled.printed);
    await page.getByRole("button", { name: "Valider" }).click();
    await answered(`Inscription annulée : ${name(firstNames.cancelled)}, ${ORGANISATION}`);
    await expectCounts(4, -1);

    // Someone who did not register: added on the spot and let in.
    await page.getByText("Ajouter une personne sur place").click();
    const walkIn = { firstName: "Fanny", email: uniqueEmail("sur-place") };
    await page.getByLabel("Nom", { exact: true }).fill(lastName);
    await page.getByLabel("Prénom", { exact: true }).fill(walkIn.firstName);
    await page.getByLabel("Email", { exact: true }).fill(walkIn.email);
    await page.getByLabel("Organisation", { exact: true }).fill(ORGANISATION);
    await page.getByLabel("Type de structure", { exact: true }).selectOption({ label: "Intercommunalité" });
    await page.getByLabel("Fonction", { exact: true }).fill("Directrice du développement économique");
    await page.getByLabel("Statut", { exact: true }).selectOption({ label: "Agent·e" });
    await page.getByRole("checkbox", { name: "La personne accepte le traitement de ses données pour cette journée." }).check();
    await expectAccessible();
    await page.getByRole("button", { name: "Ajouter et marquer présent·e" }).click();
    await answered(welcome(walkIn.firstName));
    await expectCounts(5, 0);
    const walkInMail = await readEmail(walkIn.email, /^Inscription confirmée : Journée régionale de Nancy/);
    toCancel.set(walkIn.firstName, manageTokenIn(walkInMail));
    await page.reload();
    await expectCounts(5, 0);

    // An address already known, typed with other details: the door learns nothing of its owner,
    // registers nothing; the owner gets the link to join the day themselves.
    const knownOwner = await registerThroughApi(request, ["journee-nationale"], "connue", { firstName: "Gaspard", lastName, organisation: "Conseil régional" });
    toCancel.set("Gaspard", knownOwner.manageToken!);
    await page.getByText("Ajouter une personne sur place").click();
    const typedAtDoor = { lastName: "Usurpation", firstName: "Hector", organisation: "Organisation tapée à l'accueil" };
    await page.getByLabel("Nom", { exact: true }).fill(typedAtDoor.lastName);
    await page.getByLabel("Prénom", { exact: true }).fill(typedAtDoor.firstName);
    await page.getByLabel("Email", { exact: true }).fill(knownOwner.email);
    await page.getByLabel("Organisation", { exact: true }).fill(typedAtDoor.organisation);
    await page.getByLabel("Type de structure", { exact: true }).selectOption({ label: "Intercommunalité" });
    await page.getByLabel("Fonction", { exact: true }).fill("Fonction tapée");
    await page.getByLabel("Statut", { exact: true }).selectOption({ label: "Agent·e" });
    await page.getByRole("checkbox", { name: "La personne accepte le traitement de ses données pour cette journée." }).check();
    await page.getByRole("button", { name: "Ajouter et marquer présent·e" }).click();
    await expect(page.getByText(/^Cette adresse est déjà connue\./)).toHaveText(
      "Cette adresse est déjà connue. La personne reçoit un email pour confirmer elle-même son inscription à cette journée ; une fois confirmée, retrouvez-la dans la liste de l'accueil.",
    );
    await expectAccessible();
    await expectCounts(5, 0);
    const joinMail = await readEmail(knownOwner.email, /^Confirmez votre demande d'inscription$/);
    expect(joinMail.text).toContain("Journée régionale de Nancy");
    for (const word of Object.values(typedAtDoor)) expect(`${joinMail.text}${joinMail.html}`).not.toContain(word);
    await search.fill(`Gaspard ${lastName}`);
    await expect(page.getByText("Personne ne correspond.")).toBeVisible();

    // An address already on the day's list: the door shows that registration, to let them in as anyone.
    await page.getByLabel("Email", { exact: true }).fill(people.searched.email);
    await page.getByLabel("Nom", { exact: true }).fill(typedAtDoor.lastName);
    await page.getByLabel("Prénom", { exact: true }).fill(typedAtDoor.firstName);
    await page.getByLabel("Organisation", { exact: true }).fill(typedAtDoor.organisation);
    await page.getByLabel("Type de structure", { exact: true }).selectOption({ label: "Intercommunalité" });
    await page.getByLabel("Fonction", { exact: true }).fill("Fonction tapée");
    await page.getByLabel("Statut", { exact: true }).selectOption({ label: "Agent·e" });
    await page.getByRole("checkbox", { name: "La personne accepte le traitement de ses données pour cette journée." }).check();
    await page.getByRole("button", { name: "Ajouter et marquer présent·e" }).click();
    await expect(page.getByText(/^Cette personne est déjà inscrite à cette journée/)).toBeVisible();
    await expect(search).toHaveValue(name(firstNames.searched));
    await expect(page.getByRole("button", { name: `Annuler l'arrivée de ${name(firstNames.searched)}` })).toBeVisible();
    await expectCounts(5, 0);

    // Someone who came and then cancelled: no longer counted as present, and refused if they come back.
    expect((await request.delete(`/api/registrations/${people.typed.token}`)).status()).toBe(200);
    toCancel.delete(firstNames.typed);
    await page.reload();
    await expectCounts(4, -1);
    await code.fill(typed.printed);
    await page.getByRole("button", { name: "Valider" }).click();
    await answered(`Inscription annulée : ${name(firstNames.typed)}, ${ORGANISATION}`);
  } finally {
    putDayBack?.();
    // Other journeys count the places left: every registration made here is cancelled.
    for (const token of toCancel.values()) expect((await request.delete(`/api/registrations/${token}`)).status()).toBe(200);
  }
  expect(await placesLeft(page)).toBe(placesBefore);
});
