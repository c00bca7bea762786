package io.supportflow.infra.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StartupCacheTest {

  @TempDir Path dir;

  @Test
  void aRebuiltJarGetsAFolderOfItsOwnAndRunsFromItsJarUntilTrained() throws Exception {
    StartupCache cache = new StartupCache(dir.resolve("cache"));
    Path jar = Files.writeString(dir.resolve("sla-service-0.1.0-SNAPSHOT-exec.jar"), "first build");
    Path first = cache.folder("sla-service", jar);

    Files.writeString(jar, "second build, longer");
    Files.setLastModifiedTime(jar, FileTime.from(Instant.parse("2026-12-05T08:00:00Z")));
    Path second = cache.folder("sla-service", jar);

    assertThat(second).isNotEqualTo(first);
    assertThat(second.getParent()).isEqualTo(dir.resolve("cache"));
    assertThat(second.getFileName().toString()).startsWith("sla-service-");
    assertThat(cache.isTrained("sla-service", jar)).isFalse();
  }

  @Test
  void aTrainedServiceRunsItsExtractedJarWithTheCache() throws Exception {
    StartupCache cache = new StartupCache(dir.resolve("cache"));
    Path jar = Files.writeString(dir.resolve("intake-service-0.1.0-SNAPSHOT-exec.jar"), "a build");
    Path folder = Files.createDirectories(cache.folder("intake-service", jar));
    Files.writeString(folder.resolve("app.aot"), "trained");

    assertThat(cache.isTrained("intake-service", jar)).isTrue();
    assertThat(cache.runFromCache("intake-service", jar)).containsExactly(
        "-XX:AOTCache=" + folder.resolve("app.aot"), "-jar", folder.resolve(jar.getFileName()).toString());
  }
}
