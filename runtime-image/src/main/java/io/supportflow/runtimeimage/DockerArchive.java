package io.supportflow.runtimeimage;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.tar.TarConstants;

/**
 * Writes a one-layer image in the format of {@code docker save} (manifest.json, the config, the
 * layer), which Jib reads as a base image from {@code tar://}. Entries are sorted and dated at the
 * epoch, so the same files give the same layer digest on every machine.
 */
final class DockerArchive {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String LAYER = "layer.tar.gz";
  private static final String CONFIG = "config.json";

  private DockerArchive() {}

  static void write(Path rootfs, String tag, Path archive) throws IOException {
    Path layer = archive.resolveSibling(LAYER);
    String diffId = writeLayer(rootfs, layer);
    byte[] config = JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(config(diffId));
    ArrayNode manifest = JSON.createArrayNode();
    ObjectNode image = manifest.addObject().put("Config", CONFIG);
    image.putArray("RepoTags").add(tag);
    image.putArray("Layers").add(LAYER);
    try (var tar = new TarArchiveOutputStream(Files.newOutputStream(archive))) {
      addBytes(tar, "manifest.json", JSON.writeValueAsBytes(manifest));
      addBytes(tar, CONFIG, config);
      TarArchiveEntry entry = new TarArchiveEntry(LAYER);
      entry.setSize(Files.size(layer));
      entry.setModTime(0);
      tar.putArchiveEntry(entry);
      Files.copy(layer, tar);
      tar.closeArchiveEntry();
    }
    Files.delete(layer);
  }

  private static ObjectNode config(String diffId) {
    ObjectNode config = JSON.createObjectNode();
    config.put("architecture", architecture()).put("os", "linux").put("created", "1970-01-01T00:00:00Z");
    ObjectNode runtime = config.putObject("config");
    runtime
        .putArray("Env")
        .add("PATH=/" + RootFilesystem.JAVA_HOME + "/bin:/usr/bin:/bin")
        .add("JAVA_HOME=/" + RootFilesystem.JAVA_HOME)
        .add("LANG=C.UTF-8");
    runtime.put("User", RootFilesystem.USER_ID + ":" + RootFilesystem.USER_ID);
    runtime.put("WorkingDir", "/home/nonroot");
    ObjectNode rootfs = config.putObject("rootfs").put("type", "layers");
    rootfs.putArray("diff_ids").add(diffId);
    config
        .putArray("history")
        .addObject()
        .put("created", "1970-01-01T00:00:00Z")
        .put("created_by", "SupportFlow runtime-image: jlink of " + System.getProperty("java.vm.version"));
    return config;
  }

  /** Writes the gzipped layer and returns its diff id (the digest of the uncompressed tar). */
  private static String writeLayer(Path rootfs, Path layer) throws IOException {
    MessageDigest sha256 = sha256();
    try (OutputStream file = Files.newOutputStream(layer);
        var gzip = new GZIPOutputStream(file, 1 << 16);
        var digest = new DigestOutputStream(gzip, sha256);
        var tar = new TarArchiveOutputStream(digest)) {
      tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
      tar.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
      List<Path> paths;
      try (Stream<Path> walk = Files.walk(rootfs)) {
        paths = walk.filter(p -> !p.equals(rootfs)).sorted().toList();
      }
      for (Path path : paths) {
        addPath(tar, rootfs, path);
      }
    }
    return "sha256:" + HexFormat.of().formatHex(sha256.digest());
  }

  private static void addPath(TarArchiveOutputStream tar, Path rootfs, Path path) throws IOException {
    String name = rootfs.relativize(path).toString().replace('\\', '/');
    TarArchiveEntry entry;
    boolean regularFile = false;
    if (Files.isSymbolicLink(path)) {
      entry = new TarArchiveEntry(name, TarConstants.LF_SYMLINK);
      entry.setLinkName(Files.readSymbolicLink(path).toString());
      entry.setMode(0120777);
    } else if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
      entry = new TarArchiveEntry(name + "/");
      // /tmp is written by anyone (sticky); everything else is read-only for the non-root user.
      entry.setMode(name.equals("tmp") ? 041777 : 040755);
    } else {
      entry = new TarArchiveEntry(name);
      regularFile = true;
      entry.setSize(Files.size(path));
      entry.setMode(0100000 | mode(path));
    }
    entry.setModTime(0);
    boolean home = name.equals("home/nonroot");
    entry.setUserId(home ? RootFilesystem.USER_ID : 0);
    entry.setGroupId(home ? RootFilesystem.USER_ID : 0);
    entry.setUserName(home ? "nonroot" : "root");
    entry.setGroupName(home ? "nonroot" : "root");
    tar.putArchiveEntry(entry);
    if (regularFile) {
      Files.copy(path, tar);
    }
    tar.closeArchiveEntry();
  }

  /** Executables stay executable (by everyone); nothing is writable but by root. */
  private static int mode(Path file) throws IOException {
    Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file, LinkOption.NOFOLLOW_LINKS);
    return permissions.contains(PosixFilePermission.OWNER_EXECUTE) ? 0755 : 0644;
  }

  private static void addBytes(TarArchiveOutputStream tar, String name, byte[] bytes) throws IOException {
    TarArchiveEntry entry = new TarArchiveEntry(name);
    entry.setSize(bytes.length);
    entry.setModTime(0);
    tar.putArchiveEntry(entry);
    tar.write(bytes);
    tar.closeArchiveEntry();
  }

  private static String architecture() {
    String arch = System.getProperty("os.arch");
    return switch (arch) {
      case "amd64", "x86_64" -> "amd64";
      case "aarch64", "arm64" -> "arm64";
      default -> arch;
    };
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
