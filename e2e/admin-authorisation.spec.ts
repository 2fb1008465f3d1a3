// The authorisation matrix: every page and server action (the back office's and the public site's)
// and every back-office route handler, found on the file system, against every kind of visitor. A new
// one that is not listed here fails this test.
import { randomUUID } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { expect, test, type APIResponse, type PlaywrightWorkerArgs } from "@playwright/test";
import ExcelJS from "exceljs";
import { extractText } from "unpdf";
import { createAccount, e2eDatabase, openSession, sessionCookie, type TestAccount } from "./database";
import { BASE_URL } from "./local-database";
import { fillRegistrationForm, person, registerThroughApi } from "./registrations";

const ROOT = path.resolve(__dirname, "..");
const require = createRequire(__filename);
// How the browser encodes a server action's arguments (the same React build as the app's).
const { encodeReply } = require("next/dist/compiled/react-server-dom-turbopack/client.node") as {
  encodeReply: (args: unknown[]) => Promise<string | FormData>;
};

const PERSONAS = ["anonymous", "organiserOfThisEvent", "organiserOfAnotherEvent", "deactivated", "admin"] as const;
type Persona = (typeof PERSONAS)[number];
/** OK: served (200). SIGN_IN: sent to the sign-in page. NOT_FOUND: the 404, which reveals nothing. */
type Answer = "OK" | "SIGN_IN" | "NOT_FOUND" | 400 | 401 | 403 | 404 | 415 | 200;
type Row = Record<Persona, Answer>;

const PUBLIC: Row = { anonymous: "OK", organiserOfThisEvent: "OK", organiserOfAnotherEvent: "OK", deactivated: "OK", admin: "OK" };
const SIGNED_IN: Row = { anonymous: "SIGN_IN", organiserOfThisEvent: "OK", organiserOfAnotherEvent: "OK", deactivated: "SIGN_IN", admin: "OK" };
const THIS_EVENT: Row = { ...SIGNED_IN, organiserOfAnotherEvent: "NOT_FOUND" };
const ADMIN_ONLY: Row = { ...SIGNED_IN, organiserOfThisEvent: "NOT_FOUND", organiserOfAnotherEvent: "NOT_FOUND" };

const PAGES: Record<string, Row> = {
  "/": PUBLIC,
  "/accessibilite": PUBLIC,
  "/confidentialite": PUBLIC,
  "/editions": PUBLIC,
  "/evenements/[slug]": PUBLIC,
  "/inscription": PUBLIC,
  "/inscription/confirmation/[receipt]": PUBLIC,
  "/inscription/gerer/[token]": PUBLIC,
  "/inscription/lien-perdu": PUBLIC,
  "/inscription/verifiez-vos-emails": PUBLIC,
  "/inscription/nouveau-lien-envoye": PUBLIC,
  // Given a manage token, the pages of the emailed links answer that the link is no longer valid.
  "/inscription/ajouter/[token]": PUBLIC,
  "/inscription/confirmer-adresse/[token]": PUBLIC,
  "/inscription/invitation/[token]": PUBLIC,
  "/inscription/invitation/[token]/decliner": PUBLIC,
  "/questionnaire/[token]": PUBLIC,
  "/admin": SIGNED_IN,
  "/admin/connexion": PUBLIC,
  "/admin/connexion/lien-envoye": PUBLIC,
  "/admin/connexion/erreur": PUBLIC,
  "/admin/evenements/[slug]": THIS_EVENT,
  "/admin/evenements/[slug]/inscrits": THIS_EVENT,
  "/admin/evenements/[slug]/message": THIS_EVENT,
  "/admin/evenements/[slug]/invitations": THIS_EVENT,
  "/admin/evenements/[slug]/invitations/import": THIS_EVENT,
  "/admin/evenements/[slug]/accueil": THIS_EVENT,
  "/admin/evenements/[slug]/inscrits/[registrationId]": THIS_EVENT,
  "/admin/evenements/[slug]/modifier": ADMIN_ONLY,
  "/admin/evenements/[slug]/programme": ADMIN_ONLY,
  "/admin/evenements/[slug]/documents": ADMIN_ONLY,
  "/admin/evenements/[slug]/programme/[itemId]": ADMIN_ONLY,
  "/admin/evenements/[slug]/questions": ADMIN_ONLY,
  "/admin/evenements/[slug]/questions/[questionId]": ADMIN_ONLY,
  "/admin/evenements/[slug]/questionnaire": ADMIN_ONLY,
  "/admin/evenements/[slug]/questionnaire/resultats": THIS_EVENT,
  "/admin/evenements/[slug]/annonce": ADMIN_ONLY,
  "/admin/evenements/[slug]/journal": ADMIN_ONLY,
  "/admin/evenements/nouvelle": ADMIN_ONLY,
  "/admin/editions": ADMIN_ONLY,
  "/admin/editions/[editionId]": ADMIN_ONLY,
  "/admin/editions/[editionId]/suivante": ADMIN_ONLY,
  "/admin/editions/[editionId]/publier": ADMIN_ONLY,
  "/admin/editions/[editionId]/rendre-courante": ADMIN_ONLY,
  "/admin/intervenants": ADMIN_ONLY,
  "/admin/intervenants/[speakerId]": ADMIN_ONLY,
  "/admin/comptes": ADMIN_ONLY,
  "/admin/comptes/[userId]": ADMIN_ONLY,
  "/admin/journal": ADMIN_ONLY,
  "/admin/emails": ADMIN_ONLY,
};

