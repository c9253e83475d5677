#!/usr/bin/env bash
# Runs every test: types, unit and integration (Vitest; among them the CLI packed with npm pack and installed from its
# tarball, test/packaging), the conformance corpus, the production build, and the end-to-end
# tests in Chromium (Playwright). Ends with one line: "N passed, M failed".
set -euo pipefail
source "$(dirname "$0")/lib/node.sh"
cd "$HOPSCOPE_ROOT"
hopscope_npm_deps
if [ ! -x /usr/bin/chromium ]; then
  echo "hopscope: the end-to-end tests need Debian's Chromium: apt-get install -y chromium" >&2
  exit 1
fi
if [ ! -x /usr/bin/prometheus ] || [ ! -x /usr/bin/promtool ]; then
  echo "hopscope: the metrics tests need Debian's Prometheus: apt-get install -y --no-install-recommends prometheus" >&2
  exit 1
fi
# The integration tests start a real kube-apiserver, kube-controller-manager and etcd, built from
# Go modules (skipped when tools/k8s/bin matches go.sum).
if ! command -v go >/dev/null 2>&1; then
  echo "hopscope: the integration tests need Go >= 1.26 to build the test control plane (tools/k8s)" >&2
  exit 1
fi
bash tools/k8s/build.sh
# Helm renders the chart for its server-side dry run against that API server.
bash tools/helm/build.sh
results=.test-results
rm -rf "$results" && mkdir -p "$results"
status=0
npx tsc --noEmit -p . || status=1
npx vitest run --reporter=default --reporter=json --outputFile.json="$results/vitest.json" || status=1
npm run --silent conformance || status=1
npx next build || status=1
PLAYWRIGHT_JSON_OUTPUT_NAME="$results/playwright.json" npx playwright test --reporter=list,json || status=1
node scripts/lib/summarize-tests.mjs "$results" || status=1
exit $status
