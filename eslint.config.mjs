import { readdirSync } from "node:fs";
import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

// The boundaries of docs/architecture.md, enforced rather than remembered.
const NO_APP = { regex: "^@/app(/|$)|^(\\.\\./)+app/", message: "lib/ never imports app/: routes call lib/, not the other way round." };
const NO_INTERNALS = { regex: "(^@/|/)lib/[^/]+/internal(/|$)", message: "A domain's internal/ is for that domain only: use its exported operations." };
const NO_DATABASE = {
  regex: "(^@/|/)lib/(db|generated)(/|$)",
  message: "app/ and components/ never touch the database: call one lib/ operation (types: import them from the domain).",
};
const otherInternals = (domain, depth) => ({
  regex: `^${"\\.\\./".repeat(depth)}(?!${domain}/)[^/.][^/]*/internal(/|$)`,
  message: `lib/${domain} may not import another domain's internal/ folder.`,
});
const DOMAINS = readdirSync(new URL("./lib", import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && entry.name !== "generated")
  .map((entry) => entry.name);

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores([".next/**", "node_modules/**", "lib/generated/**", "next-env.d.ts", "test-results/**", "playwright-report/**", "data/**"]),
  {
    // Playwright fixtures call their `use` argument, which is not React's `use` hook.
    files: ["e2e/**"],
    rules: { "react-hooks/rules-of-hooks": "off" },
  },
  {
    // CommonJS preloads: require() is what they are for.
    files: ["**/*.cjs"],
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["app/**", "components/**"],
    rules: { "no-restricted-imports": ["error", { patterns: [NO_INTERNALS, NO_DATABASE] }] },
  },
  {
    files: ["lib/*.ts"],
    rules: { "no-restricted-imports": ["error", { patterns: [NO_APP, { regex: "^\\./[^/]+/internal(/|$)", message: NO_INTERNALS.message }] }] },
  },
  ...DOMAINS.flatMap((domain) => [
    {
      files: [`lib/${domain}/*.{ts,tsx}`],
      rules: { "no-restricted-imports": ["error", { patterns: [NO_APP, otherInternals(domain, 1)] }] },
    },
    {
      files: [`lib/${domain}/internal/**`],
      rules: { "no-restricted-imports": ["error", { patterns: [NO_APP, otherInternals(domain, 2)] }] },
    },
  ]),
  {
    // Rendering an email never writes: a composer reads through the EmailReader its load receives.
    files: ["lib/mail/composers/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [NO_APP, otherInternals("mail", 2), { regex: "/db/(client|transaction|transaction-on)$", message: "Composers read through load's `read` (EmailReader), which cannot write." }] },
      ],
    },
  },
]);
