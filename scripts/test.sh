#!/usr/bin/env bash
# The whole test suite: type check, unit tests, then browser tests against a production build.
set -euo pipefail
cd "$(dirname "$0")/.."
export TZ=UTC NEXT_TELEMETRY_DISABLED=1

echo "== type check"
npx tsc --noEmit

echo "== unit tests"
npx vitest run

echo "== browser tests"
bash scripts/ensure-chromium.sh
npx next build
npx vitest run --config vitest.e2e.config.mts