// Another organiser's day answers 404, as an unknown one does: the API does not tell a draft or
// another day from nothing. A role that may not call a route at all gets 403.
const ROUTES: Record<string, Row> = {
  "GET /api/admin/events/[slug]": { anonymous: 401, organiserOfThisEvent: 200, organiserOfAnotherEvent: 404, deactivated: 401, admin: 200 },
  "GET /api/admin/events/[slug]/exports/[dataset]": { anonymous: 401, organiserOfThisEvent: 200, organiserOfAnotherEvent: 404, deactivated: 401, admin: 200 },
  "GET /api/admin/events/[slug]/check-ins": { anonymous: 401, organiserOfThisEvent: 200, organiserOfAnotherEvent: 404, deactivated: 401, admin: 200 },
  // Allowed callers get past the check to the body's validation: an empty body is a 400.
  "POST /api/admin/events/[slug]/check-ins": { anonymous: 401, organiserOfThisEvent: 400, organiserOfAnotherEvent: 404, deactivated: 401, admin: 400 },
  "GET /api/admin/attendees/[attendeeId]": { anonymous: 401, organiserOfThisEvent: 403, organiserOfAnotherEvent: 403, deactivated: 401, admin: 200 },
  "POST /api/admin/events/[slug]/walk-ins": { anonymous: 401, organiserOfThisEvent: 400, organiserOfAnotherEvent: 404, deactivated: 401, admin: 400 },
  // The day's documents are the admins': to an organiser, even of the day, they are as absent as an
  // unknown day's (404). An empty body is no file upload (415); an id that is no document's, the
  // document's 404.
  "POST /api/admin/events/[slug]/documents": { anonymous: 401, organiserOfThisEvent: 404, organiserOfAnotherEvent: 404, deactivated: 401, admin: 415 },
  "GET /api/admin/events/[slug]/documents/[documentId]": { anonymous: 401, organiserOfThisEvent: 404, organiserOfAnotherEvent: 404, deactivated: 401, admin: 404 },
};

// The routes the production server's front door runs itself (app/api/direct-routes.ts), outside
// Next.js's router: each is checked here through that server like any other. A back-office one must
// be in ROUTES above; a public one in this list (an empty body: 400 for everyone, past who asks).
const PUBLIC_DIRECT_ROUTES: Record<string, Row> = {
  "POST /api/registrations": { anonymous: 400, organiserOfThisEvent: 400, organiserOfAnotherEvent: 400, deactivated: 400, admin: 400 },
};

