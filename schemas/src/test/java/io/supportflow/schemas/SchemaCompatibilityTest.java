package io.supportflow.schemas;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.SchemaCompatibilityType;
import org.apache.avro.specific.SpecificData;
import org.junit.jupiter.api.Test;

/**
 * Every event schema must stay BACKWARD compatible (a consumer built now reads what older
 * producers wrote): against the last release (the committed baseline folder) and against the
 * version last committed to git, so a breaking edit fails before it is committed.
 */
class SchemaCompatibilityTest {

    private static final Path BASELINE = Path.of("src/test/resources/compatibility-baseline");

  @Test
  void everyTopicEventIsBackwardCompatibleWithTheReleasedBaseline() throws IOException {
    Map<String, Schema> released = AvroSources.parseAll(AvroSources.readFolder(BASELINE));
    for (Topics topic : Topics.values()) {
      Schema current = SpecificData.get().getSchema(topic.eventType());
      Schema previous = released.get(current.getFullName());
      assertThat(previous)
          .as("%s has no released baseline: copy src/main/avro/*.avsc to %s when releasing",
              current.getFullName(), BASELINE)
          .isNotNull();
      assertBackward(current, previous, "released baseline");
    }
  }

  @Test
  void everyTopicEventIsBackwardCompatibleWithTheLastCommittedVersion() throws Exception {
    Map<String, String> committed = readCommitted();
    Map<String, Schema> previous = AvroSources.parseAll(committed);
    for (Topics topic : Topics.values()) {
      Schema current = SpecificData.get().getSchema(topic.eventType());
      Schema before = previous.get(current.getFullName());
      if (before != null) { // a brand-new event has no committed version yet
        assertBackward(current, before, "last committed version");
      }
    }
  }

  @Test
  void removingAFieldWithoutDefaultIsCaughtAsIncompatible() {
    Schema old = new Schema.Parser().parse(
        "{\"type\":\"record\",\"name\":\"E\",\"fields\":[{\"name\":\"a\",\"type\":\"string\"}]}");
    Schema added = new Schema.Parser().parse(
        "{\"type\":\"record\",\"name\":\"E\",\"fields\":[{\"name\":\"a\",\"type\":\"string\"},"
            + "{\"name\":\"b\",\"type\":\"string\"}]}");
    assertThat(SchemaCompatibility.checkReaderWriterCompatibility(added, old).getType())
        .isEqualTo(SchemaCompatibilityType.INCOMPATIBLE);
  }

  private static void assertBackward(Schema reader, Schema writer, String against) {
    var result = SchemaCompatibility.checkReaderWriterCompatibility(reader, writer);
    assertThat(result.getType())
        .as("%s is not BACKWARD compatible with the %s: %s",
            reader.getFullName(), against, result.getResult().getIncompatibilities())
        .isEqualTo(SchemaCompatibilityType.COMPATIBLE);
  }

  /** The .avsc files as git HEAD has them; empty when this is not a git checkout. */
  private static Map<String, String> readCommitted() throws Exception {
    Map<String, String> files = new LinkedHashMap<>();
    Process list = new ProcessBuilder("git", "ls-tree", "--name-only", "HEAD", AvroSources.SOURCES + "/")
        .redirectErrorStream(true).start();
    String names = new String(list.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!list.waitFor(30, TimeUnit.SECONDS) || list.exitValue() != 0) {
      return files;
    }
    for (String name : names.lines().filter(n -> n.endsWith(".avsc")).toList()) {
      Process show = new ProcessBuilder("git", "show", "HEAD:./" + name).start();
      String text = new String(show.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (show.waitFor(30, TimeUnit.SECONDS) && show.exitValue() == 0) {
        files.put(name, text);
      }
    }
    return files;
  }
}
