package dev.revops.forecast.revenue;

import dev.revops.core.aggregate.Accumulator;
import dev.revops.core.metric.ExclusionTally;
import dev.revops.core.metric.Provenance;
import dev.revops.core.metric.MergeCheck;
import dev.revops.core.money.Money;
import dev.revops.core.period.Period;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The bridge of a period from bookings to recognized revenue, as an accumulator: each contract's
 * part in every {@link BridgeReason}, summed per currency (or, with a functional currency, in it:
 * the lines at each contract's booking-date rate, and FX making up the difference to revenue at
 * invoice rates). {@link #add} schedules, {@link #merge} accumulators of other contracts, read the
 * {@link #result}. Exact sums; not thread-safe.
 *
 * <p>Scope fields used: {@link dev.revops.core.scope.Scope#reportingCurrency()} (the functional
 * currency) and its {@link dev.revops.core.scope.Scope#exchangeRates()}, and the as-of instant and
 * definitions of its provenance.
 *
 * <p>For a contract booked in the period: its booked price, less the original allocation of
 * obligations starting after the period, less what its started obligations recognize after it (by
 * the original allocation); for one booked before: its base revenue in the period. For every
 * contract, the period's revenue from modifications, credit notes, cancellations and corrections.
 * Every figure comes from the schedule's row and entries of the period ({@link SchedulePeriod#booked()},
 * {@link SchedulePeriod#notYetStarted()}), so a closed period's bridge is as posted.
 *
 * <pre>{@code
 * RevenueBridge bridge = new RevenueBridge(options, period, 10);
 * schedules.forEach(bridge::add);
 * bridge.result().totals().forEach(t -> System.out.println(t.revenue()));
 * }</pre>
 */
public final class RevenueBridge implements Accumulator<ContractSchedule, BridgeResult, RevenueBridge> {
  private final RevenueOptions options;
  private final Period period;
  private final int listLimit;
  private final Map<String, long[]> totals = new TreeMap<>();
  private final Map<BridgeReason, List<BridgeLine>> lines = new EnumMap<>(BridgeReason.class);
  private long counted;

  /**
   * An empty bridge.
   *
   * @param options the schedules' options (the functional currency, if any)
   * @param period the period bridged
   * @param listLimit how many contract lines each reason lists
   */
  public RevenueBridge(RevenueOptions options, Period period, int listLimit) {
    this.options = Objects.requireNonNull(options, "options");
    this.period = Objects.requireNonNull(period, "period");
    if (listLimit < 0) {
      throw new IllegalArgumentException("listLimit must not be negative, was " + listLimit);
    }
    this.listLimit = listLimit;
  }

  /**
   * Counts one contract.
   *
   * @param schedule its schedule
   */
  @Override
  public void add(ContractSchedule schedule) {
    Objects.requireNonNull(schedule, "schedule");
    long[] parts = parts(schedule);
    Currency into = options.functionalCurrency().orElse(schedule.currency());
    if (!into.equals(schedule.currency())) {
      convert(schedule, parts, into);
    }
    long[] t = totals.computeIfAbsent(into.getCurrencyCode(), k -> new long[BridgeReason.values().length]);
    MinorSums.add(t, parts, "revenue bridge", period.label(), into);
    counted++;
    for (BridgeReason r : BridgeReason.values()) {
      if (parts[r.ordinal()] != 0 && listLimit > 0) {
        List<BridgeLine> list = lines.computeIfAbsent(r, k -> new ArrayList<>());
        list.add(BridgeLine.of(Optional.of(schedule.contractId()), r, Money.ofMinor(into, parts[r.ordinal()])));
        if (list.size() >= 2 * listLimit + 16) {
          trim(list);
        }
      }
    }
  }

  /** A contract's part in each reason, in its own currency. */
  private long[] parts(ContractSchedule schedule) {
    long[] parts = new long[BridgeReason.values().length];
    boolean bookedNow = schedule.bookingPeriod().equals(period);
    long baseNow = 0;
    for (RevenueEntry e : schedule.entries()) {
      if (!e.period().equals(period)) {
        continue;
      }
      long a = e.amount().getAmountMinor();
      switch (e.source()) {
        case BASE -> {
          baseNow += a;
          if (!bookedNow) {
            parts[BridgeReason.RECOGNIZED_FROM_EARLIER_BOOKINGS.ordinal()] += a;
          }
        }
        case MODIFICATION -> parts[BridgeReason.MODIFICATIONS.ordinal()] += a;
        case CREDIT_NOTE -> parts[BridgeReason.CREDIT_NOTES.ordinal()] += a;
        case CANCELLATION -> parts[BridgeReason.CANCELLATIONS.ordinal()] += a;
        default -> parts[BridgeReason.CORRECTIONS.ordinal()] += a;
      }
    }
    if (bookedNow) {
      // what was booked, less what has not started, less what the started obligations recognized now
      SchedulePeriod row = schedule.row(period).orElseThrow();
      long booked = row.booked().getAmountMinor();
      long notStarted = row.notYetStarted().getAmountMinor();
      parts[BridgeReason.BOOKINGS.ordinal()] = booked;
      parts[BridgeReason.NOT_YET_STARTED.ordinal()] = notStarted;
      parts[BridgeReason.DEFERRED_TO_LATER_PERIODS.ordinal()] = booked - notStarted - baseNow;
    }
    return parts;
  }

  /** The parts at the booking-date rate, FX making up the difference to the revenue at invoice rates. */
  private void convert(ContractSchedule schedule, long[] parts, Currency into) {
    BigDecimal rate = RevenueSchedule.rate(options, schedule.contractId(), schedule.currency(), into,
        schedule.bookingDate());
    long converted = 0;
    for (BridgeReason r : BridgeReason.values()) {
      if (r != BridgeReason.FX) {
        BigDecimal major = BigDecimal.valueOf(parts[r.ordinal()], schedule.currency().getDefaultFractionDigits());
        parts[r.ordinal()] = RevenueSchedule.round(major.multiply(rate), into);
        converted += r.sign() * parts[r.ordinal()];
      }
    }
    long revenue = schedule.row(period).flatMap(SchedulePeriod::functional)
        .map(f -> f.recognized().getAmountMinor()).orElse(0L);
    parts[BridgeReason.FX.ordinal()] = revenue - converted;
  }

  private void trim(List<BridgeLine> list) {
    list.sort(Comparator.comparing((BridgeLine l) -> l.amount().getAmount().abs(), Comparator.reverseOrder())
        .thenComparing(l -> l.contractId().orElse("")).thenComparing(BridgeLine::toString));
    if (list.size() > listLimit) {
      list.subList(listLimit, list.size()).clear();
    }
  }

  /**
   * Adds another bridge of the same period into this one.
   *
   * @param other a bridge of other contracts
   * @return this bridge
   * @throws IllegalArgumentException if the periods or options differ
   */
  @Override
  public RevenueBridge merge(RevenueBridge other) {
    MergeCheck.of("revenue bridge", this, other).same("period", period, other.period)
        .same("options", options, other.options).same("listLimit", listLimit, other.listLimit);
    other.totals.forEach((c, t) -> MinorSums.add(totals.computeIfAbsent(c, k -> new long[BridgeReason.values().length]),
        t, "revenue bridge", period.label(), Money.currency(c)));
    other.lines.forEach((r, l) -> lines.computeIfAbsent(r, k -> new ArrayList<>()).addAll(l));
    counted += other.counted;
    return this;
  }

  /**
   * The bridge so far.
   *
   * @return totals per currency and the largest contract lines
   */
  @Override
  public BridgeResult result() {
    BridgeResult.Builder b = new BridgeResult.Builder().period(period).provenance(Provenance.of(
        RevenueReports.REVENUE_BRIDGE.ref(), options.scope(), counted, new ExclusionTally(0)));
    totals.forEach((code, t) -> {
      BridgeTotal.Builder total = new BridgeTotal.Builder();
      long revenue = 0;
      for (BridgeReason r : BridgeReason.values()) {
        total.addLines(BridgeLine.of(Optional.empty(), r, Money.ofMinor(code, t[r.ordinal()])));
        revenue += r.sign() * t[r.ordinal()];
      }
      b.addTotals(total.revenue(Money.ofMinor(code, revenue)).build());
    });
    for (BridgeReason r : BridgeReason.values()) {
      List<BridgeLine> l = lines.get(r);
      if (l != null) {
        trim(l);
        b.addAllContractLines(l);
      }
    }
    return b.build();
  }
}
