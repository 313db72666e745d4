#!/usr/bin/env bash
# The whole test suite: type check, lint, unit tests, then browser tests against a production build.
set -euo pipefail
cd "$(dirname "$0")/.."
export TZ=UTC NEXT_TELEMETRY_DISABLED=1
mkdir -p test-results
rm -f test-results/unit.json test-results/e2e.json
trap 'node scripts/test-summary.mjs test-results/unit.json test-results/e2e.json' EXIT

echo "== type check"
npx tsc --noEmit

echo "== lint and format"
npx eslint .
npx prettier --check . --log-level warn

echo "== unit tests"
npx vitest run --reporter=default --reporter=json --outputFile.json=test-results/unit.json

echo "== browser tests"
bash scripts/ensure-chromium.sh
npx next build
npx vitest run --config vitest.e2e.config.mts --reporter=default --reporter=json --outputFile.json=test-results/e2e.json
