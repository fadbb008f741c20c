package dev.revops.examples.cli;

import dev.revops.core.spill.RunStore;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.NoSuchElementException;
import java.util.PrimitiveIterator;

/**
 * The library's {@link RunStore} on disk: sorted runs of ints appended to one temp file (4 bytes a
 * value) in a fresh directory, created at the first run written (a command whose values fit in
 * memory never touches the disk), read back with a 64 KB buffer per open run. {@link #close()}
 * deletes the file and the directory, also after a failure; the command closes it in a
 * try-with-resources around the reading and the result. Not thread-safe.
 */
final class DiskRuns implements RunStore, AutoCloseable {
  private static final int BUFFER = 1 << 16;

  private final Path parent;
  private final String what;
  private final PrintWriter err;
  private Path dir;
  private Path file;
  private FileChannel channel;
  private long end;

  /**
   * A store writing under {@code parent} (the system's temp directory when null).
   *
   * @param parent where the fresh directory goes, or null
   * @param what what is stored, for messages ("stage durations")
   * @param err where a failure to delete is a warning
   */
  DiskRuns(Path parent, String what, PrintWriter err) {
    this.parent = parent;
    this.what = what;
    this.err = err;
  }

  @Override
  public Run write(int[] sorted, int from, int to) {
    FileChannel ch = channel();
    long start = end;
    ByteBuffer buf = buffer(to - from);
    try {
      for (int i = from; i < to; i++) {
        if (!buf.hasRemaining()) {
          end += flush(ch, buf, end);
        }
        buf.putInt(sorted[i]);
      }
      end += flush(ch, buf, end);
    } catch (IOException e) {
      throw failed("write", e);
    }
    return run(start, to - from);
  }

  @Override
  public Run write(PrimitiveIterator.OfInt sorted, long count) {
    FileChannel ch = channel();
    long start = end;
    ByteBuffer buf = buffer(count);
    try {
      for (long i = 0; i < count; i++) {
        if (!buf.hasRemaining()) {
          end += flush(ch, buf, end);
        }
        buf.putInt(sorted.nextInt());
      }
      end += flush(ch, buf, end);
    } catch (IOException e) {
      throw failed("write", e);
    }
    return run(start, count);
  }

  /** A buffer for {@code count} values, at most {@value #BUFFER} bytes: a short run gets a short buffer. */
  private static ByteBuffer buffer(long count) {
    return ByteBuffer.allocate((int) Math.max(Integer.BYTES, Math.min(BUFFER, count * Integer.BYTES)));
  }

  private static int flush(FileChannel ch, ByteBuffer buf, long at) throws IOException {
    buf.flip();
    int n = buf.remaining();
    long pos = at;
    while (buf.hasRemaining()) {
      pos += ch.write(buf, pos);
    }
    buf.clear();
    return n;
  }

  private Run run(long start, long count) {
    return new Run() {
      @Override
      public long size() {
        return count;
      }

      @Override
      public PrimitiveIterator.OfInt open() {
        return new Cursor(start, count);
      }
    };
  }

  /** Reads one run back, a buffer at a time. */
  private final class Cursor implements PrimitiveIterator.OfInt {
    private final ByteBuffer buf;
    private long position;
    private long left;

    Cursor(long start, long count) {
      this.buf = buffer(count);
      this.position = start;
      this.left = count;
      buf.limit(0);
    }

    @Override
    public boolean hasNext() {
      return left > 0;
    }

    @Override
    public int nextInt() {
      if (left == 0) {
        throw new NoSuchElementException();
      }
      if (buf.remaining() < Integer.BYTES) {
        fill();
      }
      left--;
      return buf.getInt();
    }

    private void fill() {
      buf.clear();
      buf.limit((int) Math.min(BUFFER, left * Integer.BYTES));
      try {
        while (buf.hasRemaining()) {
          int n = channel.read(buf, position);
          if (n < 0) {
            throw new IOException("the file ended early (changed by someone else?)");
          }
          position += n;
        }
      } catch (IOException e) {
        throw failed("read", e);
      }
      buf.flip();
    }
  }

  private FileChannel channel() {
    if (channel == null) {
      try {
        dir = parent == null ? Files.createTempDirectory("revops-spill-")
            : Files.createTempDirectory(parent, "revops-spill-");
        file = dir.resolve("runs.bin");
        channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.READ,
            StandardOpenOption.WRITE);
      } catch (IOException e) {
        throw failed("create", e);
      }
    }
    return channel;
  }

  private CliException failed(String verb, IOException e) {
    return new CliException("cannot " + verb + " the temp file of " + what + " under "
        + (dir != null ? dir : parent != null ? parent : "the system's temp directory") + ": " + Inputs.reason(e), e);
  }

  /** Whether a directory was created (a run was written), for tests. */
  boolean used() {
    return dir != null;
  }

  /**
   * Deletes the file and the directory; a failure is a warning, so that it never hides the
   * command's own outcome.
   */
  @Override
  public void close() {
    try {
      if (channel != null) {
        channel.close();
      }
      if (file != null) {
        Files.deleteIfExists(file);
      }
      if (dir != null) {
        Files.deleteIfExists(dir);
      }
    } catch (IOException e) {
      err.println("revops: warning: cannot delete the temp directory " + dir + ": " + Inputs.reason(e));
      err.flush();
    }
  }
}
