package dev.revops.examples.cli;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Standard input named as a file: {@code -} or {@code /dev/stdin} on any input option. It is copied
 * once, as it arrives, to a temporary file (deleted on exit), so that everything that reads a file
 * twice works on it as on a file: the layout detected from the header without losing it, a first
 * pass for {@code --as-of latest}, the importers of records that span rows. The copy is bounded by
 * {@link Limits#STANDARD_INPUT_BYTES}; a gzip stream (its magic bytes) is kept as a {@code .gz} copy,
 * read as a {@code .gz} file is.
 */
final class StandardInput {
  private StandardInput() {}

  /** The name reports and messages give standard input. */
  static final String NAME = "standard input";

  private static InputStream copied;
  private static Path copy;

  /** Whether a path names standard input. */
  static boolean names(Path path) {
    String p = path.toString();
    return p.equals("-") || p.equals("/dev/stdin");
  }

  /** The file to read for a path: standard input's copy for {@code -} or {@code /dev/stdin}, else the path. */
  static Path local(Path path) {
    return names(path) ? copy() : path;
  }

  /** A path as messages show it: {@value #NAME} for standard input and its copy. */
  static String shown(Path path) {
    synchronized (StandardInput.class) {
      return names(path) || path.equals(copy) ? NAME : path.toString();
    }
  }

  /** Standard input's copy, made on first use (again only when {@code System.in} was replaced, as tests do). */
  static synchronized Path copy() {
    if (copy != null && copied == System.in) {
      return copy;
    }
    InputStream in = new BufferedInputStream(System.in);
    try {
      in.mark(2);
      boolean gzip = in.read() == 0x1f && in.read() == 0x8b;
      in.reset();
      Path file = Files.createTempFile("revops-stdin-", gzip ? ".csv.gz" : ".csv");
      file.toFile().deleteOnExit();
      // Not a file of the user's: a fresh temporary file of ours, so there is no earlier content to keep
      // whole; a failed or over-long copy deletes it and says so, and nothing reads a partial copy.
      try (OutputStream out = Files.newOutputStream(file)) {
        new BoundedInput(in, Limits.STANDARD_INPUT_BYTES).transferTo(out);
      } catch (BoundedInput.TooLong e) {
        Files.deleteIfExists(file);
        throw new CliException(String.format(Locale.ROOT, "standard input has more than %,d bytes: give a file "
            + "instead", Limits.STANDARD_INPUT_BYTES), e);
      } catch (IOException e) {
        Files.deleteIfExists(file);
        throw e;
      }
      copied = System.in;
      copy = file;
      return file;
    } catch (IOException e) {
      throw new CliException("cannot read " + NAME + ": " + Inputs.reason(e), e);
    }
  }
}
