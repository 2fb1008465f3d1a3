// The boundaries of docs/architecture.md, checked by `npm test` (scripts/check-dependencies.mjs).
// dependency-cruiser reads every import of the tree; these rules say which folder may import which.
// See docs/decisions/010-domain-layers.md.

/**
 * lib's domains, lowest first. A domain may import the core files (lib/*.ts) and the domains of
 * LOWER layers only: never a domain of its own layer or above. The graph between folders is then
 * acyclic by construction, and a new import that would close a loop fails here instead of being
 * noticed in review. A new domain is added to the layer that matches what it needs.
 */
const LAYERS = [
  ["db"],
  ["audit", "limits", "links", "outbox", "http"],
  ["auth", "checkin", "front-door"],
  ["personal-data", "programme", "questions"],
  ["registrations"],
  ["events", "invitations"],
  // Below mail: an email may attach a document that exports make (the attendance certificate).
  ["exports"],
  ["mail", "editions", "documents"],
  ["messages", "api", "demo", "certificates"],
  // Sent at the certificates' time (lib/certificates/send-time.ts).
  ["questionnaire"],
  ["jobs"],
];

const any = (names) => `(${names.join("|")})`;
const TESTS = "\\.test\\.tsx?$";

const layerRules = LAYERS.flatMap((layer, index) =>
  layer.map((domain) => {
    const notLower = LAYERS.slice(index).flat().filter((other) => other !== domain);
    return {
      name: `layer-${domain}`,
      severity: "error",
      comment: `lib/${domain} may import only the core files and the domains below it (docs/architecture.md).`,
      from: { path: `^lib/${domain}/`, pathNot: TESTS },
      to: { path: `^lib/${any(notLower)}/` },
    };
  }),
);

module.exports = {
  forbidden: [
    {
      name: "no-circular",
      severity: "error",
      comment: "No module imports itself through others.",
      from: {},
      to: { circular: true },
    },
    ...layerRules,
    {
      name: "core-stands-alone",
      severity: "error",
      comment: "The core files (lib/*.ts: errors, log, env, dates, validation…) import no domain.",
      from: { path: "^lib/[^/]+\\.(ts|mts|mjs)$", pathNot: TESTS },
      to: { path: "^lib/[^/]+/" },
    },
    {
      name: "lib-never-imports-app",
      severity: "error",
      comment: "Routes call lib/, not the other way round.",
      from: { path: "^lib/" },
      to: { path: "^(app|components)/" },
    },
    {
      name: "generated-only-through-db",
      severity: "error",
      comment: "The Prisma clients are lib/db's: model types come from lib/db/models.ts.",
      from: { path: "^", pathNot: "^lib/(db|generated)/" },
      to: { path: "^lib/generated/" },
    },
    {
      name: "internal-stays-home",
      severity: "error",
      comment: "A domain's internal/ is for that domain only: others use its exported operations.",
      from: { path: "^(lib/([^/]+)/|app/|components/|scripts/|prisma/|e2e/|emails/|proxy\\.ts)" },
      to: { path: "^lib/([^/]+)/internal/", pathNot: "^lib/$2/internal/" },
    },
    {
      name: "pages-never-touch-the-database",
      severity: "error",
      comment: "app/ and components/ may name model types from lib/db/models.ts, nothing else of lib/db.",
      from: { path: "^(app|components)/" },
      to: { path: "^lib/db/", pathNot: "^lib/db/models\\.ts$" },
    },
    {
      name: "composers-only-read",
      severity: "error",
      comment: "Rendering an email never writes: a composer reads through the EmailReader its load receives, never the client.",
      from: { path: "^lib/mail/composers/" },
      to: { path: "^lib/db/(client|transaction|transaction-on)\\.ts$" },
    },
    {
      name: "emails-are-templates",
      severity: "error",
      comment: "Email templates render data they are given: they read no database and no domain.",
      from: { path: "^emails/" },
      to: { path: "^lib/" },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: "(^|/)(node_modules|\\.next|lib/generated/[^/]+/(internal|models))/" },
    tsConfig: { fileName: "tsconfig.json" },
    tsPreCompilationDeps: true,
    combinedDependencies: false,
    enhancedResolveOptions: { exportsFields: ["exports"], conditionNames: ["import", "require", "node", "default", "types"] },
  },
};
