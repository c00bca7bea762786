package io.supportflow.runtimeimage;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;

/** The base image's files: a jlinked runtime, the C libraries it needs, a user and /tmp. */
final class RootFilesystem {

  /** Raised when what goes into the image changes, so an older archive is built again. */
  static final int LAYOUT_VERSION = 1;

  static final String JAVA_HOME = "opt/java";
  static final int USER_ID = 65532;

  /**
   * The whole Java SE API (Spring, Kafka, Mongo and Jakarta Mail reach into many of its modules,
   * and a missing one only shows at run time) plus the JDK modules they use beyond it.
   */
  private static final String MODULES =
      "java.se,jdk.unsupported,jdk.charsets,jdk.crypto.cryptoki,jdk.localedata,jdk.management,"
          + "jdk.naming.dns,jdk.net,jdk.zipfs";

  /** Native libraries of the desktop parts of java.desktop: headless services never load them, and they need X11. */
  private static final Set<String> DESKTOP_ONLY =
      Set.of("libawt_xawt.so", "libjawt.so", "libsplashscreen.so", "libjsound.so");

  private RootFilesystem() {}

  static void build(Path jdk, Path rootfs) throws IOException, InterruptedException {
    deleteRecursively(rootfs);
    Path runtime = rootfs.resolve(JAVA_HOME);
    Files.createDirectories(runtime.getParent());
    jlink(runtime);
    for (String library : sharedLibraries(runtime)) {
      Path source = Path.of(library);
      Path target = rootfs.resolve(library.substring(1));
      Files.createDirectories(target.getParent());
      // The real file under the name the loader asks for; the host's symlinks stay on the host.
      Files.copy(source.toRealPath(), target, StandardCopyOption.REPLACE_EXISTING);
    }
    Path etc = Files.createDirectories(rootfs.resolve("etc"));
    Files.writeString(
        etc.resolve("passwd"),
        "root:x:0:0:root:/root:/sbin/nologin\n"
            + "nonroot:x:" + USER_ID + ":" + USER_ID + ":nonroot:/home/nonroot:/sbin/nologin\n",
        StandardCharsets.UTF_8);
    Files.writeString(
        etc.resolve("group"), "root:x:0:\nnonroot:x:" + USER_ID + ":\n", StandardCharsets.UTF_8);
    Files.writeString(etc.resolve("nsswitch.conf"), "hosts: files dns\n", StandardCharsets.UTF_8);
    Files.createDirectories(rootfs.resolve("tmp"));
    Files.createDirectories(rootfs.resolve("home/nonroot"));
  }

  private static void jlink(Path output) {
    ToolProvider jlink =
        ToolProvider.findFirst("jlink")
            .orElseThrow(() -> new IllegalStateException("the build's JDK has no jlink: run Maven on a full JDK"));
    StringWriter log = new StringWriter();
    int status =
        jlink.run(
            new PrintWriter(log),
            new PrintWriter(log),
            "--add-modules", MODULES,
            "--include-locales", "en,de,fr,nl,es,it",
            "--strip-debug", "--no-man-pages", "--no-header-files",
            "--compress", "zip-6",
            "--output", output.toString());
    if (status != 0) {
      throw new IllegalStateException("jlink failed (" + status + "): " + log);
    }
  }

  /** The absolute paths of the C libraries (and the loader) the runtime's executables and libraries link against. */
  private static Set<String> sharedLibraries(Path runtime) throws IOException, InterruptedException {
    List<Path> elfs = new ArrayList<>();
    elfs.add(runtime.resolve("bin/java"));
    try (Stream<Path> libs = Files.walk(runtime.resolve("lib"))) {
      libs.filter(p -> p.getFileName().toString().endsWith(".so"))
          .filter(p -> !DESKTOP_ONLY.contains(p.getFileName().toString()))
          .forEach(elfs::add);
    }
    Set<String> ownLibraries = new TreeSet<>();
    elfs.forEach(elf -> ownLibraries.add(elf.getFileName().toString()));
    Set<String> found = new TreeSet<>();
    for (Path elf : elfs) {
      Process ldd = new ProcessBuilder("ldd", elf.toString()).redirectErrorStream(true).start();
      String output = new String(ldd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (ldd.waitFor() != 0) {
        throw new IllegalStateException("ldd " + elf + " failed: " + output);
      }
      for (String line : output.lines().map(String::strip).toList()) {
        // libjvm.so and friends sit in the runtime itself, where the loader finds them by RUNPATH.
        if (line.contains("not found") && !ownLibraries.contains(line.substring(0, line.indexOf(' ')))) {
          throw new IllegalStateException(elf + " needs a library the build machine lacks: " + line);
        }
        // "libc.so.6 => /lib/x86_64-linux-gnu/libc.so.6 (0x…)" or "/lib64/ld-linux-x86-64.so.2 (0x…)"
        String path = line.contains("=>") ? line.substring(line.indexOf("=>") + 2).strip() : line;
        path = path.replaceFirst("\\s*\\(0x[0-9a-f]+\\)$", "");
        if (path.startsWith("/") && !path.startsWith(runtime.toString())) {
          found.add(path);
        }
      }
    }
    // glibc loads libgcc_s itself when a thread is cancelled; ldd does not list it.
    Stream.of("/lib/x86_64-linux-gnu/libgcc_s.so.1", "/lib/aarch64-linux-gnu/libgcc_s.so.1")
        .filter(p -> Files.exists(Path.of(p)))
        .forEach(found::add);
    return found;
  }

  private static void deleteRecursively(Path folder) throws IOException {
    if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(folder)) {
      for (Path path : paths.sorted((a, b) -> b.compareTo(a)).toList()) {
        Files.delete(path);
      }
    }
  }
}