const ACTIONS: Record<string, Row> = {
  "app/(public)/inscription/actions.ts#register": PUBLIC,
  "app/(public)/inscription/actions.ts#requestManageLink": PUBLIC,
  "app/(public)/inscription/ajouter/[token]/actions.ts#addDays": PUBLIC,
  "app/(public)/inscription/confirmer-adresse/[token]/actions.ts#confirmAddress": PUBLIC,
  "app/(public)/inscription/invitation/[token]/actions.ts#acceptInvitationAction": PUBLIC,
  "app/(public)/inscription/invitation/[token]/actions.ts#declineInvitationAction": PUBLIC,
  "app/(public)/inscription/gerer/[token]/actions.ts#saveDetails": PUBLIC,
  "app/(public)/inscription/gerer/[token]/actions.ts#manageRegistration": PUBLIC,
  "app/(public)/inscription/gerer/[token]/actions.ts#renewLink": PUBLIC,
  "app/(public)/inscription/gerer/[token]/actions.ts#saveAnswers": PUBLIC,
  "app/(public)/questionnaire/[token]/actions.ts#saveQuestionnaire": PUBLIC,
  "app/admin/actions.ts#signOutAction": SIGNED_IN,
  "app/admin/connexion/actions.ts#requestLinkAction": PUBLIC,
  "app/admin/evenements/nouvelle/actions.ts#createEventAction": ADMIN_ONLY,
  "app/admin/evenements/[slug]/actions.ts#setStatusAction": ADMIN_ONLY,
  "app/admin/evenements/[slug]/modifier/actions.ts#updateEventAction": ADMIN_ONLY,
  "app/admin/evenements/[slug]/programme/actions.ts#addItemAction": ADMIN_ONLY,
  "app/admin/evenements/[slug]/documents/actions.ts#publishDocumentAction": ADMIN_ONLY,
  "app/admin/evenements/[slug]/documents/actions.ts#removeDocumentAction": ADMIN_ONLY,
  "app/admin/evenements/[slug]/programme/actions.ts#moveItemAction": ADMIN_ONLY,
  "app/admin/evenements/[slug]/programme/actions.ts#deleteItemAction": ADMIN_ONLY,
  "app/admin/evenements/[slug]/programme/[itemId]/actions.ts#saveItemAction": ADMIN_ONLY,
  "app/admin/evenements/[slug]/programme/[itemId]/actions.ts#linkSpeakerAction": ADMIN_ONLY,
  "app/admin/evenements/[slug]/programme/[itemId]/actions.ts#confirmSpeakerAction": ADMIN_ONLY,
  "app/admin/evenements/[slug]/programme/[itemId]/actions.ts#unlinkSpeakerAction": ADMIN_ONLY,
  "app/admin/evenements/[slug]/questions/actions.ts#addQuestionAction": ADMIN_ONLY,
  "app/admin/evenements/[slug]/questions/actions.ts#moveQuestionAction": ADMIN_ONLY,
  "app/admin/evenements/[slug]/questions/[questionId]/actions.ts#saveQuestionAction": ADMIN_ONLY,
  "app/admin/evenements/[slug]/questions/[questionId]/actions.ts#removeChoiceAction": ADMIN_ONLY,
  "app/admin/evenements/[slug]/questions/[questionId]/actions.ts#removeQuestionAction": ADMIN_ONLY,
  "app/admin/evenements/[slug]/questionnaire/actions.ts#updateQuestionnaireAction": ADMIN_ONLY,
  "app/admin/evenements/[slug]/questionnaire/actions.ts#addFeedbackQuestionAction": ADMIN_ONLY,
  "app/admin/evenements/[slug]/questionnaire/actions.ts#sendQuestionnaireNowAction": ADMIN_ONLY,
  "app/admin/evenements/[slug]/annonce/actions.ts#announceAction": ADMIN_ONLY,
  "app/admin/evenements/[slug]/message/actions.ts#sendMessageAction": THIS_EVENT,
  "app/admin/evenements/[slug]/invitations/actions.ts#setReservedPlacesAction": ADMIN_ONLY,
  "app/admin/evenements/[slug]/invitations/actions.ts#inviteOneAction": THIS_EVENT,
  "app/admin/evenements/[slug]/invitations/actions.ts#previewInvitationsAction": THIS_EVENT,
  "app/admin/evenements/[slug]/invitations/actions.ts#sendInvitationsAction": THIS_EVENT,
  "app/admin/evenements/[slug]/invitations/actions.ts#inviteSpeakerAction": THIS_EVENT,
  "app/admin/evenements/[slug]/invitations/actions.ts#resendInvitationAction": THIS_EVENT,
  "app/admin/evenements/[slug]/invitations/actions.ts#withdrawInvitationAction": THIS_EVENT,
  "app/admin/evenements/[slug]/inscrits/[registrationId]/actions.ts#cancelRegistrationAction": THIS_EVENT,
  "app/admin/evenements/[slug]/inscrits/[registrationId]/actions.ts#offerPlaceAction": THIS_EVENT,
  "app/admin/evenements/[slug]/inscrits/[registrationId]/actions.ts#confirmRegistrationAction": THIS_EVENT,
  "app/admin/evenements/[slug]/inscrits/[registrationId]/actions.ts#resendConfirmationAction": THIS_EVENT,
  "app/admin/evenements/[slug]/inscrits/[registrationId]/actions.ts#saveNoteAction": THIS_EVENT,
  "app/admin/evenements/[slug]/inscrits/[registrationId]/actions.ts#eraseAttendeeAction": ADMIN_ONLY,
  "app/admin/evenements/[slug]/inscrits/[registrationId]/actions.ts#correctArrivalAction": ADMIN_ONLY,
  "app/admin/evenements/[slug]/actions.ts#sendCertificatesAction": THIS_EVENT,
  "app/admin/evenements/[slug]/inscrits/[registrationId]/actions.ts#resendCertificateAction": THIS_EVENT,
  "app/admin/editions/[editionId]/actions.ts#saveTextsAction": ADMIN_ONLY,
  "app/admin/editions/[editionId]/suivante/actions.ts#prepareNextAction": ADMIN_ONLY,
  "app/admin/editions/[editionId]/publier/actions.ts#publishEditionAction": ADMIN_ONLY,
  "app/admin/editions/[editionId]/rendre-courante/actions.ts#makeCurrentAction": ADMIN_ONLY,
  "app/admin/intervenants/actions.ts#addSpeakerAction": ADMIN_ONLY,
  "app/admin/intervenants/[speakerId]/actions.ts#saveSpeakerAction": ADMIN_ONLY,
  "app/admin/comptes/actions.ts#inviteAction": ADMIN_ONLY,
  "app/admin/emails/actions.ts#retryEmailAction": ADMIN_ONLY,
  "app/admin/comptes/[userId]/actions.ts#updateAccountAction": ADMIN_ONLY,
  "app/admin/comptes/[userId]/actions.ts#setActiveAction": ADMIN_ONLY,
  "app/admin/comptes/[userId]/actions.ts#resendInvitationAction": ADMIN_ONLY,
};

function filesNamed(dir: string, name: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const full = path.join(dir, entry);
    return statSync(full).isDirectory() ? filesNamed(full, name) : entry === name ? [path.relative(ROOT, full)] : [];
  });
}

