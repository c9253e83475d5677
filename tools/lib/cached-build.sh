# Sourced by tools/*/build.sh: builds a Go module's binaries into its bin/ (git-ignored), skipped
# when bin/.stamp matches the hash of go.sum, and kept per go.sum hash in the user's cache, where a
# fresh clone finds them. The caller defines build_binaries (run in the module's folder, output to bin/).
cached_build() {
  local name="$1" bin
  shift
  local binaries=("$@")
  local stamp cache
  stamp="$(sha256sum go.sum | cut -d' ' -f1)"
  cache="${HOPSCOPE_CACHE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/hopscope}/$name-$stamp"
  complete() {
    for bin in "${binaries[@]}"; do [ -x "$1/$bin" ] || return 1; done
  }
  if [ -f bin/.stamp ] && [ "$(cat bin/.stamp)" = "$stamp" ] && complete bin; then
    echo "tools/$name: ${binaries[*]} up to date"
    return 0
  fi
  mkdir -p bin
  if complete "$cache"; then
    for bin in "${binaries[@]}"; do cp "$cache/$bin" bin/; done
    echo "$stamp" > bin/.stamp
    echo "tools/$name: ${binaries[*]} taken from $cache"
    return 0
  fi
  build_binaries
  echo "$stamp" > bin/.stamp
  mkdir -p "$cache.partial"
  for bin in "${binaries[@]}"; do cp "bin/$bin" "$cache.partial/"; done
  rm -rf "$cache" && mv "$cache.partial" "$cache"
  ls -la bin
}
