package dev.revops.forecast.revenue;

import dev.revops.core.aggregate.Accumulator;
import dev.revops.core.metric.ExclusionTally;
import dev.revops.core.metric.Provenance;
import dev.revops.core.metric.MergeCheck;
import dev.revops.core.money.AmountOverflowException;
import dev.revops.core.money.Money;
import dev.revops.core.period.Period;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The close of one period, per currency, as an accumulator: revenue, billings and cash in the
 * period, balances at its end netted per contract, and remaining performance obligations (see
 * {@link ClosePosition}). {@link #add} schedules, {@link #merge} accumulators of other contracts,
 * read the {@link #result}. Exact sums, so any split gives the result of one pass. Not thread-safe.
 *
 * <p>Scope fields used: only the as-of instant, definitions and example limit of its provenance
 * (a contract booked after the period is left out and counted as {@code "booked after the period"}).
 */
public final class PeriodClose implements Accumulator<ContractSchedule, PeriodCloseResult, PeriodClose> {
  /** Why a contract is left out of the close. */
  static final String BOOKED_LATER = "booked after the period";

  private final RevenueOptions options;
  private final Period period;
  private final Map<String, long[]> cells = new TreeMap<>();
  private final ExclusionTally excluded;
  private long counted;

  /**
   * An empty close.
   *
   * @param options the schedules' options
   * @param period the period closed
   */
  public PeriodClose(RevenueOptions options, Period period) {
    this.options = Objects.requireNonNull(options, "options");
    this.period = Objects.requireNonNull(period, "period");
    this.excluded = new ExclusionTally(options.scope().exampleLimit());
  }

  /**
   * Counts one contract (nothing when booked after the period). Its contract value is the value at
   * the period's end ({@link SchedulePeriod#contractValue()}), as posted when the period is closed.
   *
   * @param schedule its schedule
   */
  @Override
  public void add(ContractSchedule schedule) {
    Objects.requireNonNull(schedule, "schedule");
    if (schedule.bookingPeriod().compareTo(period) > 0) {
      excluded.add(BOOKED_LATER, schedule.contractId());
      return;
    }
    counted++;
    ContractSchedule.Position at = schedule.positionAt(period);
    long value = at.contractValue().getAmountMinor();
    long[] in = schedule.row(period).map(r -> new long[] {r.recognized().getAmountMinor(), r.billed().getAmountMinor(),
        r.collected().getAmountMinor()}).orElse(new long[3]);
    long[] c = cells.computeIfAbsent(schedule.currency().getCurrencyCode(), k -> new long[11]);
    MinorSums.add(c, new long[] {1, in[0], in[1], in[2], at.recognized().getAmountMinor(),
        at.billed().getAmountMinor(), at.deferred().getAmountMinor(), at.unbilled().getAmountMinor(),
        at.billed().getAmountMinor() - at.collected().getAmountMinor(), value, value - at.billed().getAmountMinor()},
        "period close", period.label(), schedule.currency());
  }

  /**
   * Adds another close of the same period into this one.
   *
   * @param other a close of other contracts
   * @return this close
   * @throws IllegalArgumentException if the periods differ
   */
  @Override
  public PeriodClose merge(PeriodClose other) {
    MergeCheck.of("period close", this, other).same("period", period, other.period)
        .same("options", options, other.options);
    other.cells.forEach((k, c) -> MinorSums.add(cells.computeIfAbsent(k, x -> new long[11]), c, "period close",
        period.label(), Money.currency(k)));
    excluded.merge(other.excluded);
    counted += other.counted;
    return this;
  }

  /**
   * The close so far.
   *
   * @return one position per currency
   */
  @Override
  public PeriodCloseResult result() {
    PeriodCloseResult.Builder b = new PeriodCloseResult.Builder().period(period)
        .provenance(Provenance.of(RevenueReports.PERIOD_CLOSE.ref(), options.scope(), counted, excluded));
    cells.forEach((code, c) -> {
      try {
        b.addPositions(new ClosePosition.Builder().contracts(c[0])
            .recognized(Money.ofMinor(code, c[1])).billed(Money.ofMinor(code, c[2]))
            .collected(Money.ofMinor(code, c[3])).recognizedToDate(Money.ofMinor(code, c[4]))
            .billedToDate(Money.ofMinor(code, c[5])).deferred(Money.ofMinor(code, c[6]))
            .unbilled(Money.ofMinor(code, c[7])).receivable(Money.ofMinor(code, c[8]))
            .totalContractValue(Money.ofMinor(code, c[9])).remaining(Money.ofMinor(code, c[9]).minus(
                Money.ofMinor(code, c[4]))).unbilledBacklog(Money.ofMinor(code, c[10])).build());
      } catch (ArithmeticException e) {
        throw new AmountOverflowException("period close", "the remaining performance obligations", period.label(),
            Money.currency(code));
      }
    });
    return b.build();
  }
}