/** "app/admin/(x)/evenements/[slug]/page.tsx" → "/admin/evenements/[slug]" */
const routeOf = (file: string) => `/${path.dirname(file).replace(/^app\//, "").split("/").filter((part) => !/^\(.*\)$/.test(part)).join("/")}`;

/** The parts of app/ with pages and server actions: the back office and the public site. */
const FOLDERS = ["app/admin", "app/(public)"];

const discoveredPages = () => FOLDERS.flatMap((folder) => filesNamed(path.join(ROOT, folder), "page.tsx")).map(routeOf);
const discoveredRoutes = () =>
  filesNamed(path.join(ROOT, "app/api/admin"), "route.ts").flatMap((file) =>
    [...readFileSync(path.join(ROOT, file), "utf8").matchAll(/export (?:async )?function (GET|POST|PUT|PATCH|DELETE)\b/g)].map(([, method]) => `${method} ${routeOf(file)}`),
  );
/** The routes the front door runs itself: `METHOD /api/...` keys of app/api/direct-routes.ts. */
const discoveredDirectRoutes = () => [...readFileSync(path.join(ROOT, "app/api/direct-routes.ts"), "utf8").matchAll(/^\s*"([A-Z]+ \/api\/[^"]*)":/gm)].map(([, key]) => key);
const isBackOffice = (key: string) => /^[A-Z]+ \/api\/admin(\/|$)/.test(key);

/** Every exported server action, with its parameter names. */
const discoveredActions = () =>
  FOLDERS.flatMap((folder) => filesNamed(path.join(ROOT, folder), "actions.ts")).flatMap((file) =>
    [...readFileSync(path.join(ROOT, file), "utf8").matchAll(/export async function (\w+)\(([^)]*)\)/g)].map(([, name, params]) => ({
      key: `${file}#${name}`,
      file,
      name,
      params: params.split(",").map((param) => param.trim().split(/[?:]/)[0]).filter(Boolean),
    })),
  );

let accounts: Record<Exclude<Persona, "anonymous">, TestAccount>;
let manageToken: string;
/** The manage token of the registration made through the form for a confirmation page. */
let formManageToken: string;
let values: Record<string, string>;
const MATRIX_QUESTION_ID = `matrice-${randomUUID()}`;

test.beforeAll(async ({ playwright, browser }) => {
  // A registration of the day, for the pages about one registration.
  const api = await playwright.request.newContext({ baseURL: BASE_URL });
  manageToken = (await registerThroughApi(api, ["journee-nationale"], "matrice", { firstName: "Mia", lastName: "Matrice" })).manageToken!;
  await api.dispose();
  // A confirmation page's receipt, which only the form gives.
  const page = await browser.newPage({ baseURL: BASE_URL });
  await page.goto("/inscription?evenement=journee-nationale");
  await fillRegistrationForm(page, person("matrice-formulaire"));
  await page.getByRole("button", { name: "Valider mon inscription" }).click();
  await page.waitForURL(/\/inscription\/confirmation\/[\w.-]+$/);
  const receipt = new URL(page.url()).pathname.split("/").at(-1)!;
  formManageToken = (await page.getByRole("link", { name: "Gérer mon inscription" }).getAttribute("href"))!.split("/").at(-1)!;
  await page.close();
  const db = e2eDatabase();
  accounts = {
    organiserOfThisEvent: createAccount(db, { label: "orga-nationale", role: "ORGANISER", eventSlugs: ["journee-nationale"] }),
    organiserOfAnotherEvent: createAccount(db, { label: "orga-nancy", role: "ORGANISER", eventSlugs: ["nancy"] }),
    deactivated: createAccount(db, { label: "desactive", role: "ADMIN", deactivated: true }),
    admin: createAccount(db, { label: "admin", role: "ADMIN" }),
  };
  const item = db.prepare(`SELECT "ProgrammeItem"."id" FROM "ProgrammeItem" JOIN "Event" ON "Event"."id" = "eventId" WHERE "slug" = 'journee-nationale' LIMIT 1`).get() as { id: string };
  const speaker = db.prepare(`SELECT "id" FROM "Speaker" LIMIT 1`).get() as { id: string };
  const edition = db.prepare(`SELECT "id" FROM "Series" WHERE "status" = 'CURRENT'`).get() as { id: string };
  const registration = db.prepare(`SELECT "Registration"."id", "attendeeId" FROM "Registration" JOIN "Attendee" ON "Attendee"."id" = "attendeeId" WHERE "lastName" = 'Matrice' LIMIT 1`).get() as { id: string; attendeeId: string };
  // A question of the day, for its page (removed in afterAll).
  const now = new Date().toISOString().replace("Z", "+00:00");
  db.prepare(
    `INSERT INTO "Question" ("id", "eventId", "key", "type", "label", "required", "sensitive", "position", "createdAt", "updatedAt")
     SELECT ?, "id", 'matrice', 'SHORT_TEXT', 'Question de la matrice', 0, 0, 99, ?, ? FROM "Event" WHERE "slug" = 'journee-nationale'`,
  ).run(MATRIX_QUESTION_ID, now, now);
  values = {
    slug: "journee-nationale", itemId: item.id, speakerId: speaker.id, editionId: edition.id, userId: accounts.organiserOfAnotherEvent.id, dataset: "attendees", registrationId: registration.id,
    token: manageToken,
    receipt,
    documentId: "cm0000000000000000000000",
    attendeeId: registration.attendeeId,
    questionId: MATRIX_QUESTION_ID,
  };
  db.close();
});

