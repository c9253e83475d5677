{{- define "hopscope.name" -}}{{ .Release.Name | trunc 63 | trimSuffix "-" }}{{- end -}}

{{- define "hopscope.labels" -}}
app.kubernetes.io/name: hopscope
app.kubernetes.io/instance: {{ .Release.Name }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
helm.sh/chart: {{ .Chart.Name }}-{{ .Chart.Version }}
{{- end -}}

{{- define "hopscope.selector" -}}
app.kubernetes.io/name: hopscope
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end -}}

{{/* header mode when the oauth2-proxy sidecar is on */}}
{{- define "hopscope.authMode" -}}{{ if .Values.oauth2Proxy.enabled }}header{{ else }}{{ .Values.auth.mode }}{{ end }}{{- end -}}

{{- define "hopscope.sqlite" -}}{{ if and (not .Values.snapshots.databaseUrlSecretName) .Values.snapshots.persistence.enabled }}true{{ end }}{{- end -}}

{{/* The host names Hopscope answers for: its Service's DNS names and those people use (allowedHosts). */}}
{{- define "hopscope.allowedHosts" -}}
{{- $svc := include "hopscope.name" . -}}
{{- $ns := .Release.Namespace -}}
{{- join "," (concat (list $svc (printf "%s.%s" $svc $ns) (printf "%s.%s.svc" $svc $ns) (printf "%s.%s.svc.cluster.local" $svc $ns)) .Values.allowedHosts) -}}
{{- end -}}
