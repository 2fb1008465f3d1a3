#!/usr/bin/env bash
# `npm test`: every test of the project, fastest first.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1

step() { printf '\n==> %s\n' "$*"; }

step "Lint (ESLint)"
npm run --silent lint
step "Boundaries and the domain graph (dependency-cruiser)"
npm run --silent check:dependencies
step "Types (tsc --noEmit)"
npm run --silent typecheck
step "Unit and integration tests (Vitest, SQLite and PostgreSQL)"
npx vitest run
step "End-to-end tests (Playwright, Chromium)"
npm run --silent test:e2e
