package io.supportflow.schemas;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.avro.AvroTypeException;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.SchemaCompatibilityType;
import org.apache.avro.SchemaParseException;
import org.apache.avro.specific.SpecificData;
import org.junit.jupiter.api.Test;

/**
 * Every event schema must stay BACKWARD compatible (a consumer built now reads what older
 * producers wrote): against the last release (the committed baseline folder) and against the
 * version last committed to git, so a breaking edit fails before it is committed.
 */
class SchemaCompatibilityTest {

  private static final Path SOURCES = Path.of("src/main/avro");
  private static final Path BASELINE = Path.of("src/test/resources/compatibility-baseline");

  @Test
  void everyTopicEventIsBackwardCompatibleWithTheReleasedBaseline() throws IOException {
    Map<String, Schema> released = parseAll(readFolder(BASELINE));
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
    Map<String, Schema> previous = parseAll(committed);
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

  private static Map<String, String> readFolder(Path folder) throws IOException {
    Map<String, String> files = new LinkedHashMap<>();
    try (Stream<Path> paths = Files.list(folder)) {
      for (Path p : paths.filter(p -> p.toString().endsWith(".avsc")).sorted().toList()) {
        files.put(p.getFileName().toString(), Files.readString(p));
      }
    }
    return files;
  }

  /** The .avsc files as git HEAD has them; empty when this is not a git checkout. */
  private static Map<String, String> readCommitted() throws Exception {
    Map<String, String> files = new LinkedHashMap<>();
    Process list = new ProcessBuilder("git", "ls-tree", "--name-only", "HEAD", SOURCES + "/")
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

  /** Parses files that name each other: a file that names an undefined type moves to the back. */
  private static Map<String, Schema> parseAll(Map<String, String> files) {
    List<String> order = new ArrayList<>(files.values());
    for (int attempt = 0; attempt <= order.size() * order.size(); attempt++) {
      Schema.Parser parser = new Schema.Parser();
      Map<String, Schema> byName = new LinkedHashMap<>();
      int failedAt = -1;
      for (int i = 0; i < order.size() && failedAt < 0; i++) {
        try {
          Schema s = parser.parse(order.get(i));
          byName.put(s.getFullName(), s);
        } catch (SchemaParseException | AvroTypeException e) {
          failedAt = i;
        }
      }
      if (failedAt < 0) {
        return byName;
      }
      order.add(order.remove(failedAt));
    }
    throw new IllegalStateException("Schemas reference names no file defines");
  }
}
