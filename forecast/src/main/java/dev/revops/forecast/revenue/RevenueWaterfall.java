package dev.revops.forecast.revenue;

import dev.revops.core.aggregate.Accumulator;
import dev.revops.core.metric.ExclusionTally;
import dev.revops.core.metric.Provenance;
import dev.revops.core.metric.MergeCheck;
import dev.revops.core.money.Money;
import dev.revops.core.period.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The revenue waterfall, as an accumulator: for each booking, what it recognized before the
 * horizon, in each period of it, and what remains after; with totals per currency.
 * {@link #add} schedules, {@link #merge} accumulators of other contracts, read the
 * {@link #result}. Not thread-safe.
 *
 * <p>Scope fields used: the as-of instant and definitions of its provenance.
 */
public final class RevenueWaterfall
    implements Accumulator<ContractSchedule, RevenueWaterfallResult, RevenueWaterfall> {
  private static final Comparator<WaterfallRow> MOST_LEFT = Comparator
      .comparing((WaterfallRow r) -> r.contractValue().minus(r.recognizedBefore()).getAmount(), Comparator.reverseOrder())
      .thenComparing(r -> r.contractId().orElse(""))
      .thenComparing(WaterfallRow::toString);   // a total order: which of two rows is kept never depends on the split

  private final RevenueOptions options;
  private final List<Period> periods;
  private final int listLimit;
  private final Map<String, long[]> totals = new TreeMap<>();
  private final List<WaterfallRow> bookings = new ArrayList<>();
  private long counted;

  /**
   * An empty waterfall.
   *
   * @param options the schedules' options (the scope of the provenance)
   * @param periods the horizon: consecutive periods, in order (of the schedules' kind)
   * @param listLimit how many bookings the result lists
   */
  public RevenueWaterfall(RevenueOptions options, List<Period> periods, int listLimit) {
    this.options = Objects.requireNonNull(options, "options");
    this.periods = List.copyOf(Objects.requireNonNull(periods, "periods"));
    if (this.periods.isEmpty() || listLimit < 0) {
      throw new IllegalArgumentException("a waterfall needs at least one period and a non-negative list size");
    }
    this.listLimit = listLimit;
  }

  /**
   * Counts one booking.
   *
   * @param schedule its schedule
   */
  @Override
  public void add(ContractSchedule schedule) {
    Objects.requireNonNull(schedule, "schedule");
    counted++;
    Currency cur = schedule.currency();
    long before = 0;
    long[] per = new long[periods.size()];
    for (SchedulePeriod row : schedule.periods()) {
      int i = periods.indexOf(row.period());
      if (i >= 0) {
        per[i] = row.recognized().getAmountMinor();
      } else if (row.period().compareTo(periods.get(0)) < 0) {
        before += row.recognized().getAmountMinor();
      }
    }
    long value = schedule.finalPrice().getAmountMinor();
    long after = value - before;
    for (long p : per) {
      after -= p;
    }
    long[] t = totals.computeIfAbsent(cur.getCurrencyCode(), k -> new long[periods.size() + 4]);
    long[] add = new long[t.length];
    add[0] = 1;
    add[1] = value;
    add[2] = before;
    add[3] = after;
    System.arraycopy(per, 0, add, 4, per.length);
    MinorSums.add(t, add, "revenue waterfall", "all bookings", cur);
    if (listLimit > 0) {
      bookings.add(row(Optional.of(schedule.contractId()), cur, 1, value, before, after, per));
      if (bookings.size() >= 2 * listLimit + 16) {
        trim();
      }
    }
  }

  private WaterfallRow row(Optional<String> id, Currency cur, long contracts, long value, long before, long after,
      long[] per) {
    WaterfallRow.Builder b = new WaterfallRow.Builder().contractId(id).contracts(contracts)
        .contractValue(Money.ofMinor(cur, value)).recognizedBefore(Money.ofMinor(cur, before))
        .after(Money.ofMinor(cur, after));
    for (long p : per) {
      b.addPerPeriod(Money.ofMinor(cur, p));
    }
    return b.build();
  }

  private void trim() {
    bookings.sort(MOST_LEFT);
    if (bookings.size() > listLimit) {
      bookings.subList(listLimit, bookings.size()).clear();
    }
  }

  /**
   * Adds another waterfall of the same horizon into this one.
   *
   * @param other a waterfall of other contracts
   * @return this waterfall
   * @throws IllegalArgumentException if the horizons differ
   */
  @Override
  public RevenueWaterfall merge(RevenueWaterfall other) {
    MergeCheck.of("revenue waterfall", this, other).same("periods", periods, other.periods)
        .same("listLimit", listLimit, other.listLimit)
        .same("options", options, other.options);
    other.totals.forEach((c, t) -> MinorSums.add(totals.computeIfAbsent(c, k -> new long[periods.size() + 4]), t,
        "revenue waterfall", "all bookings", Money.currency(c)));
    bookings.addAll(other.bookings);
    trim();
    counted += other.counted;
    return this;
  }

  /**
   * The waterfall so far.
   *
   * @return totals per currency and the bookings with the most left to recognize
   */
  @Override
  public RevenueWaterfallResult result() {
    trim();
    RevenueWaterfallResult.Builder b = new RevenueWaterfallResult.Builder().addAllPeriods(periods)
        .addAllBookings(bookings).provenance(Provenance.of(RevenueReports.REVENUE_WATERFALL.ref(), options.scope(),
            counted, new ExclusionTally(0)));
    totals.forEach((code, t) -> {
      long[] per = new long[periods.size()];
      System.arraycopy(t, 4, per, 0, per.length);
      b.addTotals(row(Optional.empty(), Money.currency(code), t[0], t[1], t[2], t[3], per));
    });
    return b.build();
  }
}
