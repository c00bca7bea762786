package io.supportflow.delivery;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.marcnuri.helm.Helm;
import com.marcnuri.helm.TemplateCommand;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The chart at helm/supportflow, rendered by Helm itself (helm-java), and the objects it renders. */
final class Chart {

  static final Path ROOT = Path.of(System.getProperty("supportflow.root", "..")).toAbsolutePath().normalize();
  static final Path DIRECTORY = ROOT.resolve("helm/supportflow");
  static final Path INSTALL_VALUES = Path.of("src/test/resources/install-values.yaml").toAbsolutePath();
  static final Path PRODUCTION_VALUES = DIRECTORY.resolve("values-production.yaml");
  static final String RELEASE = "sf";
  static final String KUBE_VERSION = "1.31.0";

  /**
   * helm-java's template returns the release's manifest without its hooks (the setup Job, the
   * test pods), so the tests render a copy of the chart whose hook annotations are renamed to
   * this: the same objects, rendered as plain ones, the hook kind still readable.
   */
  static final String HOOK_ANNOTATION = "test.supportflow.io/helm-hook";

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final Path HOOKS_VISIBLE = hooksVisibleCopy();

  private Chart() {}

  /** Renders with the given values files and --set pairs; a refusal is thrown with Helm's message. */
  static Rendered render(List<Path> valuesFiles, Map<String, Object> sets) {
    TemplateCommand template =
        new Helm(HOOKS_VISIBLE).template().withName(RELEASE).withNamespace("support").withKubeVersion(KUBE_VERSION);
    valuesFiles.forEach(template::withValuesFile);
    sets.forEach(template::set);
    return new Rendered(template.call());
  }

  static Rendered renderForInstall(Map<String, Object> sets) {
    return render(List.of(INSTALL_VALUES), sets);
  }

  private static Path hooksVisibleCopy() {
    Path copy = Path.of("target/chart-hooks-visible/supportflow").toAbsolutePath();
    try (var files = Files.walk(DIRECTORY)) {
      for (Path source : files.toList()) {
        Path target = copy.resolve(DIRECTORY.relativize(source).toString());
        if (Files.isDirectory(source)) {
          Files.createDirectories(target);
        } else {
          Files.writeString(target, Files.readString(source).replace("helm.sh/hook", HOOK_ANNOTATION));
        }
      }
      return copy;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One rendering: its text (for the schema check) and its objects. */
  record Rendered(String yaml) {

    List<JsonNode> objects() {
      try (var parser = YAML.getFactory().createParser(yaml)) {
        List<JsonNode> objects = new ArrayList<>();
        YAML.readValues(parser, JsonNode.class).forEachRemaining(node -> {
          if (node != null && !node.isNull() && !node.isMissingNode()) {
            objects.add(node);
          }
        });
        return objects;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    List<JsonNode> ofKind(String kind) {
      return objects().stream().filter(o -> o.path("kind").asText().equals(kind)).toList();
    }

    Optional<JsonNode> find(String kind, String name) {
      return ofKind(kind).stream().filter(o -> o.path("metadata").path("name").asText().equals(name)).findFirst();
    }

    JsonNode get(String kind, String name) {
      return find(kind, name).orElseThrow(() -> new AssertionError("no " + kind + " " + name + " rendered"));
    }

    Path writeTo(Path file) {
      try {
        Files.createDirectories(file.getParent());
        return Files.writeString(file, yaml);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
