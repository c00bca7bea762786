package io.supportflow.infra.local;

import io.supportflow.infra.stack.StackStartupException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Keeps a second launcher off the same data folder. The operating system drops the lock when the
 * launcher dies, however it dies, so a stale lock file never blocks a start.
 */
record StackLock(Path file, FileChannel channel, FileLock lock) implements AutoCloseable {

  static final String FILE_NAME = "stack.lock";

  static StackLock acquire(Path dataDir) {
    Path file = dataDir.resolve(FILE_NAME);
    try {
      Files.createDirectories(dataDir);
      FileChannel channel =
          FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.READ);
      FileLock lock;
      try {
        lock = channel.tryLock();
      } catch (OverlappingFileLockException e) {
        lock = null;
      }
      if (lock == null) {
        String holder = new String(Files.readAllBytes(file), StandardCharsets.UTF_8).trim();
        channel.close();
        throw new StackStartupException(
            "Another local stack uses " + dataDir + " (launcher pid " + holder + ") — is the stack already running?");
      }
      channel.truncate(0);
      channel.write(ByteBuffer.wrap(String.valueOf(ProcessHandle.current().pid()).getBytes(StandardCharsets.UTF_8)));
      return new StackLock(file, channel, lock);
    } catch (IOException e) {
      throw new StackStartupException("Cannot lock " + file + ": " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    try {
      Files.deleteIfExists(file);
      lock.release();
      channel.close();
    } catch (IOException e) {
      // Nothing left to protect: the process is stopping.
    }
  }
}
