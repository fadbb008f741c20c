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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The roll-forward of deferred revenue and unbilled receivables over a range of periods, as an
 * accumulator: {@link #add} contract schedules, {@link #merge} accumulators of other contracts (a
 * finance batch job per entity, say), read the {@link #result}. See {@link RollForwardRow} for the
 * rules. Exact integer sums, so any split gives the result of one pass. Not thread-safe.
 *
 * <pre>{@code
 * RevenueRollForward rf = new RevenueRollForward(options, periods);
 * schedules.forEach(rf::add);
 * rf.result().rows().forEach(r -> System.out.println(r.period().label() + " " + r.closingDeferred()));
 * }</pre>
 *
 * <p>Scope fields used: the as-of instant and definitions of its provenance.
 */
public final class RevenueRollForward implements Accumulator<ContractSchedule, RollForward, RevenueRollForward> {
  private static final int FIELDS = 8;

  private record Key(Period period, Currency currency) {}

  private final RevenueOptions options;
  private final List<Period> periods;
  private final Map<Key, long[]> cells = new HashMap<>();
  private long contracts;

  /**
   * An empty roll-forward.
   *
   * @param options the schedules' options (the scope of the provenance)
   * @param periods consecutive periods, in order (of the schedules' kind)
   */
  public RevenueRollForward(RevenueOptions options, List<Period> periods) {
    this.options = Objects.requireNonNull(options, "options");
    this.periods = List.copyOf(Objects.requireNonNull(periods, "periods"));
    if (this.periods.isEmpty()) {
      throw new IllegalArgumentException("a roll-forward needs at least one period");
    }
  }

  /**
   * Counts one contract.
   *
   * @param schedule its schedule
   */
  @Override
  public void add(ContractSchedule schedule) {
    Objects.requireNonNull(schedule, "schedule");
    contracts++;
    ContractSchedule.Position opening = null;
    for (Period p : periods) {
      if (opening == null) {
        opening = positionBefore(schedule, p);
      }
      ContractSchedule.Position closing = schedule.positionAt(p);
      long recognized = closing.recognized().getAmountMinor() - opening.recognized().getAmountMinor();
      long billed = closing.billed().getAmountMinor() - opening.billed().getAmountMinor();
      long d0 = opening.deferred().getAmountMinor();
      long u0 = opening.unbilled().getAmountMinor();
      if (d0 != 0 || u0 != 0 || recognized != 0 || billed != 0) {
        long bu;
        long bd;
        if (billed >= 0) {
          bu = Math.min(billed, u0);
          bd = billed - bu;
        } else {
          bd = -Math.min(-billed, d0);
          bu = billed - bd;
        }
        long d1 = d0 + bd;
        long u1 = u0 - bu;
        long rd;
        long ru;
        if (recognized >= 0) {
          rd = Math.min(recognized, d1);
          ru = recognized - rd;
        } else {
          ru = -Math.min(-recognized, u1);
          rd = recognized - ru;
        }
        if (d1 - rd != closing.deferred().getAmountMinor() || u1 + ru != closing.unbilled().getAmountMinor()) {
          throw new IllegalStateException("roll-forward of " + schedule.contractId() + " in " + p.label()
              + " does not net to the contract's position");
        }
        long[] c = cells.computeIfAbsent(new Key(p, schedule.currency()), k -> new long[FIELDS]);
        MinorSums.add(c, new long[] {d0, bd, rd, d1 - rd, u0, ru, bu, u1 + ru}, "revenue roll-forward", p.label(),
            schedule.currency());
      }
      opening = closing;
    }
  }

  private static ContractSchedule.Position positionBefore(ContractSchedule s, Period p) {
    Money zero = Money.zero(s.currency());
    ContractSchedule.Position none = new ContractSchedule.Position(zero, zero, zero, zero);
    ContractSchedule.Position last = none;
    for (SchedulePeriod row : s.periods()) {
      if (row.period().compareTo(p) >= 0) {
        break;
      }
      last = ContractSchedule.Position.of(row);
    }
    return last;
  }

  /**
   * Adds another roll-forward of the same periods into this one.
   *
   * @param other a roll-forward of other contracts
   * @return this roll-forward
   * @throws IllegalArgumentException if the periods differ
   */
  @Override
  public RevenueRollForward merge(RevenueRollForward other) {
    MergeCheck.of("revenue roll-forward", this, other).same("periods", periods, other.periods)
        .same("options", options, other.options);
    other.cells.forEach((k, c) -> MinorSums.add(cells.computeIfAbsent(k, x -> new long[FIELDS]), c,
        "revenue roll-forward", k.period().label(), k.currency()));
    contracts += other.contracts;
    return this;
  }

  /**
   * The roll-forward so far.
   *
   * @return one row per period and currency with a balance or a movement
   */
  @Override
  public RollForward result() {
    Map<Key, long[]> sorted = new TreeMap<>(Comparator.comparing(Key::period)
        .thenComparing(k -> k.currency().getCurrencyCode()));
    sorted.putAll(cells);
    List<RollForwardRow> rows = new ArrayList<>();
    sorted.forEach((k, c) -> {
      Currency cur = k.currency();
      rows.add(new RollForwardRow.Builder().period(k.period()).openingDeferred(Money.ofMinor(cur, c[0]))
          .billingsToDeferred(Money.ofMinor(cur, c[1])).revenueFromDeferred(Money.ofMinor(cur, c[2]))
          .closingDeferred(Money.ofMinor(cur, c[3])).openingUnbilled(Money.ofMinor(cur, c[4]))
          .revenueToUnbilled(Money.ofMinor(cur, c[5])).billingsAgainstUnbilled(Money.ofMinor(cur, c[6]))
          .closingUnbilled(Money.ofMinor(cur, c[7])).build());
    });
    return new RollForward.Builder().addAllPeriods(periods).contracts(contracts).addAllRows(rows)
        .provenance(Provenance.of(RevenueReports.REVENUE_ROLL_FORWARD.ref(), options.scope(), contracts,
            new ExclusionTally(0))).build();
  }
}