// Other journeys count the places left: the registrations made here are cancelled.
test.afterAll(async ({ playwright }) => {
  const api = await playwright.request.newContext({ baseURL: BASE_URL });
  for (const token of [manageToken, formManageToken]) expect((await api.delete(`/api/registrations/${token}`)).status()).toBe(200);
  await api.dispose();
  const db = e2eDatabase();
  db.prepare(`DELETE FROM "Question" WHERE "id" = ?`).run(MATRIX_QUESTION_ID);
  db.close();
});

/** The persona's cookie, its session (re)opened first: a refused deactivated account's session is deleted each time. */
function cookieOf(persona: Persona): string {
  if (persona === "anonymous") return "";
  const db = e2eDatabase();
  openSession(db, accounts[persona]);
  db.close();
  return sessionCookie(accounts[persona]);
}

const withValues = (route: string) => route.replace(/\[(\w+)\]/g, (_, name: string) => values[name]);

test("every page, back-office route handler and server action is in the matrix", () => {
  expect(discoveredPages().sort()).toEqual(Object.keys(PAGES).sort());
  expect(discoveredRoutes().sort()).toEqual(Object.keys(ROUTES).sort());
  // What the front door runs itself is in the matrix too: a back-office route in ROUTES, a public one below.
  const direct = discoveredDirectRoutes();
  expect(direct.length).toBeGreaterThan(0);
  expect(direct.filter(isBackOffice).filter((key) => !(key in ROUTES))).toEqual([]);
  expect(direct.filter((key) => !isBackOffice(key)).sort()).toEqual(Object.keys(PUBLIC_DIRECT_ROUTES).sort());
  expect(discoveredActions().map((action) => action.key).sort()).toEqual(Object.keys(ACTIONS).sort());
});

test("pages answer each visitor as the matrix says", async ({ request }) => {
  for (const route of discoveredPages()) {
    for (const persona of PERSONAS) {
      const response = await request.get(withValues(route), { headers: { cookie: cookieOf(persona) }, maxRedirects: 0 });
      const answer = response.status() === 307 && response.headers().location?.startsWith("/admin/connexion") ? "SIGN_IN" : response.status() === 404 ? "NOT_FOUND" : response.status() === 200 ? "OK" : response.status();
      expect(answer, `${persona} → ${route}`).toBe(PAGES[route][persona]);
    }
  }
});

test("route handlers, the front door's own among them, answer each visitor as the matrix says", async ({ request }) => {
  const rows = { ...ROUTES, ...PUBLIC_DIRECT_ROUTES };
  for (const key of new Set([...discoveredRoutes(), ...discoveredDirectRoutes()])) {
    const [method, route] = key.split(" ");
    for (const persona of PERSONAS) {
      const response = await request.fetch(withValues(route), { method, headers: { cookie: cookieOf(persona) }, maxRedirects: 0 });
      expect(response.status(), `${persona} → ${key}`).toBe(rows[key][persona]);
    }
  }
});

/** The build's id of a server action and a page that uses it. */
function built(action: ReturnType<typeof discoveredActions>[number]) {
  const manifest = JSON.parse(readFileSync(path.join(ROOT, ".next/server/server-reference-manifest.json"), "utf8")).node as Record<
    string,
    { filename: string; exportedName: string; workers: Record<string, unknown> }
  >;
  const [id, entry] = Object.entries(manifest).find(([, candidate]) => candidate.filename === action.file && candidate.exportedName === action.name) ?? [];
  expect(id, `${action.key} is a server action of the build`).toBeDefined();
  return { id: id!, page: withValues(routeOf(Object.keys(entry!.workers)[0].replace(/\/page$/, "/page.tsx"))) };
}

test("server actions called with arguments of the wrong kind answer 404, never an error", async ({ request }) => {
  for (const action of discoveredActions()) {
    if (!action.params.includes("formData")) continue;
    const { id, page } = built(action);
    // What a forged call can send instead of ids and a form: numbers and a plain object.
    const args = action.params.map((param) => (param === "formData" ? { not: "a form" } : param === "_previous" ? null : 42));
    for (const persona of ["anonymous", "admin"] as const) {
      const response = await request.post(page, {
        headers: { cookie: cookieOf(persona), "Next-Action": id, Accept: "text/x-component", "Content-Type": "text/plain;charset=UTF-8" },
        data: (await encodeReply(args)) as string,
        maxRedirects: 0,
      });
      expect(response.status(), `${persona} → ${action.key}`).toBe(404);
    }
  }
});

