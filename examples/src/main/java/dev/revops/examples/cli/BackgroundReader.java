package dev.revops.examples.cli;

import dev.revops.core.io.ImportReport;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The records of a file read on a second thread, as an iterator: the reader pushes batches into a
 * bounded queue (16 batches of 1,000 records at most), so memory stays bounded however far the
 * file's reading runs ahead of its consumer. The import report is there once the iterator is
 * exhausted; a failure of the reader is thrown by the iterator. Close it to stop the reader early.
 *
 * @param <T> the record type
 */
final class BackgroundReader<T> implements Iterator<T>, AutoCloseable {
  private static final int BATCH = 1_000;

  /** A batch of records, or the end of the file (with its report), or the reader's failure. */
  private record Batch<T>(List<T> records, ImportReport report, Throwable failure) {}

  private final BlockingQueue<Batch<T>> queue = new ArrayBlockingQueue<>(16);
  private final Thread reader;
  private Iterator<T> current = List.<T>of().iterator();
  private ImportReport report;
  private volatile boolean closed;

  /**
   * Starts reading.
   *
   * @param read reads every record into the consumer it is given, returning the import report
   * @param name the reader thread's name
   */
  BackgroundReader(Function<Consumer<T>, ImportReport> read, String name) {
    this.reader = new Thread(() -> {
      List<T> batch = new ArrayList<>(BATCH);
      try {
        ImportReport r = read.apply(t -> {
          batch.add(t);
          if (batch.size() == BATCH) {
            put(new Batch<>(List.copyOf(batch), null, null));
            batch.clear();
          }
        });
        put(new Batch<>(List.copyOf(batch), null, null));
        put(new Batch<>(List.of(), r, null));
      } catch (RuntimeException | Error e) {
        // handed to the consuming thread, which would otherwise wait for records forever
        if (!closed) {
          put(new Batch<>(List.of(), null, e));
        }
      }
    }, name);
    reader.setDaemon(true);
    reader.start();
  }

  @Override
  public boolean hasNext() {
    while (!current.hasNext()) {
      if (report != null) {
        return false;
      }
      Batch<T> b = take();
      if (b.failure() instanceof RuntimeException e) {
        throw e;
      }
      if (b.failure() instanceof Error e) {
        throw e;
      }
      if (b.report() != null) {
        report = b.report();
        return false;
      }
      current = b.records().iterator();
    }
    return true;
  }

  @Override
  public T next() {
    if (!hasNext()) {
      throw new NoSuchElementException("the file was read to its end");
    }
    return current.next();
  }

  /**
   * The file's import report.
   *
   * @return the report
   * @throws IllegalStateException if the iterator is not exhausted yet
   */
  ImportReport report() {
    if (report == null) {
      throw new IllegalStateException("the file is not read to its end yet");
    }
    return report;
  }

  private Batch<T> take() {
    try {
      return queue.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CliException("interrupted while reading", e);
    }
  }

  /** Waits for the consumer to catch up; once closed, stops the reading. */
  private void put(Batch<T> b) {
    try {
      while (!queue.offer(b, 100, TimeUnit.MILLISECONDS)) {
        if (closed) {
          throw new IllegalStateException("the reading was stopped before the end of the file");
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading", e);
    }
  }

  /**
   * Stops the reader when the consumer ends early (a failure on its side), and waits for it to end
   * (a few seconds at most), so that what it cleans up on its way out (temp files) is gone on return.
   */
  @Override
  public void close() {
    closed = true;
    reader.interrupt();
    try {
      reader.join(10_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
