package io.supportflow.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.marcnuri.helm.Helm;
import com.marcnuri.helm.LintResult;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The chart as an SRE installs it: lint, then the objects it renders, checked field by field. */
class ChartRenderingTest {

  private static Chart.Rendered rendered;

  @BeforeAll
  static void render() {
    rendered = Chart.renderForInstall(Map.of());
  }

  @Test
  void lintsCleanInStrictMode() {
    LintResult lint = new Helm(Chart.DIRECTORY).lint().strict().call();
    assertThat(lint.isFailed()).as(String.join("\n", lint.getMessages())).isFalse();
    assertThat(lint.getMessages()).noneMatch(m -> m.contains("[ERROR]") || m.contains("[WARNING]"));
  }

  @Test
  void everyServiceRunsWithProbesLimitsAndTheLockedDownSecurityContext() {
    for (Services svc : Services.ALL) {
      JsonNode pod = rendered.get("Deployment", svc.fullname()).path("spec").path("template").path("spec");
      JsonNode container = pod.path("containers").get(0);
      assertThat(container.path("image").asText()).as(svc.name()).isEqualTo("localhost/supportflow/" + svc.name() + ":0.1.0-SNAPSHOT");
      assertThat(container.path("ports").get(0).path("containerPort").asInt()).isEqualTo(svc.port());
      assertThat(container.at("/livenessProbe/httpGet/path").asText()).isEqualTo("/livez");
      assertThat(container.at("/readinessProbe/httpGet/path").asText()).isEqualTo("/readyz");
      assertThat(container.at("/startupProbe/httpGet/path").asText()).isEqualTo("/livez");
      assertThat(container.at("/startupProbe/failureThreshold").asInt() * container.at("/startupProbe/periodSeconds").asInt())
          .as("seconds a service gets to start").isGreaterThanOrEqualTo(120);
      assertThat(container.at("/resources/limits/memory").asText()).isNotEmpty();
      assertThat(container.at("/resources/limits/cpu").asText()).isNotEmpty();
      assertThat(container.at("/resources/requests/memory").asText()).isNotEmpty();

      assertThat(pod.at("/securityContext/runAsNonRoot").asBoolean()).isTrue();
      assertThat(pod.at("/securityContext/runAsUser").asInt()).isEqualTo(65532);
      assertThat(pod.at("/securityContext/seccompProfile/type").asText()).isEqualTo("RuntimeDefault");
      assertThat(container.at("/securityContext/readOnlyRootFilesystem").asBoolean()).isTrue();
      assertThat(container.at("/securityContext/allowPrivilegeEscalation").asBoolean()).isFalse();
      assertThat(texts(container.at("/securityContext/capabilities/drop"))).containsExactly("ALL");
      assertThat(pod.path("automountServiceAccountToken").asBoolean(true)).isFalse();

      // The temp dir is a volume: the image's JVM points java.io.tmpdir at /tmp.
      assertThat(container.at("/volumeMounts/0/mountPath").asText()).isEqualTo("/tmp");
      assertThat(pod.at("/volumes/0/emptyDir").isObject()).isTrue();
      assertThat(pod.path("terminationGracePeriodSeconds").asInt()).isGreaterThan(container.at("/lifecycle/preStop/sleep/seconds").asInt() + 40);
      assertThat(pod.path("topologySpreadConstraints")).hasSize(2);
      assertThat(pod.at("/topologySpreadConstraints/0/labelSelector/matchLabels/app.kubernetes.io~1name").asText()).isEqualTo(svc.name());
    }
  }