test("server actions refuse or run for each visitor as the matrix says", async ({ request }) => {
  for (const action of discoveredActions()) {
    const { id, page } = built(action);
    // Posted to a page that uses it, with its arguments: ids of things that do not exist (nothing is changed even when allowed) and an empty form.
    const args = action.params.map((param) => (param === "formData" ? new FormData() : param === "_previous" ? null : param === "slug" ? values.slug : "inexistant"));
    for (const persona of PERSONAS) {
      const body = await encodeReply(args);
      const response = await request.post(page, {
        headers: { cookie: cookieOf(persona), "Next-Action": id, Accept: "text/x-component", ...(typeof body === "string" ? { "Content-Type": "text/plain;charset=UTF-8" } : {}) },
        ...(typeof body === "string" ? { data: body } : { multipart: body }),
        maxRedirects: 0,
      });
      const redirect = response.headers()["x-action-redirect"] ?? "";
      const answer = redirect.startsWith("/admin/connexion;") ? "SIGN_IN" : response.status() === 404 ? "NOT_FOUND" : response.status() === 200 ? "OK" : response.status();
      expect(answer, `${persona} → ${action.key} (${redirect})`).toBe(ACTIONS[action.key][persona]);
    }
  }
});

test("the API answers another organiser's day exactly as a day that does not exist", async ({ request }) => {
  for (const key of discoveredRoutes().filter((route) => route.includes("[slug]"))) {
    const [method, route] = key.split(" ");
    const answers = [];
    for (const slug of [values.slug, "journee-inexistante"]) {
      const response = await request.fetch(withValues(route.replace("[slug]", slug)), { method, headers: { cookie: cookieOf("organiserOfAnotherEvent") }, maxRedirects: 0 });
      answers.push({ status: response.status(), body: await response.text() });
    }
    expect(answers[0], key).toEqual(answers[1]);
    expect(answers[0].status, key).toBe(404);
  }
});

// The cross-day row: the organiser of day A (organiserOfAnotherEvent, Nancy) calls every back-office
// page, route handler and server action, found on disk, with day B's slug, ids and a B attendee's
// address, in paths, bodies and form fields, under A's slug and under B's. Nothing of the B person
// comes back, and nothing of day B changes.
const DAY_A = "nancy";
/** Someone registered for day B only, with details no other journey uses (ASCII: read back from any format). */
const B_PERSON = { firstName: "Berangere", lastName: "Xylocroise", organisation: "Cooperative Xylotemoin", jobTitle: "Tresoriere Xylotemoin" };

interface DayB {
  eventId: string;
  title: string;
  email: string;
  manageToken: string;
  registrationId: string;
  attendeeId: string;
  ticketCode: string | null;
  itemId: string;
  speakerId: string;
  /** A door tap of day B, replayed and undone at A's door. */
  checkInOperationId: string;
}

/** Day B's data as the database holds them, for a before/after comparison. */
function dayBRows(b: DayB): unknown {
  const db = e2eDatabase();
  const all = (sql: string, ...params: unknown[]) => db.prepare(sql).all(...params);
  const registrations = `SELECT "id" FROM "Registration" WHERE "attendeeId" = ?`;
  const rows = {
    event: all(`SELECT * FROM "Event" WHERE "id" = ?`, b.eventId),
    attendee: all(`SELECT * FROM "Attendee" WHERE "id" = ?`, b.attendeeId),
    registrations: all(`SELECT * FROM "Registration" WHERE "attendeeId" = ? ORDER BY "id"`, b.attendeeId),
    checkIns: all(`SELECT * FROM "CheckIn" WHERE "registrationId" IN (${registrations}) ORDER BY "id"`, b.attendeeId),
    seats: all(`SELECT * FROM "Seat" WHERE "registrationId" IN (${registrations}) ORDER BY "id"`, b.attendeeId),
    // The delivery worker changes an email's status: what counts is which emails exist.
    emails: all(`SELECT "id", "kind", "registrationId" FROM "OutboxEmail" WHERE "attendeeId" = ? ORDER BY "id"`, b.attendeeId),
    programme: all(`SELECT * FROM "ProgrammeItem" WHERE "eventId" = ? ORDER BY "id"`, b.eventId),
    speakers: all(`SELECT * FROM "ProgrammeItemSpeaker" WHERE "programmeItemId" IN (SELECT "id" FROM "ProgrammeItem" WHERE "eventId" = ?) ORDER BY "programmeItemId", "speakerId"`, b.eventId),
    speaker: all(`SELECT * FROM "Speaker" WHERE "id" = ?`, b.speakerId),
    organisers: all(`SELECT * FROM "OrganiserEvent" WHERE "eventId" = ? ORDER BY "userId"`, b.eventId),
    messages: all(`SELECT "id" FROM "Message" WHERE "eventId" = ? ORDER BY "id"`, b.eventId),
    journal: all(`SELECT "id" FROM "AuditEntry" WHERE "eventId" = ? OR "entityId" = ? OR "entityId" IN (${registrations}) ORDER BY "id"`, b.eventId, b.attendeeId, b.attendeeId),
  };
  db.close();
  return rows;
}

