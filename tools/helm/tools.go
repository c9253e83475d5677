//go:build tools

// Builds Helm, which renders Hopscope's chart so the tests can apply it to the real test API
// server (server-side dry run). No Go code of the project's own: only this file.
package tools

import _ "helm.sh/helm/v3/cmd/helm"
