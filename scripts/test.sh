#!/usr/bin/env bash
# `npm test`: every test of the project, fastest first.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1

step() { printf '\n==> %s\n' "$*"; }
logs="$(mktemp -d)"
trap 'rm -rf "$logs"' EXIT

# Prints a background step's output whole, under its name; fails the run if the step failed.
finish() {
  local name="$1" pid="$2" log="$3" status=0
  wait "$pid" || status=$?
  printf -- '--- %s (exit %s)\n' "$name" "$status"
  cat "$log"
  return "$status"
}

# better-sqlite3's native module: an install with --ignore-scripts (.ci/run) leaves it unbuilt.
# Its prebuilt binaries come from GitHub, out of reach here, so npm compiles SQLite from source:
# a minute on one core, which runs beside the lint (the lint never opens a database) rather than
# before it.
sqlite=""
if [ ! -f node_modules/better-sqlite3/build/Release/better_sqlite3.node ]; then
  npm rebuild better-sqlite3 >"$logs/sqlite" 2>&1 &
  sqlite=$!
fi

# ESLint, tsc and dependency-cruiser each keep a core busy: they run side by side, each one's
# output shown whole after all end, and the run stops if any fails. They and the build below give
# way (nice) to the steps that Vitest waits for: SQLite's compile, then Vitest itself.
step "Lint (ESLint), types (tsc --noEmit) and boundaries (dependency-cruiser), side by side${sqlite:+; better-sqlite3 compiled alongside}"
nice -n 10 npm run --silent lint >"$logs/lint" 2>&1 &
lint=$!
nice -n 10 npm run --silent typecheck >"$logs/types" 2>&1 &
types=$!
nice -n 10 npm run --silent check:dependencies >"$logs/boundaries" 2>&1 &
boundaries=$!
failed=0
finish ESLint "$lint" "$logs/lint" || failed=1
finish tsc "$types" "$logs/types" || failed=1
finish "Boundaries and the domain graph" "$boundaries" "$logs/boundaries" || failed=1
if [ "$failed" -ne 0 ]; then exit 1; fi
# The types were just checked: the end-to-end build skips checking them again (next.config.js).
export RENCONTRES_TYPES_CHECKED=1

# The production build for the journeys starts now, once ESLint and tsc have read .next/types (the
# build rewrites .next): it runs beside the end of SQLite's compile, then beside Vitest at a lower
# priority, taking what Vitest leaves (vmstat: the cores are busy through the whole phase, so the
# build costs Vitest little more than its own CPU). Its output is shown after Vitest's.
nice -n 10 npm run --silent test:e2e -- --build-only >"$logs/build" 2>&1 &
build=$!
if [ -n "$sqlite" ]; then
  step "better-sqlite3's native module, compiled from source"
  finish "npm rebuild better-sqlite3" "$sqlite" "$logs/sqlite" || exit 1
fi

step "Unit and integration tests (Vitest, SQLite and PostgreSQL), the end-to-end build alongside"
vitest_status=0
npx vitest run || vitest_status=$?
finish "Production build for the end-to-end tests" "$build" "$logs/build" || exit 1
if [ "$vitest_status" -ne 0 ]; then exit 1; fi

step "End-to-end tests (Playwright, Chromium, two workers each with its own server)"
npm run --silent test:e2e
