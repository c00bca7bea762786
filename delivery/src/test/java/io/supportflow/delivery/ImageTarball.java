package io.supportflow.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

/**
 * A Docker archive (manifest.json, the config, gzipped layers), read in one pass: every path of
 * the merged layers with its tar entry, and the classpath file's text.
 */
record ImageTarball(Path tar, JsonNode manifest, JsonNode config, Map<String, TarArchiveEntry> files, String classpathFile) {

  static ImageTarball read(Path tar) throws IOException {
    assertThat(tar).as("image tarball").exists();
    Map<String, byte[]> json = new HashMap<>();
    Map<String, TarArchiveEntry> files = new HashMap<>();
    StringBuilder classpath = new StringBuilder();
    try (var outer = new TarArchiveInputStream(Files.newInputStream(tar))) {
      for (TarArchiveEntry entry; (entry = outer.getNextEntry()) != null; ) {
        if (entry.getName().endsWith(".json")) {
          json.put(entry.getName(), outer.readAllBytes());
        } else if (entry.getName().endsWith(".tar.gz")) {
          var layer = new TarArchiveInputStream(new GZIPInputStream(outer, 1 << 16));
          for (TarArchiveEntry file; (file = layer.getNextEntry()) != null; ) {
            files.put(file.getName().replaceFirst("^\\./", ""), file);
            if (file.getName().equals("app/jib-classpath-file")) {
              classpath.append(new String(layer.readAllBytes(), StandardCharsets.UTF_8));
            }
          }
        }
      }
    }
    JsonNode manifest = new ObjectMapper().readTree(json.get("manifest.json")).get(0);
    return new ImageTarball(tar, manifest, new ObjectMapper().readTree(json.get(manifest.path("Config").asText())), files, classpath.toString());
  }

  String repoTag() {
    return manifest.path("RepoTags").get(0).asText();
  }

  List<String> layers() {
    List<String> layers = new ArrayList<>();
    manifest.path("Layers").forEach(l -> layers.add(l.asText()));
    return layers;
  }

  /** Writes the files under any of the prefixes, from every layer, into the target folder. */
  void extract(Path target, String... prefixes) throws IOException {
    try (var outer = new TarArchiveInputStream(Files.newInputStream(tar))) {
      for (TarArchiveEntry entry; (entry = outer.getNextEntry()) != null; ) {
        if (!entry.getName().endsWith(".tar.gz")) {
          continue;
        }
        var layer = new TarArchiveInputStream(new GZIPInputStream(outer, 1 << 16));
        for (TarArchiveEntry file; (file = layer.getNextEntry()) != null; ) {
          String name = file.getName();
          if (java.util.Arrays.stream(prefixes).noneMatch(name::startsWith)) {
            continue;
          }
          Path out = target.resolve(file.getName());
          if (file.isDirectory()) {
            Files.createDirectories(out);
          } else if (file.isSymbolicLink()) {
            Files.createDirectories(out.getParent());
            Files.deleteIfExists(out); // a later layer wins
            Files.createSymbolicLink(out, Path.of(file.getLinkName()));
          } else {
            Files.createDirectories(out.getParent());
            Files.copy(layer, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            Files.setPosixFilePermissions(out, PosixFilePermissions.fromString((file.getMode() & 0100) != 0 ? "rwxr-xr-x" : "rw-r--r--"));
          }
        }
      }
    }
  }
}
