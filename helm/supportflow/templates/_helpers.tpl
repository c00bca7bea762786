{{/* Names are <release>-<service>, cut to the 63 characters a DNS label allows. */}}
{{- define "supportflow.fullname" -}}
{{- printf "%s-%s" .root.Release.Name .name | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{- define "supportflow.selectorLabels" -}}
app.kubernetes.io/name: {{ .name }}
app.kubernetes.io/instance: {{ .root.Release.Name }}
{{- end -}}

{{- define "supportflow.labels" -}}
{{ include "supportflow.selectorLabels" . }}
app.kubernetes.io/part-of: supportflow
app.kubernetes.io/version: {{ .root.Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .root.Release.Service }}
helm.sh/chart: {{ printf "%s-%s" .root.Chart.Name .root.Chart.Version | replace "+" "_" }}
{{- end -}}

{{/* The chart's Secret, or the one the user manages. */}}
{{- define "supportflow.secretName" -}}
{{- if .Values.secrets.existingSecret -}}
{{- .Values.secrets.existingSecret -}}
{{- else -}}
{{- printf "%s-secrets" .Release.Name | trunc 63 | trimSuffix "-" -}}
{{- end -}}
{{- end -}}

{{/* <registry>/<repository>/<image>:<tag>, as the Maven build names the images. */}}
{{- define "supportflow.image" -}}
{{- $image := .root.Values.image -}}
{{- printf "%s/%s/%s:%s" $image.registry $image.repository .image (default .root.Chart.AppVersion $image.tag) -}}
{{- end -}}

{{/* A service's values: the defaults, overridden by its own entry. */}}
{{- define "supportflow.service" -}}
{{- $merged := mergeOverwrite (deepCopy .root.Values.defaults) (deepCopy .values) -}}
{{- toYaml $merged -}}
{{- end -}}

{{/* The security context every container runs with: the image's non-root user, nothing else. */}}
{{- define "supportflow.podSecurityContext" -}}
runAsNonRoot: true
runAsUser: 65532
runAsGroup: 65532
fsGroup: 65532
seccompProfile:
  type: RuntimeDefault
{{- end -}}

{{- define "supportflow.containerSecurityContext" -}}
allowPrivilegeEscalation: false
readOnlyRootFilesystem: true
privileged: false
capabilities:
  drop: [ALL]
{{- end -}}

{{/*
Refuses values that would install a platform that cannot work. Rendered once (validate.yaml);
values.schema.json has already checked types and required keys.
*/}}
{{- define "supportflow.validate" -}}
{{- $partitions := int .Values.topics.partitions -}}
{{- $_ := required "kafka.bootstrap is required: the Kafka bootstrap servers, host:port[,host:port]" .Values.kafka.bootstrap -}}
{{- $_ = required "schemaRegistry.url is required: the base URL of a registry speaking Confluent's REST API" .Values.schemaRegistry.url -}}
{{- if and (not .Values.secrets.existingSecret) (not .Values.mongodb.uri) -}}
{{- fail "mongodb.uri is required (or secrets.existingSecret with a MONGODB_URI key)" -}}
{{- end -}}
{{- if and .Values.services.notification.enabled (not .Values.smtp.host) -}}
{{- fail "smtp.host is required: notification-service sends the mails" -}}
{{- end -}}
{{- range $key, $svc := .Values.services -}}
{{- if and $svc.enabled $svc.consumer -}}
{{- $concurrency := int $svc.consumer.concurrency -}}
{{- if gt $concurrency $partitions -}}
{{- fail (printf "services.%s.consumer.concurrency=%d is above topics.partitions=%d: consumers beyond the partition count idle" $key $concurrency $partitions) -}}
{{- end -}}
{{- $bound := div $partitions $concurrency -}}
{{- $max := int $svc.replicas -}}
{{- if $svc.autoscaling.enabled -}}
{{- $max = int $svc.autoscaling.maxReplicas -}}
{{- if gt (int $svc.autoscaling.minReplicas) $max -}}
{{- fail (printf "services.%s.autoscaling.minReplicas is above its maxReplicas" $key) -}}
{{- end -}}
{{- end -}}
{{- if gt $max $bound -}}
{{- fail (printf "services.%s: %d replicas x %d consumers per instance exceed topics.partitions=%d; at most %d replicas would get a partition (the rest idle)" $key $max $concurrency $partitions $bound) -}}
{{- end -}}
{{- else if and $svc.enabled $svc.autoscaling.enabled -}}
{{- if gt (int $svc.autoscaling.minReplicas) (int $svc.autoscaling.maxReplicas) -}}
{{- fail (printf "services.%s.autoscaling.minReplicas is above its maxReplicas" $key) -}}
{{- end -}}
{{- end -}}
{{- end -}}
{{- end -}}
