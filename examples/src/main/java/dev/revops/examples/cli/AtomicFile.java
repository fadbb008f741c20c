package dev.revops.examples.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.function.UnaryOperator;

/**
 * Writes a file all at once or not at all: every file the CLI writes (books, saved models, sample
 * files) goes through here.
 *
 * <p>The contents go to a temporary file in the target's folder ({@code .NAME.RANDOM.tmp}, so it
 * is on the same file system), which is forced to disk and then renamed over the target with an
 * atomic move; the folder is forced too, so the rename survives a crash. A reader sees the previous
 * file or the new one, never part of one. When anything fails (the disk is full, the process is
 * told to stop) the temporary file is deleted and the previous file is left as it was.
 *
 * <p>A symbolic link is followed: the file it points to is replaced, the link stays. A path that
 * names a device or a pipe ({@code /dev/null}) is refused: a rename would replace it with a file.
 *
 * <p>Where the file system cannot rename atomically, the temporary file is moved over the target
 * with a plain replacing move: a crash at that very moment may then leave the previous file or no
 * file, but the new contents are complete on disk before the move starts.
 */
final class AtomicFile {
  /** What writes the contents. */
  @FunctionalInterface
  interface Contents {
    void writeTo(Writer out) throws IOException;
  }

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final AtomicFile DEFAULT = new AtomicFile(UnaryOperator.identity());

  private final UnaryOperator<OutputStream> seam;

  /**
   * A writer whose output stream passes through {@code seam} (the tests put one there that fails
   * part-way).
   */
  AtomicFile(UnaryOperator<OutputStream> seam) {
    this.seam = seam;
  }

  /** Writes text, UTF-8, atomically; a one-line error naming the file and the reason on failure. */
  static void write(Path target, String text) {
    DEFAULT.writeText(target, out -> out.write(text));
  }

  /** Writes what {@code contents} writes, UTF-8, atomically. */
  static void write(Path target, Contents contents) {
    DEFAULT.writeText(target, contents);
  }

  void writeText(Path target, Contents contents) {
    Path absolute = real(target);
    Path folder = absolute.getParent();
    if (Files.isDirectory(absolute)) {
      throw new CliException("cannot write " + target + ": is a directory");
    }
    if (Files.exists(absolute) && !Files.isRegularFile(absolute)) {
      // renaming over a device or a pipe (/dev/null, /dev/stdout) would replace it with a file
      throw new CliException("cannot write " + target + ": not a regular file (a device or a pipe); give a file");
    }
    if (folder == null || !Files.isDirectory(folder)) {
      throw new CliException("cannot write " + target + ": no such folder " + (folder == null ? "" : folder));
    }
    Path temp = folder.resolve("." + absolute.getFileName() + "." + HexFormat.of().toHexDigits(RANDOM.nextLong())
        + ".tmp");
    try {
      try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
        Writer out = new BufferedWriter(new OutputStreamWriter(seam.apply(Channels.newOutputStream(channel)),
            StandardCharsets.UTF_8));
        contents.writeTo(out);
        out.flush();
        channel.force(true);
      }
      move(temp, absolute);
    } catch (IOException e) {
      deleteQuietly(temp, e);
      throw new CliException("cannot write " + target + ": " + Inputs.reason(e), e);
    } catch (RuntimeException | Error e) {
      deleteQuietly(temp, e);
      throw e;
    }
    forceFolder(folder);
  }

  /** The file a path names, through symbolic links: a link to the books is renamed over the books, not the link. */
  private static Path real(Path target) {
    Path absolute = target.toAbsolutePath();
    try {
      return Files.exists(absolute) ? absolute.toRealPath() : absolute;
    } catch (IOException e) {
      throw new CliException("cannot write " + target + ": " + Inputs.reason(e), e);
    }
  }

  private static void deleteQuietly(Path temp, Throwable failure) {
    try {
      Files.deleteIfExists(temp);
    } catch (IOException | RuntimeException e) {
      failure.addSuppressed(e);
    }
  }

  private static void move(Path temp, Path target) throws IOException {
    try {
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** Makes the rename durable where the system allows forcing a folder (not on Windows: skipped). */
  private static void forceFolder(Path folder) {
    try (FileChannel dir = FileChannel.open(folder, StandardOpenOption.READ)) {
      dir.force(true);
    } catch (IOException | RuntimeException e) {
      // a folder cannot be opened or forced on every system; the file itself is on disk already
    }
  }
}
