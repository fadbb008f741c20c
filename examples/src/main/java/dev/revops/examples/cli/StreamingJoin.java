package dev.revops.examples.cli;

import dev.revops.core.deal.Deal;
import dev.revops.core.io.ImportReport;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Joins deals to their stage histories while both files stream: the deals are read on a second
 * thread into a bounded queue, and each history takes its deal from the deals read so far, reading
 * on until it appears. Memory holds only the deals read and not joined yet: none when the two files
 * are in the same deal order (as exports sorted by deal id are), every deal at worst (files in
 * unrelated orders, or histories of deals the deals file lacks), as an index would.
 *
 * <p>Deals waiting beyond {@value #PENDING_LIMIT} move to a compact {@link DealIndex}. Deals no
 * history took are handed over at the end, in file order. Not thread-safe: one join, one thread
 * calling {@link #join} then {@link #finish}.
 */
final class StreamingJoin implements AutoCloseable {
  /** Deals kept as objects while waiting for their history; older ones go to the index. */
  static final int PENDING_LIMIT = 50_000;

  private static final int BATCH = 1_000;

  /** A batch of deals, or the end of the file (with its report), or the reader's failure. */
  private record Batch(List<Deal> deals, ImportReport report, Throwable failure) {}

  private final BlockingQueue<Batch> queue = new ArrayBlockingQueue<>(16);
  private final Thread reader;
  private final LinkedHashMap<String, Deal> pending = new LinkedHashMap<>();
  private final DealIndex spilled;
  private final int pendingLimit;
  private Iterator<Deal> current = List.<Deal>of().iterator();
  private ImportReport report;
  private volatile boolean closed;

  /**
   * Starts reading the deals.
   *
   * @param index an empty index, for deals that wait long
   * @param read reads every deal into the consumer it is given, returning the import report
   */
  StreamingJoin(DealIndex index, Function<Consumer<Deal>, ImportReport> read) {
    this(index, read, PENDING_LIMIT);
  }

  /** A join keeping at most {@code pendingLimit} waiting deals as objects. */
  StreamingJoin(DealIndex index, Function<Consumer<Deal>, ImportReport> read, int pendingLimit) {
    this.spilled = index;
    this.pendingLimit = pendingLimit;
    this.reader = new Thread(() -> {
      List<Deal> batch = new ArrayList<>(BATCH);
      try {
        ImportReport r = read.apply(d -> {
          batch.add(d);
          if (batch.size() == BATCH) {
            put(new Batch(List.copyOf(batch), null, null));
            batch.clear();
          }
        });
        put(new Batch(List.copyOf(batch), null, null));
        put(new Batch(List.of(), r, null));
      } catch (RuntimeException | Error e) {
        // handed to the histories' thread, which would otherwise wait for deals forever
        if (!closed) {
          put(new Batch(List.of(), null, e));
        }
      }
    }, "revops-deals-reader");
    reader.setDaemon(true);
    reader.start();
  }

  /**
   * The deal with an id, reading deals until it appears; null when the deals file has none.
   *
   * @param id a history's deal id
   * @return the deal, or null
   */
  Deal join(String id) {
    Deal d = pending.remove(id);
    if (d != null) {
      return d;
    }
    d = spilled.join(id);
    if (d != null) {
      return d;
    }
    while (true) {
      Deal next = next();
      if (next == null) {
        return null;
      }
      if (next.id().equals(id)) {
        return next;
      }
      pending.put(next.id(), next);
      if (pending.size() > pendingLimit) {
        Iterator<Map.Entry<String, Deal>> eldest = pending.entrySet().iterator();
        spilled.add(eldest.next().getValue());
        eldest.remove();
      }
    }
  }

  /**
   * Reads the rest of the deals and hands over every deal no history took, in file order.
   *
   * @param action receives each
   * @return the deals' import report
   */
  ImportReport finish(Consumer<Deal> action) {
    spilled.forEachUnjoined(action);
    pending.values().forEach(action);
    pending.clear();
    for (Deal d = next(); d != null; d = next()) {
      action.accept(d);
    }
    return report;
  }

  /** Deals read and not joined yet, as objects and in the index: what the join holds. */
  int waiting() {
    return pending.size() + spilled.size();
  }

  /** Reads the rest of the deals, for their report, handing over none. */
  ImportReport finish() {
    return finish(d -> {});
  }

  private Deal next() {
    while (!current.hasNext()) {
      if (report != null) {
        return null;
      }
      Batch b = take();
      if (b.failure() instanceof RuntimeException e) {
        throw e;
      }
      if (b.failure() instanceof Error e) {
        throw e;
      }
      if (b.report() != null) {
        report = b.report();
        return null;
      }
      current = b.deals().iterator();
    }
    return current.next();
  }

  private Batch take() {
    try {
      return queue.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CliException("interrupted while reading the deals", e);
    }
  }

  /** Waits for the histories to catch up; once the join is closed, stops the reading. */
  private void put(Batch b) {
    try {
      while (!queue.offer(b, 100, TimeUnit.MILLISECONDS)) {
        if (closed) {
          throw new IllegalStateException("the join was closed before the deals were read");
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading the deals", e);
    }
  }

  /** Stops the reader when the join ends early (a failure on the histories' side). */
  @Override
  public void close() {
    closed = true;
    reader.interrupt();
  }
}
