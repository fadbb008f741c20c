package dev.revops.forecast.revenue;

import dev.revops.core.aggregate.Accumulator;
import dev.revops.core.metric.ExclusionTally;
import dev.revops.core.metric.MergeCheck;
import dev.revops.core.metric.Provenance;
import dev.revops.core.money.Money;
import dev.revops.core.period.Period;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The schedules summed per period and currency, as an accumulator: recognized, billed and
 * collected in each period, and deferred revenue and unbilled receivables at its end (netted per
 * contract, then summed); with a functional currency, the same periods in it (recognized, billed,
 * collected and the FX gain or loss). {@link #add} schedules, {@link #merge} accumulators of other
 * contracts, read the {@link #result}. Exact integer sums, so any split gives the result of one
 * pass; {@code a.merge(a)} is refused (to count contracts twice, merge a second accumulator fed
 * them). Not thread-safe.
 *
 * <p>Scope fields used: {@link dev.revops.core.scope.Scope#reportingCurrency()} (the functional
 * currency), the as-of instant, definitions and example limit of its provenance.
 *
 * <p>A contract counts from its booking period: a currency's row of a period exists once a
 * contract in it is booked. A closed period's figures are what the books posted, also for contracts
 * known from the books alone ({@link ClosedBooks#schedule(String)}).
 *
 * <pre>{@code
 * ScheduleTotals totals = new ScheduleTotals(options, periods);
 * schedules.forEach(totals::add);
 * totals.result().rows().forEach(r -> System.out.println(r.period().label() + " " + r.recognized()));
 * }</pre>
 */
public final class ScheduleTotals implements Accumulator<ContractSchedule, ScheduleTotalsResult, ScheduleTotals> {
  private static final int FIELDS = 5;
  private static final int FUNCTIONAL_FIELDS = 4;

  private final RevenueOptions options;
  private final List<Period> periods;
  private final Optional<Currency> functional;
  /** Per currency code: per period, recognized, billed, collected, deferred and unbilled; null until booked. */
  private final Map<String, long[][]> cells = new TreeMap<>();
  /** Per period, recognized, billed, collected and FX in the functional currency; null without a row. */
  private final long[][] inFunctional;
  private long contracts;

  /**
   * Empty totals.
   *
   * @param options the schedules' options (their functional currency, if any)
   * @param periods consecutive periods, in order (of the schedules' kind)
   * @throws IllegalArgumentException without a period
   */
  public ScheduleTotals(RevenueOptions options, List<Period> periods) {
    this.options = Objects.requireNonNull(options, "options");
    this.periods = List.copyOf(Objects.requireNonNull(periods, "periods"));
    if (this.periods.isEmpty()) {
      throw new IllegalArgumentException("schedule totals need at least one period");
    }
    this.functional = options.functionalCurrency();
    this.inFunctional = new long[this.periods.size()][];
  }

  /**
   * Counts one contract.
   *
   * @param schedule its schedule
   * @throws IllegalArgumentException if there is a functional currency and the schedule has no
   *     figures in it (it was computed with other options)
   */
  @Override
  public void add(ContractSchedule schedule) {
    Objects.requireNonNull(schedule, "schedule");
    String code = schedule.currency().getCurrencyCode();
    boolean own = functional.map(f -> f.equals(schedule.currency())).orElse(false);
    List<SchedulePeriod> rows = schedule.periods();
    if (functional.isPresent() && !own && rows.stream().anyMatch(r -> r.functional().isEmpty())) {
      throw new IllegalArgumentException("the schedule of contract " + schedule.contractId() + " has no figures in "
          + functional.get().getCurrencyCode() + ": compute it with the same options");
    }
    int next = 0;
    SchedulePeriod last = null;
    for (int i = 0; i < periods.size(); i++) {
      Period p = periods.get(i);
      if (p.compareTo(schedule.bookingPeriod()) < 0) {
        continue;
      }
      while (next < rows.size() && rows.get(next).period().compareTo(p) <= 0) {
        last = rows.get(next++);
      }
      SchedulePeriod row = last != null && last.period().equals(p) ? last : null;
      long[][] byPeriod = cells.computeIfAbsent(code, k -> new long[periods.size()][]);
      long[] c = byPeriod[i] == null ? byPeriod[i] = new long[FIELDS] : byPeriod[i];
      ContractSchedule.Position at = last == null ? null : ContractSchedule.Position.of(last);
      add(c, p, code, row == null ? 0 : row.recognized().getAmountMinor(), row == null ? 0 : row.billed()
          .getAmountMinor(), row == null ? 0 : row.collected().getAmountMinor(),
          at == null ? 0 : at.deferred().getAmountMinor(), at == null ? 0 : at.unbilled().getAmountMinor());
      if (functional.isPresent()) {
        FunctionalFigures f = row == null ? null : row.functional().orElse(null);
        long[] fc = inFunctional[i] == null ? inFunctional[i] = new long[FUNCTIONAL_FIELDS] : inFunctional[i];
        if (f != null) {
          add(fc, p, functional.get().getCurrencyCode(), f.recognized().getAmountMinor(), f.billed().getAmountMinor(),
              f.collected().getAmountMinor(), f.fxGainLoss().getAmountMinor());
        } else if (row != null) {
          add(fc, p, functional.get().getCurrencyCode(), row.recognized().getAmountMinor(),
              row.billed().getAmountMinor(), row.collected().getAmountMinor(), 0);
        }
      }
    }
    contracts++;
  }

  private static void add(long[] into, Period p, String currency, long... amounts) {
    MinorSums.add(into, amounts, "schedule totals", p.label(), Money.currency(currency));
  }

  /**
   * Adds other totals of the same periods and functional currency into these.
   *
   * @param other totals of other contracts
   * @return these totals
   * @throws IllegalArgumentException if the periods or options differ, or {@code other} is these totals
   */
  @Override
  public ScheduleTotals merge(ScheduleTotals other) {
    MergeCheck.of("schedule totals", this, other).same("periods", periods, other.periods)
        .same("options", options, other.options);
    long[][] theirFunctional = other.inFunctional;
    other.cells.forEach((code, byPeriod) -> {
      long[][] mine = cells.computeIfAbsent(code, k -> new long[periods.size()][]);
      for (int i = 0; i < byPeriod.length; i++) {
        if (byPeriod[i] != null) {
          add(mine[i] == null ? mine[i] = new long[FIELDS] : mine[i], periods.get(i), code, byPeriod[i]);
        }
      }
    });
    for (int i = 0; i < theirFunctional.length; i++) {
      if (theirFunctional[i] != null) {
        add(inFunctional[i] == null ? inFunctional[i] = new long[FUNCTIONAL_FIELDS] : inFunctional[i], periods.get(i),
            functional.map(Currency::getCurrencyCode).orElse(""), theirFunctional[i]);
      }
    }
    contracts = Math.addExact(contracts, other.contracts);
    return this;
  }

  /**
   * The totals so far.
   *
   * @return one row per period and currency, and the functional rows
   */
  @Override
  public ScheduleTotalsResult result() {
    List<ScheduleTotalsRow> rows = new ArrayList<>();
    for (int i = 0; i < periods.size(); i++) {
      for (Map.Entry<String, long[][]> e : cells.entrySet()) {
        long[] c = e.getValue()[i];
        if (c != null) {
          String code = e.getKey();
          rows.add(new ScheduleTotalsRow.Builder().period(periods.get(i)).recognized(Money.ofMinor(code, c[0]))
              .billed(Money.ofMinor(code, c[1])).collected(Money.ofMinor(code, c[2])).deferred(Money.ofMinor(code, c[3]))
              .unbilled(Money.ofMinor(code, c[4])).build());
        }
      }
    }
    ScheduleTotalsResult.Builder b = new ScheduleTotalsResult.Builder().addAllPeriods(periods).contracts(contracts)
        .addAllRows(rows).functionalCurrency(functional).provenance(Provenance.of(
            RevenueReports.SCHEDULE_TOTALS.ref(), options.scope(), contracts, new ExclusionTally(0)));
    functional.ifPresent(f -> {
      for (int i = 0; i < periods.size(); i++) {
        long[] c = inFunctional[i];
        if (c != null) {
          b.addFunctional(new FunctionalTotalsRow.Builder().period(periods.get(i)).figures(new FunctionalFigures.Builder()
              .recognized(Money.ofMinor(f, c[0])).billed(Money.ofMinor(f, c[1])).collected(Money.ofMinor(f, c[2]))
              .fxGainLoss(Money.ofMinor(f, c[3])).build()).build());
        }
      }
    });
    return b.build();
  }
}
