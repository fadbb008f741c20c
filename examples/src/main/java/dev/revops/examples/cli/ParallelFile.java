package dev.revops.examples.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A CSV file on disk read on several threads: mapped into memory and given to an importer's
 * parallel read ({@code DealCsvImporter.read(ByteBuffer, ...)}), whose result is the serial read's.
 * Only a plain UTF-8 file qualifies: standard input, a {@code .gz} file, another encoding, a file
 * over 2 GiB (one mapping) or one thread are read serially, as before.
 */
final class ParallelFile {
  private ParallelFile() {}

  /** How a parallel read of a buffer runs: the importer's read with the caller's consumers bound. */
  @FunctionalInterface
  interface BufferRead<R> {
    R read(ByteBuffer utf8, ExecutorService pool, int threads) throws IOException;
  }

  /**
   * The default thread count: one. Measured on 2 cores, two threads read a million deals more slowly
   * than one (records parsed ahead cost more in memory and collection than the second core saves).
   */
  static int defaultThreads() {
    return 1;
  }

  /** Whether {@code file} is read in parallel with {@code threads} threads in this encoding. */
  static boolean applies(Path file, Charset encoding, int threads) {
    if (threads < 2 || StandardInput.names(file) || !StandardCharsets.UTF_8.equals(encoding)) {
      return false;
    }
    Path name = file.getFileName();
    // a named pipe or a process substitution (/dev/fd/N) is read serially from its copy
    return name != null && !name.toString().toLowerCase(Locale.ROOT).endsWith(".gz")
        && Files.isRegularFile(file);
  }

  /**
   * Maps the file and runs the read on a pool of {@code threads} daemon threads, shut down after.
   * Returns null when the file is too large for one mapping (the caller then reads it serially).
   */
  static <R> R read(Path file, int threads, BufferRead<R> read) throws IOException {
    ByteBuffer bytes;
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
      long size = ch.size();
      if (size > Integer.MAX_VALUE) {
        return null;
      }
      bytes = ch.map(FileChannel.MapMode.READ_ONLY, 0, size);
    }
    AtomicInteger n = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "revops-parse-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
    try {
      return read.read(bytes, pool, threads);
    } finally {
      pool.shutdownNow();
    }
  }
}