/** A response's text, whatever its format (HTML, JSON, RSC, CSV, XLSX, PDF), without spaces or case. */
async function readableText(response: APIResponse): Promise<string> {
  const type = response.headers()["content-type"] ?? "";
  const body = await response.body();
  let text = body.toString("utf8");
  if (type.startsWith("application/pdf")) text = (await extractText(new Uint8Array(body), { mergePages: true })).text;
  if (type.includes("spreadsheetml")) {
    const workbook = new ExcelJS.Workbook();
    // exceljs types its Buffer before @types/node made Buffer generic.
    await workbook.xlsx.load(body as unknown as ExcelJS.Buffer);
    text = workbook.worksheets.flatMap((sheet) => sheet.getSheetValues().flat().map(String)).join(" ");
  }
  return text.replace(/\s+/g, "").toLowerCase();
}

const bare = (text: string) => text.replace(/\s+/g, "").toLowerCase();

/** What of the B person a body must not hold; `sent` leaves out what the request itself carried (an echo is no leak). */
const bMarkers = (b: DayB, { sent = [] as string[], title = false } = {}) =>
  [...Object.values(B_PERSON), b.email, ...(b.ticketCode ? [b.ticketCode] : []), ...(title ? [b.title] : [])].filter((marker) => !sent.includes(marker));

async function dayBFixture(playwright: PlaywrightWorkerArgs["playwright"]): Promise<DayB> {
  const api = await playwright.request.newContext({ baseURL: BASE_URL });
  const registered = await registerThroughApi(api, [values.slug], "croise", { ...B_PERSON });
  await api.dispose();
  const db = e2eDatabase();
  const row = db
    .prepare(
      `SELECT "Registration"."id" AS "registrationId", "attendeeId", "ticketCode", "Event"."id" AS "eventId", "Event"."title" AS "title"
       FROM "Registration" JOIN "Attendee" ON "Attendee"."id" = "attendeeId" JOIN "Event" ON "Event"."id" = "eventId" WHERE "Attendee"."email" = ?`,
    )
    .get(registered.email) as { registrationId: string; attendeeId: string; ticketCode: string | null; eventId: string; title: string };
  const part = db
    .prepare(`SELECT "programmeItemId", "speakerId" FROM "ProgrammeItemSpeaker" JOIN "ProgrammeItem" ON "ProgrammeItem"."id" = "programmeItemId" WHERE "eventId" = ? LIMIT 1`)
    .get(row.eventId) as { programmeItemId: string; speakerId: string };
  const checkInOperationId = randomUUID();
  const now = new Date().toISOString().replace("Z", "+00:00");
  db.prepare(`INSERT INTO "CheckInOperation" ("id", "eventId", "createdAt") VALUES (?, ?, ?)`).run(checkInOperationId, row.eventId, now);
  db.prepare(`INSERT INTO "CheckIn" ("id", "registrationId", "eventId", "checkedInAt", "method", "operationId", "byLabel", "createdAt") VALUES (?, ?, ?, ?, 'SEARCH', ?, 'porte B', ?)`).run(
    randomUUID(), row.registrationId, row.eventId, now, checkInOperationId, now,
  );
  db.close();
  return { ...row, email: registered.email, manageToken: registered.manageToken!, itemId: part.programmeItemId, speakerId: part.speakerId, checkInOperationId };
}

/** The path of a route or page with B's ids, under the given day's slug. */
const withDayB = (route: string, slug: string, b: DayB, extra: Record<string, string> = {}) =>
  route.replace(/\[(\w+)\]/g, (_, name: string) =>
    ({ slug, registrationId: b.registrationId, attendeeId: b.attendeeId, itemId: b.itemId, speakerId: b.speakerId, userId: accounts.organiserOfThisEvent.id, ...extra })[name] ?? values[name],
  );

/** Every dataset an export route may name: the exporters' identifiers, read on disk. */
const exportDatasets = () =>
  readdirSync(path.join(ROOT, "lib/exports"))
    .filter((file) => file.endsWith("-exporter.ts"))
    .flatMap((file) => [...readFileSync(path.join(ROOT, "lib/exports", file), "utf8").matchAll(/^\s+id: "([\w-]+)"/gm)].map(([, id]) => id));

/** The bodies a POST route is sent: door taps naming B's ticket, registration and tap, and a walk-in with B's address. */
function hostileBodies(b: DayB): { label: string; data: unknown; sent: string[]; title: boolean }[] {
  const at = new Date().toISOString();
  const taps = [
    ...(b.ticketCode ? [{ type: "check-in", operationId: randomUUID(), at, method: "CODE", code: b.ticketCode }] : []),
    { type: "check-in", operationId: randomUUID(), at, method: "SEARCH", registrationId: b.registrationId },
    { type: "check-in", operationId: b.checkInOperationId, at, method: "SEARCH", registrationId: b.registrationId },
    { type: "undo", operationId: randomUUID(), undoes: b.checkInOperationId },
  ];
  const walkIn = {
    email: b.email, firstName: "Porte", lastName: "Saisie", organisation: "Structure saisie", organisationType: "COMMUNE", jobTitle: "Saisie", role: "AGENT", consent: true,
    overCapacityReason: "Motif saisi", operationId: randomUUID(),
  };
  return [
    { label: "B's ticket, registration and tap", data: { operations: taps }, sent: b.ticketCode ? [b.ticketCode] : [], title: false },
    { label: "a walk-in with B's address", data: walkIn, sent: [b.email], title: true },
  ];
}

