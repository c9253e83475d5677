#!/usr/bin/env bash
# Builds Helm into tools/helm/bin (git-ignored) for the chart tests; skipped when go.sum is unchanged.
set -euo pipefail
cd "$(dirname "$0")"
source ../lib/cached-build.sh

build_binaries() {
  echo "tools/helm: building helm $(go list -m -f '{{.Version}}' helm.sh/helm/v3) (a few minutes when cold)..."
  CGO_ENABLED=0 go build -trimpath -ldflags "-s -w" -o bin/helm helm.sh/helm/v3/cmd/helm
}

cached_build helm helm
