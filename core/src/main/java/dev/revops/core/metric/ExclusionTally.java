package dev.revops.core.metric;

import dev.revops.core.aggregate.Accumulator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Counts records left out of a computation, by reason, with a few example ids: the accumulator
 * behind every result's {@link Exclusion}s.
 *
 * <p>An {@link Accumulator} of {@link Excluded} records. Mergeable: the examples kept are the smallest ids (in {@link String} order), so any split of
 * the records, tallied apart and merged in any order, gives the same result as one pass. Not
 * thread-safe; use one per thread and {@link #merge} them.
 *
 * <pre>{@code
 * ExclusionTally excluded = new ExclusionTally(3);
 * excluded.add(Excluded.of("closed", "D7"));   // or excluded.add("closed", "D7")
 * excluded.result();   // [closed: 1]
 * }</pre>
 */
public final class ExclusionTally implements Accumulator<Excluded, List<Exclusion>, ExclusionTally> {
  private static final class Reason {
    long count;
    final TreeSet<String> examples = new TreeSet<>();
  }

  private final int maxExamples;
  private final Map<String, Reason> reasons = new TreeMap<>();

  /**
   * An empty tally.
   *
   * @param maxExamples how many example ids to keep per reason, at least 0
   */
  public ExclusionTally(int maxExamples) {
    if (maxExamples < 0) {
      throw new IllegalArgumentException("maxExamples must not be negative, was " + maxExamples);
    }
    this.maxExamples = maxExamples;
  }

  /**
   * Counts one record left out.
   *
   * @param record the record's reason and id
   */
  @Override
  public void add(Excluded record) {
    Objects.requireNonNull(record, "record");
    Reason r = reasons.computeIfAbsent(record.reason(), k -> new Reason());
    r.count++;
    keep(r.examples, record.id());
  }

  /**
   * Counts one record left out: the same as {@code add(Excluded.of(reason, id))}.
   *
   * @param reason why it was excluded, a short stable phrase
   * @param id the record's id
   */
  public void add(String reason, String id) {
    add(Excluded.of(reason, id));
  }

  private void keep(TreeSet<String> examples, String id) {
    if (maxExamples == 0) {
      return;
    }
    // a full list whose last example sorts before the id (or is it) would add it and take it out
    // again: left as it is, without the insert (most excluded records of a large batch end here)
    if (examples.size() == maxExamples && examples.last().compareTo(id) <= 0) {
      return;
    }
    examples.add(id);
    if (examples.size() > maxExamples) {
      examples.pollLast();
    }
  }

  /**
   * Adds another tally's counts into this one.
   *
   * @param other a tally of other records, keeping as many examples
   * @return this tally
   * @throws IllegalArgumentException if {@code other} is this tally or keeps another number of examples
   */
  @Override
  public ExclusionTally merge(ExclusionTally other) {
    MergeCheck.of("exclusion tally", this, other).same("maxExamples", maxExamples, other.maxExamples);
    other.reasons.forEach((reason, o) -> {
      Reason r = reasons.computeIfAbsent(reason, k -> new Reason());
      r.count += o.count;
      o.examples.forEach(id -> keep(r.examples, id));
    });
    return this;
  }

  /**
   * How many records were excluded, over all reasons.
   *
   * @return the total
   */
  public long total() {
    return reasons.values().stream().mapToLong(r -> r.count).sum();
  }

  /**
   * The exclusions, most frequent first (ties by reason).
   *
   * @return one exclusion per reason
   */
  @Override
  public List<Exclusion> result() {
    List<Exclusion> out = new ArrayList<>();
    reasons.forEach((reason, r) -> out.add(Exclusion.builder().reason(reason).count(r.count)
        .addAllExamples(r.examples).build()));
    out.sort(Comparator.comparingLong(Exclusion::count).reversed());
    return List.copyOf(out);
  }
}
