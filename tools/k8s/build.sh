#!/usr/bin/env bash
# Builds the real kube-apiserver, kube-controller-manager and etcd into tools/k8s/bin (git-ignored).
# The build takes many minutes cold; tools/lib/cached-build.sh skips it when go.sum is unchanged.
set -euo pipefail
cd "$(dirname "$0")"
source ../lib/cached-build.sh

build_binaries() {
  local version minor ldflags
  version="$(go list -m -f '{{.Version}}' k8s.io/kubernetes)"
  minor="$(echo "$version" | cut -d. -f2)"
  ldflags="-s -w -X k8s.io/component-base/version.gitVersion=$version -X k8s.io/component-base/version.gitMajor=1 -X k8s.io/component-base/version.gitMinor=$minor"
  echo "tools/k8s: building kube-apiserver, kube-controller-manager and etcd $version (minutes when cold)..."
  CGO_ENABLED=0 go build -trimpath -ldflags "$ldflags" -o bin/ k8s.io/kubernetes/cmd/kube-apiserver k8s.io/kubernetes/cmd/kube-controller-manager
  CGO_ENABLED=0 go build -trimpath -ldflags "-s -w" -o bin/etcd go.etcd.io/etcd/server/v3
}

cached_build k8s kube-apiserver kube-controller-manager etcd