  @Test
  void everyServiceGetsItsEnvironmentFromItsConfigMapAndTheSecret() {
    for (Services svc : Services.ALL) {
      JsonNode config = rendered.get("ConfigMap", svc.fullname()).path("data");
      assertThat(config.path("KAFKA_BOOTSTRAP").asText()).isEqualTo("kafka-0.kafka:9092,kafka-1.kafka:9092");
      assertThat(config.path("SCHEMA_REGISTRY_URL").asText()).isEqualTo("http://schema-registry.kafka:8081");
      assertThat(config.path("SCHEMA_AUTO_REGISTER").asText()).as("registered by the setup Job").isEqualTo("false");
      assertThat(config.path("SERVER_PORT").asText()).isEqualTo(String.valueOf(svc.port()));
      assertThat(config.has("MONGODB_URI")).as("the URI may hold a password: Secret only").isFalse();

      JsonNode container = rendered.get("Deployment", svc.fullname()).at("/spec/template/spec/containers/0");
      assertThat(container.at("/envFrom/0/configMapRef/name").asText()).isEqualTo(svc.fullname());
      Map<String, JsonNode> secretEnv = new HashMap<>();
      container.path("env").forEach(e -> secretEnv.put(e.path("name").asText(), e.at("/valueFrom/secretKeyRef")));
      assertThat(secretEnv.get("MONGODB_URI").path("name").asText()).isEqualTo("sf-secrets");
      assertThat(secretEnv.get("MONGODB_URI").path("optional").asBoolean(false)).isFalse();
      assertThat(container.findValuesAsText("fieldPath")).as("static group membership by pod name").contains("metadata.name");
    }
    assertThat(envNames("sla")).contains("SUPPORTFLOW_API_KEY_DIGESTS");
    assertThat(envNames("escalation")).contains("SUPPORTFLOW_API_KEY_DIGESTS");
    assertThat(envNames("contracts")).contains("SUPPORTFLOW_API_KEY_DIGESTS");
    assertThat(envNames("notification")).contains("SMTP_USERNAME", "SMTP_PASSWORD");
    assertThat(envNames("intake")).contains("SUPPORTFLOW_DEMO_IMAP_PASSWORD", "SUPPORTFLOW_DEMO_PHONE_SECRET");
    JsonNode notification = rendered.get("ConfigMap", "sf-notification-service").path("data");
    assertThat(notification.path("SMTP_HOST").asText()).isEqualTo("smtp.example.org");
    assertThat(notification.path("SMTP_PORT").asText()).isEqualTo("587");

    JsonNode secret = rendered.get("Secret", "sf-secrets").path("stringData");
    assertThat(secret.path("MONGODB_URI").asText()).startsWith("mongodb://supportflow:secret@");
    assertThat(secret.path("SUPPORTFLOW_API_KEY_DIGESTS").asText()).startsWith("acme:");
  }

  @Test
  void consumersScaleOnTheirGroupsLagWithinPartitionsAndIntakeOnCpu() {
    int partitions = 6;
    for (Services svc : Services.ALL) {
      JsonNode deployment = rendered.get("Deployment", svc.fullname());
      assertThat(deployment.at("/spec/replicas").isMissingNode()).as("the autoscaler owns replicas").isTrue();
      if (!svc.consumer()) {
        assertThat(rendered.find("ScaledObject", svc.fullname())).isEmpty();
        JsonNode hpa = rendered.get("HorizontalPodAutoscaler", svc.fullname());
        assertThat(hpa.at("/spec/metrics/0/resource/name").asText()).isEqualTo("cpu");
        assertThat(hpa.at("/spec/scaleTargetRef/name").asText()).isEqualTo(svc.fullname());
        continue;
      }
      JsonNode scaled = rendered.get("ScaledObject", svc.fullname());
      int concurrency = rendered.get("ConfigMap", svc.fullname()).path("data").path(svc.key().toUpperCase() + "_CONCURRENCY").asInt();
      assertThat(concurrency).as(svc.name() + " consumers per instance").isEqualTo(3);
      assertThat(scaled.at("/spec/maxReplicaCount").asInt() * concurrency).isLessThanOrEqualTo(partitions);
      assertThat(scaled.at("/spec/minReplicaCount").asInt()).isGreaterThanOrEqualTo(1);
      assertThat(scaled.at("/spec/scaleTargetRef/name").asText()).isEqualTo(svc.fullname());
      assertThat(scaled.at("/spec/triggers")).isNotEmpty().allSatisfy(trigger -> {
        assertThat(trigger.path("type").asText()).isEqualTo("kafka");
        assertThat(trigger.at("/metadata/consumerGroup").asText()).isEqualTo(svc.name());
        assertThat(trigger.at("/metadata/bootstrapServers").asText()).isEqualTo("kafka-0.kafka:9092,kafka-1.kafka:9092");
        assertThat(trigger.at("/metadata/allowIdleConsumers").asText()).isEqualTo("false");
      });
      assertThat(rendered.find("HorizontalPodAutoscaler", svc.fullname())).as("KEDA makes its own HPA").isEmpty();
    }
  }

