package dev.revops.examples.cli;

import java.io.BufferedInputStream;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Standard input named as a file ({@code -} or {@code /dev/stdin} on any input option), and any other
 * input that is not a regular file: a named pipe, a process substitution ({@code <(zcat x.gz)}, a
 * {@code /dev/fd/N}), a device. Such an input can be read only once, so it is copied once, as it
 * arrives, to a temporary file (deleted on exit), and everything that reads a file twice works on it
 * as on a file: the layout detected from the header without losing it, a first pass for {@code
 * --as-of latest}, the importers of records that span rows. The copy is bounded by {@link
 * Limits#STANDARD_INPUT_BYTES}; a gzip stream (its magic bytes, or a name ending in {@code .gz}) is
 * kept as a {@code .gz} copy, read as a {@code .gz} file is.
 */
final class StandardInput {
  private StandardInput() {}

  /** The name reports and messages give standard input. */
  static final String NAME = "standard input";

  private static InputStream copied;
  private static Path copy;
  /** The copies of pipes and other inputs that are not regular files, by the path named. */
  private static final Map<Path, Path> streamCopies = new HashMap<>();

  /** Whether a path names standard input. */
  static boolean names(Path path) {
    String p = path.toString();
    return p.equals("-") || p.equals("/dev/stdin");
  }

  /**
   * The file to read for a path: standard input's copy for {@code -} or {@code /dev/stdin}, the copy
   * of a named pipe or other stream that is not a regular file, else the path.
   */
  static Path local(Path path) {
    if (names(path)) {
      return copy();
    }
    return isStream(path) ? streamCopy(path) : path;
  }

  /** Whether a path exists and is a stream read once (not a regular file, not a folder). */
  private static boolean isStream(Path path) {
    return Files.exists(path) && !Files.isRegularFile(path) && !Files.isDirectory(path);
  }

  /** A path as messages show it: {@value #NAME} for standard input and its copy, a pipe's own name for its copy. */
  static String shown(Path path) {
    synchronized (StandardInput.class) {
      if (names(path) || path.equals(copy)) {
        return NAME;
      }
      for (Map.Entry<Path, Path> e : streamCopies.entrySet()) {
        if (e.getValue().equals(path)) {
          return e.getKey().toString();
        }
      }
      return path.toString();
    }
  }

  /**
   * Forgets the copies of pipes made by an earlier command in this JVM (tests, an embedder running
   * the CLI twice): a pipe named again is a new stream, to be copied again.
   */
  static synchronized void forgetPipes() {
    for (Path copied : streamCopies.values()) {
      try {
        Files.deleteIfExists(copied);
      } catch (IOException e) {
        // a temporary file of ours, also deleted on exit
      }
    }
    streamCopies.clear();
  }

  /** Standard input's copy, made on first use (again only when {@code System.in} was replaced, as tests do). */
  static synchronized Path copy() {
    if (copy != null && copied == System.in) {
      return copy;
    }
    try {
      Path file = copyOf(new BufferedInputStream(System.in), NAME, false);
      copied = System.in;
      copy = file;
      return file;
    } catch (IOException e) {
      throw new CliException("cannot read " + NAME + ": " + Inputs.reason(e), e);
    }
  }

  /** A pipe's copy, made the first time the pipe is named (a pipe gives its bytes once). */
  private static synchronized Path streamCopy(Path path) {
    Path done = streamCopies.get(path);
    if (done != null) {
      return done;
    }
    boolean gzName = path.getFileName() != null
        && path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz");
    // a FileInputStream, not Files.newInputStream: the latter's channel asks a pipe for its position
    try (InputStream in = new BufferedInputStream(new FileInputStream(path.toFile()))) {
      Path file = copyOf(in, path.toString(), gzName);
      streamCopies.put(path, file);
      return file;
    } catch (IOException e) {
      throw new CliException("cannot read " + path + ": " + Inputs.reason(e), e);
    }
  }

  /** Copies a stream to a fresh temporary file, within the bound; a gzip stream keeps a {@code .gz} name. */
  private static Path copyOf(InputStream in, String shown, boolean gzName) throws IOException {
    in.mark(2);
    boolean gzip = gzName || in.read() == 0x1f && in.read() == 0x8b;
    in.reset();
    Path file = Files.createTempFile("revops-stdin-", gzip ? ".csv.gz" : ".csv");
    file.toFile().deleteOnExit();
    // Not a file of the user's: a fresh temporary file of ours, so there is no earlier content to keep
    // whole; a failed or over-long copy deletes it and says so, and nothing reads a partial copy.
    try (OutputStream out = Files.newOutputStream(file)) {
      new BoundedInput(in, Limits.STANDARD_INPUT_BYTES).transferTo(out);
    } catch (BoundedInput.TooLong e) {
      Files.deleteIfExists(file);
      throw new CliException(String.format(Locale.ROOT, "%s has more than %,d bytes: give a regular file "
          + "instead", shown, Limits.STANDARD_INPUT_BYTES), e);
    } catch (IOException e) {
      Files.deleteIfExists(file);
      throw e;
    }
    return file;
  }
}
