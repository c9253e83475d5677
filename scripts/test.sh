#!/usr/bin/env bash
# Runs every test: types, unit and integration (Vitest), the production build, and the end-to-end
# tests in Chromium (Playwright). Ends with one line: "N passed, M failed".
set -euo pipefail
source "$(dirname "$0")/lib/node.sh"
cd "$HOPSCOPE_ROOT"
hopscope_npm_deps
if [ ! -x /usr/bin/chromium ]; then
  echo "hopscope: the end-to-end tests need Debian's Chromium: apt-get install -y chromium" >&2
  exit 1
fi
results=.test-results
rm -rf "$results" && mkdir -p "$results"
status=0
npx tsc --noEmit -p . || status=1
npx vitest run --reporter=default --reporter=json --outputFile.json="$results/vitest.json" || status=1
npx next build || status=1
PLAYWRIGHT_JSON_OUTPUT_NAME="$results/playwright.json" npx playwright test --reporter=list,json || status=1
node scripts/lib/summarize-tests.mjs "$results" || status=1
exit $status
