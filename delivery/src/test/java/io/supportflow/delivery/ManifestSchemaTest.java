package io.supportflow.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The rendered manifests against the Kubernetes and KEDA schemas (npm kubernetes-models and
 * @kubernetes-models/keda, installed by the build's `npm ci` into target/node): a wrong type or a
 * missing required field fails the build.
 */
class ManifestSchemaTest {

  private static final Path NODE_PROJECT = Path.of("target/node").toAbsolutePath();

  @Test
  void everyRenderedObjectIsValidForKubernetesAndKeda() throws IOException, InterruptedException {
    assumeTrue(Files.isDirectory(NODE_PROJECT.resolve("node_modules")), "npm ci did not run (-Dnpm.skip=true): schema check skipped");
    Path rendered = Path.of("target/rendered").toAbsolutePath();
    List<Path> files =
        List.of(
            Chart.renderForInstall(Map.of()).writeTo(rendered.resolve("install.yaml")),
            Chart.render(List.of(Chart.INSTALL_VALUES, Chart.PRODUCTION_VALUES), Map.of())
                .writeTo(rendered.resolve("production.yaml")),
            Chart.renderForInstall(Map.of("services.sla.autoscaling.enabled", false, "networkPolicy.enabled", false, "ingress.enabled", true))
                .writeTo(rendered.resolve("fixed-replicas.yaml")));
    String output = validate(files);
    assertThat(output).doesNotContain("INVALID");
    assertThat(output).contains("VALID " + files.get(0) + ": apps/v1 Deployment sf-sla-service");
    assertThat(output).contains("VALID " + files.get(0) + ": keda.sh/v1alpha1 ScaledObject sf-notification-service");
    assertThat(output).contains("VALID " + files.get(0) + ": batch/v1 Job sf-platform-setup");
    assertThat(output).contains("VALID " + files.get(1) + ": networking.k8s.io/v1 Ingress sf-intake-service");
  }

  @Test
  void theValidatorRefusesWhatKubernetesWould() throws IOException, InterruptedException {
    assumeTrue(Files.isDirectory(NODE_PROJECT.resolve("node_modules")), "npm ci did not run (-Dnpm.skip=true): schema check skipped");
    String wrong =
        Chart.renderForInstall(Map.of()).yaml()
            .replaceFirst("maxReplicaCount: 2", "maxReplicaCount: \"two\"")
            .replaceFirst("containerPort: 8080", "containerPort: eighty");
    Path file = new Chart.Rendered(wrong).writeTo(Path.of("target/rendered/wrong.yaml").toAbsolutePath());
    String output = validate(List.of(file));
    assertThat(output).contains("INVALID " + file + ": keda.sh/v1alpha1 ScaledObject");
    assertThat(output).contains("INVALID " + file + ": apps/v1 Deployment sf-intake-service");
  }

  private static String validate(List<Path> files) throws IOException, InterruptedException {
    List<String> command = new java.util.ArrayList<>(List.of("node", NODE_PROJECT.resolve("validate.mjs").toString()));
    files.forEach(f -> command.add(f.toString()));
    Process node = new ProcessBuilder(command).directory(NODE_PROJECT.toFile()).redirectErrorStream(true).start();
    String output = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(node.waitFor(60, TimeUnit.SECONDS)).as("node finished").isTrue();
    return output;
  }
}
