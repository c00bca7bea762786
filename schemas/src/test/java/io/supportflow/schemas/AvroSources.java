package io.supportflow.schemas;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.avro.AvroTypeException;
import org.apache.avro.Schema;
import org.apache.avro.SchemaParseException;

/** The .avsc files of a folder, parsed together: they name each other's types (Priority, Reporter, ...). */
public final class AvroSources {

  /** The contract: every event and shared type, one file each. */
  public static final Path SOURCES = Path.of("src/main/avro");

  private AvroSources() {}

  /** File name to text, sorted by name. */
  public static Map<String, String> readFolder(Path folder) throws IOException {
    Map<String, String> files = new LinkedHashMap<>();
    try (Stream<Path> paths = Files.list(folder)) {
      for (Path p : paths.filter(p -> p.toString().endsWith(".avsc")).sorted().toList()) {
        files.put(p.getFileName().toString(), Files.readString(p));
      }
    }
    return files;
  }

  /**
   * Parses files that name each other: a file that names an undefined type moves to the back. Full
   * name to schema, one per file; fails when a file names a type that no file defines.
   */
  public static Map<String, Schema> parseAll(Map<String, String> files) {
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