  @Test
  void onlyIntakeTakesTrafficFromOutsideTheNamespace() {
    for (Services svc : Services.ALL) {
      JsonNode rule = rendered.get("NetworkPolicy", svc.fullname()).at("/spec/ingress/0");
      if (svc.key().equals("intake")) {
        assertThat(rule.has("from")).as("intake: from anywhere").isFalse();
      } else {
        assertThat(rule.path("from")).as(svc.name()).hasSize(1);
        assertThat(rule.at("/from/0/podSelector").isEmpty()).as("pods of this namespace").isTrue();
        assertThat(rule.at("/from/0/namespaceSelector").isMissingNode()).isTrue();
      }
      assertThat(rule.at("/ports/0/port").asText()).isEqualTo("http");
      JsonNode management = rendered.get("NetworkPolicy", svc.fullname()).at("/spec/ingress/1");
      assertThat(management.at("/ports/0/port").asText()).isEqualTo("management");
      assertThat(management.at("/from/0/podSelector").isEmpty()).as(svc.name() + ": metrics from inside only").isTrue();
      assertThat(rendered.get("Service", svc.fullname()).at("/spec/ports/1/port").asInt()).isEqualTo(svc.port() + 1000);
      assertThat(rendered.get("PodDisruptionBudget", svc.fullname()).at("/spec/maxUnavailable").asInt()).isEqualTo(1);
      assertThat(rendered.get("Service", svc.fullname()).at("/spec/ports/0/port").asInt()).isEqualTo(svc.port());
    }
  }

  @Test
  void theSetupJobRunsBeforeInstallAndUpgradeWithThePartitionCount() {
    JsonNode job = rendered.get("Job", "sf-platform-setup");
    assertThat(job.path("metadata").path("annotations").path(Chart.HOOK_ANNOTATION).asText()).isEqualTo("pre-install,pre-upgrade");
    JsonNode container = job.at("/spec/template/spec/containers/0");
    assertThat(container.path("image").asText()).isEqualTo("localhost/supportflow/platform-setup:0.1.0-SNAPSHOT");
    Map<String, String> env = new HashMap<>();
    container.path("env").forEach(e -> env.put(e.path("name").asText(), e.path("value").asText()));
    assertThat(env).containsEntry("TOPIC_PARTITIONS", "6").containsEntry("TOPIC_REPLICATION_FACTOR", "3")
        .containsEntry("KAFKA_BOOTSTRAP", "kafka-0.kafka:9092,kafka-1.kafka:9092")
        .containsEntry("SCHEMA_REGISTRY_URL", "http://schema-registry.kafka:8081");
    assertThat(container.at("/securityContext/readOnlyRootFilesystem").asBoolean()).isTrue();

    JsonNode secured =
        Chart.renderForInstall(Map.of("setup.extraEnv[0].name", "KAFKA_CLIENT_SECURITY_PROTOCOL", "setup.extraEnv[0].value", "SASL_SSL"))
            .get("Job", "sf-platform-setup").at("/spec/template/spec/containers/0/env");
    assertThat(secured.toString()).contains("{\"name\":\"KAFKA_CLIENT_SECURITY_PROTOCOL\",\"value\":\"SASL_SSL\"}");
  }

