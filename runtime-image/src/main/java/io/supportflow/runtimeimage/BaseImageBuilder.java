package io.supportflow.runtimeimage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * Builds the base image of the service images from the JDK running the build: a jlinked runtime
 * under /opt/java, the C libraries it links against, a non-root user 65532 and a world-writable
 * /tmp, written as a Docker archive that Jib takes as {@code tar://…}. Built once per clean build:
 * a second run with the same JDK finds the archive up to date.
 *
 * <p>Arguments: the output folder and the image's tag.
 */
public final class BaseImageBuilder {

  private BaseImageBuilder() {}

  public static void main(String[] args) throws IOException, InterruptedException {
    if (args.length != 2) {
      throw new IllegalArgumentException("usage: BaseImageBuilder <output folder> <tag>");
    }
    Path out = Path.of(args[0]);
    String tag = args[1];
    Path archive = out.resolve("base-image.tar");
    Path stamp = out.resolve("base-image.properties");
    Properties wanted = new Properties();
    wanted.setProperty("java.version", System.getProperty("java.vm.version"));
    wanted.setProperty("java.home", System.getProperty("java.home"));
    wanted.setProperty("tag", tag);
    wanted.setProperty("layout", String.valueOf(RootFilesystem.LAYOUT_VERSION));
    if (Files.exists(archive) && wanted.equals(read(stamp))) {
      System.out.println("Base image up to date: " + archive);
      return;
    }
    Path rootfs = out.resolve("rootfs");
    RootFilesystem.build(Path.of(System.getProperty("java.home")), rootfs);
    DockerArchive.write(rootfs, tag, archive);
    try (var writer = Files.newBufferedWriter(stamp)) {
      wanted.store(writer, "what " + archive.getFileName() + " was built from");
    }
    System.out.println("Base image " + tag + " written to " + archive);
  }

  private static Properties read(Path file) throws IOException {
    Properties properties = new Properties();
    if (Files.exists(file)) {
      try (var reader = Files.newBufferedReader(file)) {
        properties.load(reader);
      }
    }
    return properties;
  }
}
