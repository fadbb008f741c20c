package dev.revops.examples.cli;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A stream that ends in {@link TooLong} after {@code max} bytes: a file read whole (the books) stays
 * within its limit even when its size cannot be known before reading it (a pipe) or changes while
 * it is read.
 */
final class BoundedInput extends FilterInputStream {
  /** Thrown when the stream has more bytes than its limit. */
  static final class TooLong extends IOException {
    private static final long serialVersionUID = 1L;

    TooLong(long max) {
      super("more than " + max + " bytes");
    }
  }

  private final long max;
  private long read;

  BoundedInput(InputStream in, long max) {
    super(in);
    this.max = max;
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      count(1);
    }
    return b;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    int n = super.read(b, off, len);
    if (n > 0) {
      count(n);
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    long skipped = super.skip(n);
    count(skipped);
    return skipped;
  }

  private void count(long n) throws TooLong {
    read += n;
    if (read > max) {
      throw new TooLong(max);
    }
  }
}
