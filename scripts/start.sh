#!/usr/bin/env bash
# Installs, builds and starts Hopscope on http://localhost:${PORT:-3000}.
# With no cluster configured it opens the bundled demo cluster; HOPSCOPE_FILES=dump.json shows a dump.
set -euo pipefail
source "$(dirname "$0")/lib/node.sh"
cd "$HOPSCOPE_ROOT"
hopscope_npm_deps
npx next build
echo "Hopscope: http://localhost:${PORT:-3000}"
exec npx next start -p "${PORT:-3000}"
