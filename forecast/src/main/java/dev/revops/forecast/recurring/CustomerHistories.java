package dev.revops.forecast.recurring;

import dev.revops.core.aggregate.Accumulator;
import dev.revops.core.metric.MergeCheck;
import dev.revops.core.metric.Exclusion;
import dev.revops.core.metric.ExclusionTally;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Gathers {@link MrrLine}s into one {@link CustomerHistory} per customer, as an accumulator: lines
 * may come in any order, from any number of files or partitions. A line id seen more than once is
 * kept once (the first in canonical order) and the others are counted as excluded; so any split,
 * merged in any order, gives the result of one pass.
 *
 * <p>It holds every line until the result: with {@link Renewals}, the one place of this package
 * that keeps records rather than sums. Not thread-safe.
 *
 * <pre>{@code
 * CustomerHistories gather = new CustomerHistories();
 * lines.forEach(gather::add);
 * List<CustomerHistory> histories = gather.result().histories();
 * }</pre>
 */
public final class CustomerHistories
    implements Accumulator<MrrLine, CustomerHistories.Gathered, CustomerHistories> {

  /**
   * The histories, by customer id, and the lines left out.
   *
   * @param histories one per customer, by customer id
   * @param excluded lines left out, by reason (repeated ids)
   */
  public record Gathered(List<CustomerHistory> histories, List<Exclusion> excluded) {
    /**
     * Copies the lists.
     *
     * @param histories one per customer
     * @param excluded lines left out
     */
    public Gathered {
      histories = List.copyOf(histories);
      excluded = List.copyOf(excluded);
    }
  }

  private final Map<String, List<MrrLine>> byId = new HashMap<>();

  /** An empty accumulator. */
  public CustomerHistories() {}

  @Override
  public void add(MrrLine line) {
    Objects.requireNonNull(line, "line");
    byId.computeIfAbsent(line.id(), k -> new ArrayList<>(1)).add(line);
  }

  @Override
  public CustomerHistories merge(CustomerHistories other) {
    MergeCheck.of("customer histories", this, other);
    other.byId.forEach((id, lines) -> byId.computeIfAbsent(id, k -> new ArrayList<>(lines.size())).addAll(lines));
    return this;
  }

  @Override
  public Gathered result() {
    ExclusionTally excluded = new ExclusionTally(5);
    Map<String, List<MrrLine>> byCustomer = new TreeMap<>();
    byId.forEach((id, lines) -> {
      MrrLine kept = lines.size() == 1 ? lines.get(0) : lines.stream().min(MrrLine.ORDER).orElseThrow();
      for (int i = 1; i < lines.size(); i++) {
        excluded.add("line id given more than once", id);
      }
      byCustomer.computeIfAbsent(kept.customer(), k -> new ArrayList<>()).add(kept);
    });
    List<CustomerHistory> out = new ArrayList<>(byCustomer.size());
    byCustomer.forEach((c, lines) -> out.add(CustomerHistory.of(c, lines)));
    return new Gathered(out, excluded.result());
  }
}
