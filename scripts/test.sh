#!/usr/bin/env bash
# `npm test`: every test of the project, fastest first.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1

step() { printf '\n==> %s\n' "$*"; }

# ESLint, tsc and dependency-cruiser each keep a core busy: they run side by side, each one's
# output shown whole after all end, and the run stops if any fails.
step "Lint (ESLint), types (tsc --noEmit) and boundaries (dependency-cruiser), side by side"
logs="$(mktemp -d)"
trap 'rm -rf "$logs"' EXIT
npm run --silent lint >"$logs/lint" 2>&1 &
lint=$!
npm run --silent typecheck >"$logs/types" 2>&1 &
types=$!
npm run --silent check:dependencies >"$logs/boundaries" 2>&1 &
boundaries=$!
lint_status=0 types_status=0 boundaries_status=0
wait "$lint" || lint_status=$?
wait "$types" || types_status=$?
wait "$boundaries" || boundaries_status=$?
printf -- '--- ESLint (exit %s)\n' "$lint_status"
cat "$logs/lint"
printf -- '--- tsc (exit %s)\n' "$types_status"
cat "$logs/types"
printf -- '--- Boundaries and the domain graph (exit %s)\n' "$boundaries_status"
cat "$logs/boundaries"
if [ "$lint_status" -ne 0 ] || [ "$types_status" -ne 0 ] || [ "$boundaries_status" -ne 0 ]; then exit 1; fi
# The types were just checked: the end-to-end build skips checking them again (next.config.js).
export RENCONTRES_TYPES_CHECKED=1

# The production build for the journeys is made while Vitest runs: the database tests leave the
# cores idle while they wait on PostgreSQL, SQLite's fsync and their child processes. Its output is
# shown after Vitest's.
step "Unit and integration tests (Vitest, SQLite and PostgreSQL), the end-to-end build alongside"
npm run --silent test:e2e -- --build-only >"$logs/build" 2>&1 &
build=$!
vitest_status=0 build_status=0
npx vitest run || vitest_status=$?
wait "$build" || build_status=$?
printf -- '--- Production build for the end-to-end tests (exit %s)\n' "$build_status"
cat "$logs/build"
if [ "$vitest_status" -ne 0 ] || [ "$build_status" -ne 0 ]; then exit 1; fi

step "End-to-end tests (Playwright, Chromium, two workers each with its own server)"
npm run --silent test:e2e
