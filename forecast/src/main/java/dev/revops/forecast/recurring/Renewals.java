package dev.revops.forecast.recurring;

import dev.revops.core.money.Rounding;
import dev.revops.core.aggregate.Accumulator;
import dev.revops.core.metric.MergeCheck;
import dev.revops.core.metric.ExclusionTally;
import dev.revops.core.metric.Provenance;
import dev.revops.core.money.Money;
import dev.revops.core.period.Period;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The renewal pipeline and renewal rates, as an accumulator: {@link #add} the {@link RenewalTerm}
 * of every contract (from {@link ContractMrr#lines}), {@link #merge}, read the {@link #result}.
 *
 * <p>Contracts whose recurring term's last day falls in one of the periods are up for renewal,
 * for their ARR just before the end; cancelled ones are counted apart. Each is matched, in order of
 * end (then contract id), with the customer's earliest other contract in the same currency that
 * starts after it started and within {@link RenewalOptions#gapDays()} days before or after its end,
 * and that no earlier renewal took: renewed flat, expanded or contracted by the ARR at that
 * contract's start. Without one, it churned once the gap after its end has passed as of the as-of,
 * else it is pending. Contracts booked after the as-of are not known yet.
 *
 * <p>Terms are kept until the result (a renewal needs the customer's other contracts): any split,
 * merged in any order, gives one pass's result. A contract id given twice is kept once and counted.
 * Not thread-safe.
 *
 * <pre>{@code
 * Renewals renewals = new Renewals(options);
 * contracts.forEach(c -> ContractMrr.lines(c, zone, attributes.get(c.customer())).term().ifPresent(renewals::add));
 * renewals.result().totals();   // pipeline and rates per period
 * }</pre>
 */
public final class Renewals implements Accumulator<RenewalTerm, RenewalResult, Renewals> {
  private final RenewalOptions options;
  private final Map<String, List<RenewalTerm>> byContract = new HashMap<>();

  /**
   * An empty accumulator.
   *
   * @param options the scope, periods, gap and grouping
   */
  public Renewals(RenewalOptions options) {
    this.options = Objects.requireNonNull(options, "options");
  }

  @Override
  public void add(RenewalTerm term) {
    Objects.requireNonNull(term, "term");
    byContract.computeIfAbsent(term.contractId(), k -> new ArrayList<>(1)).add(term);
  }

  @Override
  public Renewals merge(Renewals other) {
    MergeCheck.of("renewals", this, other).same("options", options, other.options);
    other.byContract.forEach((id, ts) -> byContract.computeIfAbsent(id, k -> new ArrayList<>()).addAll(ts));
    return this;
  }

  @Override
  public RenewalResult result() {
    ExclusionTally excluded = new ExclusionTally(options.scope().exampleLimit());
    LocalDate asOfDate = options.scope().asOfDate();
    Map<String, List<RenewalTerm>> byCustomer = new TreeMap<>();
    new TreeMap<>(byContract).forEach((id, ts) -> {
      RenewalTerm kept = ts.stream().min(Comparator.comparing(RenewalTerm::toString)).orElseThrow();
      for (int i = 1; i < ts.size(); i++) {
        excluded.add("contract given more than once", id);
      }
      if (kept.booked().isAfter(asOfDate)) {
        excluded.add("booked after the as-of date", id);
      } else {
        byCustomer.computeIfAbsent(kept.customer(), k -> new ArrayList<>()).add(kept);
      }
    });
    List<Period> periods = options.periods();
    Instant first = options.scope().startOf(periods.get(0).start());
    Instant last = options.scope().startOf(periods.get(periods.size() - 1).end());
    List<Renewal> renewals = new ArrayList<>();
    for (List<RenewalTerm> terms : byCustomer.values()) {
      terms.sort(Comparator.comparing(RenewalTerm::end).thenComparing(RenewalTerm::contractId));
      Set<String> taken = new HashSet<>();
      for (RenewalTerm t : terms) {
        if (!t.end().isAfter(first) || t.end().isAfter(last)) {
          continue;
        }
        if (t.cancelled()) {
          excluded.add("cancelled before its end (not up for renewal)", t.contractId());
          continue;
        }
        renewals.add(match(t, terms, taken));
      }
    }
    renewals.sort(Comparator.comparing(Renewal::end).thenComparing(Renewal::contractId));
    return assemble(renewals, excluded);
  }

  private Renewal match(RenewalTerm t, List<RenewalTerm> terms, Set<String> taken) {
    Instant from = gap(t.end(), -options.gapDays());
    Instant to = gap(t.end(), options.gapDays());
    Optional<RenewalTerm> next = terms.stream().filter(n -> !n.contractId().equals(t.contractId())
        && !taken.contains(n.contractId()) && n.arrAtStart().isSameCurrency(t.arrAtEnd()) && n.start().isAfter(t.start())
        && !n.start().isBefore(from) && !n.start().isAfter(to))
        .min(Comparator.comparing(RenewalTerm::start).thenComparing(RenewalTerm::contractId));
    Renewal.Builder b = new Renewal.Builder().contractId(t.contractId()).customer(t.customer()).dealId(t.dealId())
        .period(options.scope().periodOf(t.end().minusNanos(1))).end(t.end()).putAllGroup(group(t))
        .arrUp(t.arrAtEnd());
    if (next.isPresent()) {
      taken.add(next.get().contractId());
      Money renewed = next.get().arrAtStart();
      int c = renewed.compareTo(t.arrAtEnd());
      return b.nextContractId(next.get().contractId()).arrRenewed(renewed)
          .outcome(c == 0 ? RenewalOutcome.RENEWED_FLAT : c > 0 ? RenewalOutcome.EXPANDED : RenewalOutcome.CONTRACTED)
          .build();
    }
    return b.outcome(options.scope().asOf().isBefore(to) ? RenewalOutcome.PENDING : RenewalOutcome.CHURNED).build();
  }

  private Instant gap(Instant end, int days) {
    return ZonedDateTime.ofInstant(end, options.scope().zone()).plusDays(days).toInstant();
  }

  private Map<String, String> group(RenewalTerm t) {
    Map<String, String> g = new TreeMap<>();
    options.groupBy().forEach(k -> g.put(k, t.attributes().getOrDefault(k, RecurringOptions.NONE)));
    return g;
  }

  private RenewalResult assemble(List<Renewal> renewals, ExclusionTally excluded) {
    Comparator<String> keys = Comparator.naturalOrder();
    TreeMap<String, List<Renewal>> rows = new TreeMap<>(keys);
    TreeMap<String, List<Renewal>> totals = new TreeMap<>(keys);
    for (Renewal r : renewals) {
      String base = r.period().start() + "|" + r.arrUp().getCurrencyCode();
      rows.computeIfAbsent(base + "|" + String.join("\u0000", r.group().values()), k -> new ArrayList<>()).add(r);
      totals.computeIfAbsent(base, k -> new ArrayList<>()).add(r);
    }
    RenewalResult.Builder b = new RenewalResult.Builder().gapDays(options.gapDays()).addAllGroupBy(options.groupBy())
        .addAllRenewals(renewals)
        .provenance(Provenance.of(RecurringMetrics.RENEWAL_PIPELINE.ref(), options.scope(), renewals.size(), excluded))
        .asOfDate(options.scope().asOfDate());
    rows.values().forEach(rs -> b.addRows(row(rs, rs.get(0).group())));
    totals.values().forEach(rs -> b.addTotals(row(rs, Map.of())));
    return b.build();
  }

  private static RenewalRow row(List<Renewal> rs, Map<String, String> group) {
    Renewal first = rs.get(0);
    Money zero = Money.zero(first.arrUp().getCurrency());
    Money up = zero;
    Money decided = zero;
    Money renewed = zero;
    Money capped = zero;
    long[] counts = new long[RenewalOutcome.values().length];
    for (Renewal r : rs) {
      counts[r.outcome().ordinal()]++;
      up = up.plus(r.arrUp());
      if (r.outcome().decided()) {
        decided = decided.plus(r.arrUp());
      }
      if (r.outcome().renewed()) {
        Money a = r.arrRenewed().orElseThrow();
        renewed = renewed.plus(a);
        capped = capped.plus(a.isGreaterThan(r.arrUp()) ? r.arrUp() : a);
      }
    }
    long renewedCount = counts[0] + counts[1] + counts[2];
    long decidedCount = renewedCount + counts[RenewalOutcome.CHURNED.ordinal()];
    RenewalRow.Builder b = new RenewalRow.Builder().period(first.period()).currency(first.arrUp().getCurrency())
        .putAllGroup(group).upForRenewal(rs.size()).arrUp(up).renewedFlat(counts[0]).expanded(counts[1])
        .contracted(counts[2]).churned(counts[3]).pending(counts[4]).arrDecided(decided).arrRenewed(renewed)
        .arrRenewedCapped(capped);
    if (decidedCount > 0) {
      b.renewalRate(ratio(renewedCount, decidedCount));
    }
    if (decided.isPositive()) {
      b.grossArrRenewalRate(ratio(capped.getAmountMinor(), decided.getAmountMinor()));
      b.netArrRenewalRate(ratio(renewed.getAmountMinor(), decided.getAmountMinor()));
    }
    return b.build();
  }

  private static BigDecimal ratio(long part, long whole) {
    return BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), RateRow.SCALE, Rounding.RATIO);
  }
}
