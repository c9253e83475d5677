#!/usr/bin/env bash
# Installs, builds and starts Hopscope on http://localhost:${PORT:-3000}.
# It shows the cluster kubectl would use (--kubeconfig FILE, --context NAME, else KUBECONFIG or
# ~/.kube/config); with none configured, the bundled demo cluster. HOPSCOPE_FILES=dump.json shows a dump.
set -euo pipefail
while [ $# -gt 0 ]; do
  case "$1" in
    --kubeconfig) export HOPSCOPE_KUBECONFIG="$2"; shift 2 ;;
    --context) export HOPSCOPE_CONTEXT="$2"; shift 2 ;;
    --demo) export HOPSCOPE_SOURCE=demo; shift ;;
    *) echo "usage: $0 [--kubeconfig FILE] [--context NAME] [--demo]" >&2; exit 2 ;;
  esac
done
source "$(dirname "$0")/lib/node.sh"
cd "$HOPSCOPE_ROOT"
hopscope_npm_deps
npx next build
echo "Hopscope: http://localhost:${PORT:-3000}"
# A bigger young generation: a big cluster's analysis allocates fast, and promoting less of it keeps
# the full collections of a 2 GB heap (a second of slower answers each) rare. As in the Dockerfile.
export NODE_OPTIONS="${NODE_OPTIONS:+$NODE_OPTIONS }--max-semi-space-size=64"
exec npx next start -p "${PORT:-3000}"