  @Test
  void podsRollWhenTheirConnectionSettingsChange() {
    String checksum = rendered.get("Deployment", "sf-sla-service").at("/spec/template/metadata/annotations/checksum~1config").asText();
    String moved =
        Chart.renderForInstall(Map.of("kafka.bootstrap", "kafka-new:9092"))
            .get("Deployment", "sf-sla-service").at("/spec/template/metadata/annotations/checksum~1config").asText();
    assertThat(checksum).isNotEmpty().isNotEqualTo(moved);
  }

  @Test
  void helmTestAsksEveryServicesReadinessThroughItsService() {
    List<String> urls = new ArrayList<>();
    for (JsonNode pod : rendered.ofKind("Pod")) {
      assertThat(pod.path("metadata").path("annotations").path(Chart.HOOK_ANNOTATION).asText()).isEqualTo("test");
      urls.add(pod.at("/spec/containers/0/args/0").asText());
    }
    assertThat(urls).containsExactlyInAnyOrderElementsOf(
        Services.ALL.stream().map(s -> "http://" + s.fullname() + ":" + s.port() + "/readyz").toList());
  }

  @Test
  void optionalObjectsAppearOnlyBehindTheirFlags() {
    assertThat(rendered.ofKind("Ingress")).isEmpty();
    assertThat(rendered.ofKind("ServiceMonitor")).isEmpty();
    assertThat(rendered.ofKind("PrometheusRule")).isEmpty();
    Chart.Rendered production = Chart.render(List.of(Chart.INSTALL_VALUES, Chart.PRODUCTION_VALUES), Map.of());
    assertThat(production.get("Ingress", "sf-intake-service").at("/spec/rules/0/http/paths/0/backend/service/name").asText())
        .isEqualTo("sf-intake-service");
    assertThat(production.ofKind("ServiceMonitor")).hasSize(1);
    assertThat(production.get("ServiceMonitor", "sf-supportflow").at("/spec/endpoints/0/port").asText())
        .isEqualTo("management");
    assertThat(production.get("ServiceMonitor", "sf-supportflow").at("/spec/endpoints/0/relabelings/0/replacement").asText())
        .isEqualTo("supportflow");
    assertThat(production.ofKind("PrometheusRule")).hasSize(1);
    List<String> alerts = new ArrayList<>();
    production.get("PrometheusRule", "sf-supportflow").at("/spec/groups/0/rules")
        .forEach(rule -> alerts.add(rule.path("alert").asText()));
    assertThat(alerts).contains("SupportFlowServiceDown", "SupportFlowSlaBreachRate");
    assertThat(production.get("ConfigMap", "sf-supportflow-dashboard").path("metadata").path("labels")
        .path("grafana_dashboard").asText()).isEqualTo("1");
    assertThat(production.get("ConfigMap", "sf-supportflow-dashboard").at("/data/supportflow-dashboard.json").asText())
        .contains("\"panels\"");
    // existingSecret: the chart writes no Secret and every reference names the user's.
    assertThat(production.ofKind("Secret")).isEmpty();
    assertThat(production.get("Deployment", "sf-sla-service").at("/spec/template/spec/containers/0/env/0/valueFrom/secretKeyRef/name").asText())
        .isEqualTo("supportflow-secrets");
    assertThat(production.get("ScaledObject", "sf-sla-service").at("/spec/maxReplicaCount").asInt()).isEqualTo(4);
    assertThat(production.get("ScaledObject", "sf-sla-service").at("/spec/triggers/0/authenticationRef/name").asText())
        .isEqualTo("supportflow-kafka-auth");
  }

  private static Set<String> envNames(String key) {
    Services svc = Services.ALL.stream().filter(s -> s.key().equals(key)).findFirst().orElseThrow();
    Set<String> names = new java.util.TreeSet<>();
    rendered.get("Deployment", svc.fullname()).at("/spec/template/spec/containers/0/env").forEach(e -> names.add(e.path("name").asText()));
    return names;
  }

  private static List<String> texts(JsonNode array) {
    List<String> texts = new ArrayList<>();
    array.forEach(node -> texts.add(node.asText()));
    return texts;
  }
}
