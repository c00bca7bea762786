package io.supportflow.infra.stack;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The checkout this code runs in: the nearest folder above the working directory that holds
 * {@code mvnw}. Tests run with their module as working directory, the launcher from the root.
 */
public final class RepoRoot {

  private RepoRoot() {}

  public static Path find() {
    Path start = Path.of(System.getProperty("user.dir")).toAbsolutePath().normalize();
    for (Path dir = start; dir != null; dir = dir.getParent()) {
      if (Files.isRegularFile(dir.resolve("mvnw"))) {
        return dir;
      }
    }
    throw new StackStartupException(
        "No SupportFlow checkout (a folder with mvnw) at or above " + start);
  }
}