/** A form carrying B's slug, ids, address and ticket in every field a back-office form may read them from. */
function hostileForm(b: DayB): FormData {
  const form = new FormData();
  const fields = {
    slug: values.slug, eventIds: b.eventId, registrationId: b.registrationId, attendeeId: b.attendeeId, email: b.email, code: b.ticketCode ?? "",
    itemId: b.itemId, speakerId: b.speakerId, note: "Note croisée", overCapacityReason: "Motif croisé", reason: "Motif croisé", active: "non", allEvents: "toutes", role: "ORGANISER",
  };
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  return form;
}

/** The build's id of a server action, and the route of a page that uses it. */
function actionBuild(action: ReturnType<typeof discoveredActions>[number]) {
  const manifest = JSON.parse(readFileSync(path.join(ROOT, ".next/server/server-reference-manifest.json"), "utf8")).node as Record<
    string,
    { filename: string; exportedName: string; workers: Record<string, unknown> }
  >;
  const [id, entry] = Object.entries(manifest).find(([, candidate]) => candidate.filename === action.file && candidate.exportedName === action.name)!;
  return { id, route: routeOf(Object.keys(entry.workers)[0].replace(/\/page$/, "/page.tsx")) };
}

test("an organiser of one day gets nothing of another day, and changes nothing of it, whatever ids, slugs and addresses they send", async ({ playwright, request }) => {
  test.setTimeout(300_000);
  const b = await dayBFixture(playwright);
  const cookie = () => ({ cookie: cookieOf("organiserOfAnotherEvent") });
  let before = dayBRows(b);
  const expectNothingOfB = async (label: string, response: APIResponse, markers: string[]) => {
    const text = await readableText(response);
    expect.soft(markers.filter((marker) => text.includes(bare(marker))), `${label} (${response.status()}) shows B's data`).toEqual([]);
    const after = dayBRows(b);
    expect.soft(after, `${label} changed day B`).toEqual(before);
    // Each request is compared with the state just before it: a failure names its request only.
    before = after;
  };
  try {
    for (const slug of [DAY_A, values.slug]) {
      for (const route of discoveredPages().filter((page) => page.startsWith("/admin"))) {
        const url = `${withDayB(route, slug, b)}?inscription=${b.registrationId}`;
        await expectNothingOfB(`GET ${url}`, await request.get(url, { headers: cookie(), maxRedirects: 0 }), bMarkers(b));
      }
      for (const key of discoveredRoutes()) {
        const [method, route] = key.split(" ");
        if (method === "GET") {
          for (const dataset of route.includes("[dataset]") ? exportDatasets() : [""]) {
            for (const format of route.includes("[dataset]") ? ["csv", "xlsx", "pdf"] : [""]) {
              const url = `${withDayB(route, slug, b, { dataset })}?inscription=${b.registrationId}${format ? `&format=${format}` : ""}`;
              await expectNothingOfB(`GET ${url}`, await request.get(url, { headers: cookie(), maxRedirects: 0 }), bMarkers(b));
            }
          }
          continue;
        }
        for (const body of hostileBodies(b)) {
          const url = withDayB(route, slug, b);
          const response = await request.fetch(url, { method, headers: cookie(), data: body.data, maxRedirects: 0 });
          await expectNothingOfB(`${method} ${url} with ${body.label}`, response, bMarkers(b, { sent: body.sent, title: body.title }));
        }
      }
      for (const action of discoveredActions().filter((candidate) => candidate.file.startsWith("app/admin/"))) {
        const { id, route } = actionBuild(action);
        const args = action.params.map((param) => (param === "formData" ? hostileForm(b) : param === "_previous" ? null : param === "slug" ? slug : withDayB(`[${param}]`, slug, b)));
        const encoded = await encodeReply(args);
        const response = await request.post(withDayB(route, slug, b), {
          headers: { ...cookie(), "Next-Action": id, Accept: "text/x-component", ...(typeof encoded === "string" ? { "Content-Type": "text/plain;charset=UTF-8" } : {}) },
          ...(typeof encoded === "string" ? { data: encoded } : { multipart: encoded }),
          maxRedirects: 0,
        });
        await expectNothingOfB(`${action.key} under ${slug}`, response, bMarkers(b, { sent: [b.email, ...(b.ticketCode ? [b.ticketCode] : [])] }));
      }
    }
    // The B person is registered for day B only, as before.
    const db = e2eDatabase();
    expect(db.prepare(`SELECT COUNT(*) AS "count" FROM "Registration" JOIN "Event" ON "Event"."id" = "eventId" WHERE "attendeeId" = ? AND "slug" = ?`).get(b.attendeeId, DAY_A)).toEqual({ count: 0 });
    db.close();
  } finally {
    const db = e2eDatabase();
    db.prepare(`DELETE FROM "CheckIn" WHERE "operationId" = ?`).run(b.checkInOperationId);
    db.close();
    const api = await playwright.request.newContext({ baseURL: BASE_URL });
    expect((await api.delete(`/api/registrations/${b.manageToken}`)).status()).toBe(200);
    await api.dispose();
  }
});
