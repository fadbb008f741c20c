package dev.revops.core.columnar;

import dev.revops.core.history.DealHistory;
import dev.revops.core.history.StageChange;
import dev.revops.core.pipeline.Stage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Stage histories as columns, immutable once built: the changes of every history one after the
 * other in flat arrays (the stage left and the stage entered as codes into the batch's {@linkplain
 * #stage(int) stages}, the instant as epoch seconds and nanoseconds), and per history the range of
 * its changes ({@link #firstChange}, {@link #endChange}). History {@code h} is the {@code h}-th
 * added; every history can be given back as the {@link DealHistory} it was built from ({@link
 * #history(int)}, equal to it).
 *
 * <p>Limits, each refused with a {@link BatchLimitException} that leaves the builder as it was: at
 * most {@value #MAX_HISTORIES} histories and {@value #MAX_CHANGES} changes a batch (start another
 * past either).
 *
 * <pre>{@code
 * HistoryBatch.Builder builder = HistoryBatch.builder();
 * importer.read(transitions, builder::add, rejected -> {});
 * HistoryBatch histories = builder.build();
 * velocity.addAll(histories);          // as adding DealWithHistory.ofHistory(h) for each history
 * for (int c = histories.firstChange(0); c < histories.endChange(0); c++) {
 *   Stage entered = histories.stage(histories.toCode(c));
 * }
 * }</pre>
 */
public final class HistoryBatch {
  /** The most histories one batch holds. */
  public static final int MAX_HISTORIES = 1 << 28;
  /** The most stage changes one batch holds. */
  public static final int MAX_CHANGES = 1 << 30;

  private final int size;
  private final String[] dealId;
  private final int[] start;
  private final int[] from;
  private final int[] to;
  private final long[] seconds;
  private final int[] nanos;
  private final int[] actor;
  private final int[] reason;
  private final List<Stage> stages;
  private final List<String> notes;

  private HistoryBatch(Builder b) {
    size = b.size;
    int changes = b.start[size];
    dealId = Arrays.copyOf(b.dealId, size);
    start = Arrays.copyOf(b.start, size + 1);
    from = Arrays.copyOf(b.from, changes);
    to = Arrays.copyOf(b.to, changes);
    seconds = Arrays.copyOf(b.seconds, changes);
    nanos = Arrays.copyOf(b.nanos, changes);
    actor = Arrays.copyOf(b.actor, changes);
    reason = Arrays.copyOf(b.reason, changes);
    stages = b.stages.values();
    notes = b.notes.values();
  }

  /**
   * A new, empty builder.
   *
   * <pre>{@code
   * HistoryBatch batch = HistoryBatch.builder().add(h1).add(h2).build();
   * }</pre>
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A batch of the given histories, in order.
   *
   * <pre>{@code
   * HistoryBatch batch = HistoryBatch.of(List.of(h1, h2));   // batch.size() == 2
   * }</pre>
   *
   * @param histories the histories
   * @return the batch
   * @throws BatchLimitException if they do not fit one batch
   */
  public static HistoryBatch of(Iterable<DealHistory> histories) {
    Builder b = builder();
    histories.forEach(b::add);
    return b.build();
  }

  /**
   * How many histories the batch holds.
   *
   * @return the count
   */
  public int size() {
    return size;
  }

  /**
   * How many stage changes the batch holds, over all its histories.
   *
   * @return the count
   */
  public int changeCount() {
    return start[size];
  }

  /**
   * The history at an index, equal to the history added there (built again: a fallback, not a hot
   * path).
   *
   * <pre>{@code
   * HistoryBatch.of(List.of(history)).history(0).equals(history);   // true
   * }</pre>
   *
   * @param h an index, from 0 to {@code size() - 1}
   * @return the history
   */
  public DealHistory history(int h) {
    Objects.checkIndex(h, size);
    List<StageChange> changes = new ArrayList<>(start[h + 1] - start[h]);
    for (int c = start[h]; c < start[h + 1]; c++) {
      changes.add(StageChange.builder().dealId(dealId[h])
          .from(from[c] < 0 ? Optional.empty() : Optional.of(stages.get(from[c]))).to(stages.get(to[c]))
          .at(Instant.ofEpochSecond(seconds[c], nanos[c]))
          .actor(actor[c] < 0 ? Optional.empty() : Optional.of(notes.get(actor[c])))
          .reason(reason[c] < 0 ? Optional.empty() : Optional.of(notes.get(reason[c]))).build());
    }
    return DealHistory.builder().dealId(dealId[h]).addAllChanges(changes).build();
  }

  /**
   * The deal id of a history.
   *
   * @param h a history index
   * @return the id
   */
  public String dealId(int h) {
    return dealId[h];
  }

  /**
   * The index of a history's first change.
   *
   * @param h a history index
   * @return the change index
   */
  public int firstChange(int h) {
    return start[h];
  }

  /**
   * The index after a history's last change: its changes are {@code firstChange(h)} to {@code
   * endChange(h) - 1}, at least one.
   *
   * @param h a history index
   * @return the change index
   */
  public int endChange(int h) {
    return start[h + 1];
  }

  /**
   * The stage a change left.
   *
   * @param c a change index
   * @return its code into {@link #stage(int)}, {@code -1} for a change that created the deal
   */
  public int fromCode(int c) {
    return from[c];
  }

  /**
   * The stage a change entered.
   *
   * @param c a change index
   * @return its code into {@link #stage(int)}
   */
  public int toCode(int c) {
    return to[c];
  }

  /**
   * The instant of a change: whole seconds since the epoch.
   *
   * @param c a change index
   * @return the seconds, as {@link Instant#getEpochSecond()}
   */
  public long epochSecond(int c) {
    return seconds[c];
  }

  /**
   * The instant of a change: the nanoseconds within its second.
   *
   * @param c a change index
   * @return from 0 to 999,999,999, as {@link Instant#getNano()}
   */
  public int nano(int c) {
    return nanos[c];
  }

  /**
   * How a change's instant compares with an instant, without building one.
   *
   * <pre>{@code
   * batch.compareInstant(c, asOf) > 0;   // the change is after the as-of instant
   * }</pre>
   *
   * @param c a change index
   * @param t an instant
   * @return negative, zero or positive as the change is before, at or after {@code t}
   */
  public int compareInstant(int c, Instant t) {
    int bySecond = Long.compare(seconds[c], t.getEpochSecond());
    return bySecond != 0 ? bySecond : Integer.compare(nanos[c], t.getNano());
  }

  /**
   * How the instants of two changes compare.
   *
   * @param c a change index
   * @param d another change index
   * @return negative, zero or positive as change {@code c} is before, with or after change {@code d}
   */
  public int compareInstants(int c, int d) {
    int bySecond = Long.compare(seconds[c], seconds[d]);
    return bySecond != 0 ? bySecond : Integer.compare(nanos[c], nanos[d]);
  }

  /**
   * A stage by its code.
   *
   * @param code a stage code
   * @return the stage
   */
  public Stage stage(int code) {
    return stages.get(code);
  }

  /**
   * How many distinct stages the batch's changes name.
   *
   * @return the count of stage codes
   */
  public int stageCount() {
    return stages.size();
  }

  @Override
  public String toString() {
    return "batch of " + size + " histories, " + changeCount() + " stage changes";
  }

  /** Appends histories to a batch; not thread-safe. */
  public static final class Builder {
    private int size;
    private String[] dealId = new String[16];
    private int[] start = new int[17];
    private int[] from = new int[16];
    private int[] to = new int[16];
    private long[] seconds = new long[16];
    private int[] nanos = new int[16];
    private int[] actor = new int[16];
    private int[] reason = new int[16];
    private final Dictionary<Stage> stages = new Dictionary<>();
    private final Dictionary<String> notes = new Dictionary<>();

    private Builder() {}

    /**
     * Appends a history.
     *
     * <pre>{@code
     * HistoryBatch.Builder b = HistoryBatch.builder();
     * histories.forEach(b::add);
     * }</pre>
     *
     * @param history the history
     * @return this builder
     * @throws BatchLimitException if the batch is full; the builder is then unchanged
     */
    public Builder add(DealHistory history) {
      Objects.requireNonNull(history, "history");
      List<StageChange> changes = history.changes();
      int first = start[size];
      if (size == MAX_HISTORIES || changes.size() > MAX_CHANGES - first) {
        throw new BatchLimitException("a history batch holds at most " + MAX_HISTORIES + " histories and "
            + MAX_CHANGES + " stage changes: the " + changes.size() + " changes of deal " + history.dealId()
            + " do not fit; build this batch and start another");
      }
      grow(size + 1, first + changes.size());
      dealId[size] = history.dealId();
      int c = first;
      for (StageChange change : changes) {
        from[c] = change.from().isPresent() ? stages.code(change.from().get()) : -1;
        to[c] = stages.code(change.to());
        seconds[c] = change.at().getEpochSecond();
        nanos[c] = change.at().getNano();
        actor[c] = notes.codeOrNone(change.actor());
        reason[c] = notes.codeOrNone(change.reason());
        c++;
      }
      size++;
      start[size] = c;
      return this;
    }

    private void grow(int histories, int changes) {
      if (histories > dealId.length) {
        int n = (int) Math.min(MAX_HISTORIES, (long) dealId.length * 2);
        dealId = Arrays.copyOf(dealId, n);
        start = Arrays.copyOf(start, n + 1);
      }
      if (changes > from.length) {
        int n = (int) Math.min(MAX_CHANGES, Math.max(changes, (long) from.length * 2));
        from = Arrays.copyOf(from, n);
        to = Arrays.copyOf(to, n);
        seconds = Arrays.copyOf(seconds, n);
        nanos = Arrays.copyOf(nanos, n);
        actor = Arrays.copyOf(actor, n);
        reason = Arrays.copyOf(reason, n);
      }
    }

    /**
     * How many histories have been added.
     *
     * @return the count
     */
    public int size() {
      return size;
    }

    /**
     * The batch of the histories added so far. The builder stays usable: a later build holds these histories and the ones added after.
     *
     * @return the batch
     */
    public HistoryBatch build() {
      return new HistoryBatch(this);
    }
  }
}
