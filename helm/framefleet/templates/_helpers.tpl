{{/*
Names and labels shared by every template. The names are the release name plus a component
suffix, cut to 63 characters (the DNS label limit of Service names).
*/}}
{{- define "framefleet.fullname" -}}
{{- if contains .Chart.Name .Release.Name -}}
{{- .Release.Name | trunc 63 | trimSuffix "-" -}}
{{- else -}}
{{- printf "%s-%s" .Release.Name .Chart.Name | trunc 63 | trimSuffix "-" -}}
{{- end -}}
{{- end -}}

{{- define "framefleet.name" -}}
{{- printf "%s-%s" (include "framefleet.fullname" .root) .component | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{- define "framefleet.selectorLabels" -}}
app.kubernetes.io/name: {{ .root.Chart.Name }}
app.kubernetes.io/instance: {{ .root.Release.Name }}
app.kubernetes.io/component: {{ .component }}
{{- end -}}

{{- define "framefleet.labels" -}}
{{ include "framefleet.selectorLabels" . }}
app.kubernetes.io/version: {{ .root.Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .root.Release.Service }}
helm.sh/chart: {{ printf "%s-%s" .root.Chart.Name .root.Chart.Version }}
{{- end -}}

{{- define "framefleet.image" -}}
{{- $repo := .root.Values.image.repository -}}
{{- $tag := .root.Values.image.tag -}}
{{- with .override -}}
{{- if .repository }}{{ $repo = .repository }}{{ end -}}
{{- if .tag }}{{ $tag = .tag }}{{ end -}}
{{- end -}}
{{- printf "%s:%s" $repo $tag -}}
{{- end -}}

{{/* NATS URL: natsClient.url, else the subchart's client Service. */}}
{{- define "framefleet.natsUrl" -}}
{{- if .Values.natsClient.url -}}
{{- .Values.natsClient.url -}}
{{- else if .Values.nats.enabled -}}
{{- printf "nats://%s-nats:4222" .Release.Name -}}
{{- else -}}
{{- fail "natsClient.url is required when nats.enabled is false" -}}
{{- end -}}
{{- end -}}

{{- define "framefleet.outputClaim" -}}
{{- default (printf "%s-output" (include "framefleet.fullname" .)) .Values.output.existingClaim -}}
{{- end -}}

{{/* The shared output volume (output_root = /data/runs). */}}
{{- define "framefleet.outputVolume" -}}
- name: output
{{- if or .Values.output.existingClaim (not .Values.output.hostPath) }}
  persistentVolumeClaim:
    claimName: {{ include "framefleet.outputClaim" . }}
{{- else }}
  hostPath:
    path: {{ .Values.output.hostPath }}
    type: Directory
{{- end }}
- name: config
  configMap:
    name: {{ include "framefleet.fullname" . }}-config
{{- with .Values.natsClient.tlsSecret }}
- name: nats-tls
  secret:
    secretName: {{ . }}
{{- end }}
{{- with .Values.api.existingSecret }}
- name: api-token
  secret:
    secretName: {{ . }}
{{- end }}
{{- end -}}

{{- define "framefleet.volumeMounts" -}}
- name: output
  mountPath: /data/runs
- name: config
  mountPath: /etc/framefleet
  readOnly: true
{{- if .Values.natsClient.tlsSecret }}
- name: nats-tls
  mountPath: /etc/framefleet-secrets/nats-tls
  readOnly: true
{{- end }}
{{- if .Values.api.existingSecret }}
- name: api-token
  mountPath: /etc/framefleet-secrets/api-token
  readOnly: true
{{- end }}
{{- end -}}

{{/* Environment every service gets: NATS credentials and TLS, the API token file. Each
template sets FRAMEFLEET_CONFIG itself (generators and evaluators read their own file). */}}
{{- define "framefleet.env" -}}
- name: FRAMEFLEET_OUTPUT_ROOT
  value: /data/runs
{{- with .Values.natsClient.existingSecret }}
- name: FRAMEFLEET_NATS_USER
  valueFrom:
    secretKeyRef: {name: {{ . }}, key: {{ $.Values.natsClient.userKey }}, optional: true}
- name: FRAMEFLEET_NATS_PASS
  valueFrom:
    secretKeyRef: {name: {{ . }}, key: {{ $.Values.natsClient.passwordKey }}, optional: true}
- name: FRAMEFLEET_NATS_TOKEN
  valueFrom:
    secretKeyRef: {name: {{ . }}, key: {{ $.Values.natsClient.tokenKey }}, optional: true}
{{- end }}
{{- if .Values.natsClient.tlsSecret }}
- name: FRAMEFLEET_NATS_TLS_CA_FILE
  value: /etc/framefleet-secrets/nats-tls/ca.crt
{{- end }}
{{- if .Values.api.existingSecret }}
# Read from a file (api.token_file) so the token is not in the pod's environment listing.
- name: FRAMEFLEET_API_TOKEN_FILE
  value: /etc/framefleet-secrets/api-token/{{ .Values.api.tokenKey }}
{{- end }}
{{- end -}}

{{/* Probes on the metrics port: /healthz (process works) and /readyz (takes work). */}}
{{- define "framefleet.probes" -}}
livenessProbe:
  httpGet: {path: /healthz, port: metrics}
  periodSeconds: 10
  failureThreshold: 6
readinessProbe:
  httpGet: {path: /readyz, port: metrics}
  periodSeconds: 5
{{- end -}}
