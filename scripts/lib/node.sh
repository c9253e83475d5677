# Sourced by the project's scripts: puts a Node >= 22.19 first on PATH, installing Node 24 from
# the npm registry into .tools/node24 when the machine's node is older (@kubernetes/client-node
# and the engines field need it).
HOPSCOPE_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
HOPSCOPE_NODE_DIR="$HOPSCOPE_ROOT/.tools/node24"

hopscope_node_ok() {
  command -v node >/dev/null 2>&1 &&
    node -e 'const [a,b]=process.versions.node.split(".").map(Number);process.exit(a>22||(a===22&&b>=19)?0:1)'
}

if [ -x "$HOPSCOPE_NODE_DIR/node_modules/.bin/node" ]; then
  export PATH="$HOPSCOPE_NODE_DIR/node_modules/.bin:$PATH"
fi
if ! hopscope_node_ok; then
  echo "hopscope: installing Node 24 into .tools/node24 (the machine's node is $(node --version 2>/dev/null || echo missing); Hopscope needs >= 22.19)" >&2
  npm install --prefix "$HOPSCOPE_NODE_DIR" --no-save --no-audit --no-fund --loglevel=error node@24 >&2
  export PATH="$HOPSCOPE_NODE_DIR/node_modules/.bin:$PATH"
  hopscope_node_ok || { echo "hopscope: could not get Node >= 22.19" >&2; exit 1; }
fi
export NEXT_TELEMETRY_DISABLED=1

# Installs the npm dependencies when package-lock.json changed since the last install.
hopscope_npm_deps() {
  local stamp="$HOPSCOPE_ROOT/node_modules/.hopscope-lock"
  if [ ! -f "$stamp" ] || ! cmp -s "$HOPSCOPE_ROOT/package-lock.json" "$stamp"; then
    # Not `npm ci`: the registries reachable here serve only this platform's optional packages
    # (e.g. @next/swc-linux-x64-gnu), so the lock file cannot list the others and `npm ci` would
    # refuse it. `npm install` with the committed lock file installs the same versions.
    (cd "$HOPSCOPE_ROOT" && npm install --no-audit --no-fund --loglevel=error)
    cp "$HOPSCOPE_ROOT/package-lock.json" "$stamp"
  fi
}
