package dev.revops.forecast.recurring;

import dev.revops.core.money.Rounding;
import java.math.MathContext;
import dev.revops.core.metric.ExclusionTally;
import dev.revops.core.money.Money;
import dev.revops.forecast.revenue.Allocation;
import dev.revops.forecast.revenue.Contract;
import dev.revops.forecast.revenue.ContractModification;
import dev.revops.forecast.revenue.PerformanceObligation;
import dev.revops.forecast.revenue.RecognitionPattern;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A contract's recurring revenue: its recurring obligations (those recognized ratably, as a
 * subscription or support is) as MRR lines, normalised by {@link ContractMrrRule#TERM_MONTHS};
 * one-time obligations (point in time, milestones) left out and counted.
 *
 * <p>Each recurring obligation gets the part of the transaction price allocated to it (by
 * relative standalone selling price, with the contract's residual policy), spread over its term.
 * Modifications, in effective order, change the run rate from their instant (how the change is
 * recognized, prospectively or by catch-up, does not change a run rate):
 * <ul>
 *   <li>{@code CANCELLATION}: every recurring stretch ends then (the term is marked cancelled);</li>
 *   <li>{@code REMOVE_OBLIGATION}: the obligation's stretch ends then;</li>
 *   <li>{@code TERM_CHANGE}: the obligation's value still to serve, plus the price change, is spread
 *       from then to the new end;</li>
 *   <li>{@code ADD_OBLIGATION}: a recurring obligation added is spread from then (or its start) to
 *       its end, at the price change (or its standalone value when none is given);</li>
 *   <li>{@code PRICE_CHANGE}: the change is split over the stretches in force by the value each
 *       still has to serve (largest remainder), each spread over its rest.</li>
 * </ul>
 * A stretch priced to nothing or less, or shorter than a day, gives no line and is counted.
 *
 * <pre>{@code
 * ContractLines c = ContractMrr.lines(contract, ZoneOffset.UTC, Map.of("segment", "Enterprise"));
 * c.lines().get(0).monthly();   // USD 1000.00 for USD 12,000.00 a year
 * }</pre>
 */
public final class ContractMrr {
  private ContractMrr() {}

  /** One stretch of an obligation at one monthly amount. */
  private static final class Stretch {
    final String obligation;
    final String product;
    final Instant start;
    Instant end;
    final Money monthly;

    Stretch(String obligation, String product, Instant start, Instant end, Money monthly) {
      this.obligation = obligation;
      this.product = product;
      this.start = start;
      this.end = end;
      this.monthly = monthly;
    }
  }

  /** The work on one contract. */
  private static final class Work {
    final Contract contract;
    final ZoneId zone;
    final ExclusionTally excluded = new ExclusionTally(5);
    final List<Stretch> stretches = new ArrayList<>();
    boolean cancelled;

    Work(Contract contract, ZoneId zone) {
      this.contract = contract;
      this.zone = zone;
    }

    BigDecimal months(Instant from, Instant to) {
      return ContractMrrRule.months(LocalDate.ofInstant(from, zone), LocalDate.ofInstant(to, zone));
    }

    /** Starts a stretch worth {@code value} from {@code from} to {@code to}, or counts why not. */
    void spread(String obligation, String product, Instant from, Instant to, BigDecimal value, String id) {
      BigDecimal months = to.isAfter(from) ? months(from, to) : BigDecimal.ZERO;
      if (months.signum() == 0) {
        excluded.add("recurring obligation shorter than a day", id);
        return;
      }
      Money monthly = Money.of(contract.currency(), value.divide(months, MathContext.DECIMAL128),
          Rounding.MONEY);
      if (!monthly.isPositive()) {
        excluded.add("recurring stretch priced to nothing or less", id);
        return;
      }
      stretches.add(new Stretch(obligation, product, from, to, monthly));
    }

    /** The value a stretch still has to serve from {@code t}. */
    BigDecimal remaining(Stretch s, Instant t) {
      Instant from = t.isAfter(s.start) ? t : s.start;
      return s.monthly.getAmount().multiply(months(from, s.end));
    }

    /** Ends a stretch at {@code t}: removed when it had not started. */
    void stop(Stretch s, Instant t) {
      if (!t.isAfter(s.start)) {
        stretches.remove(s);
      } else {
        s.end = t;
      }
    }

    List<Stretch> inForce(Instant t, Optional<String> obligation) {
      return stretches.stream().filter(s -> s.end.isAfter(t) && obligation.map(s.obligation::equals).orElse(true))
          .toList();
    }
  }

  /**
   * A contract's MRR lines and recurring term.
   *
   * @param contract the contract
   * @param zone the zone its service days start in (the scope's zone)
   * @param attributes the customer's attributes, put on every line (segment, owner...)
   * @return the lines, the term and what was left out
   */
  public static ContractLines lines(Contract contract, ZoneId zone, Map<String, String> attributes) {
    Objects.requireNonNull(contract, "contract");
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(attributes, "attributes");
    Work w = new Work(contract, zone);
    Allocation allocation = Allocation.of(contract.transactionPrice(), contract.obligations(), contract.residualPolicy());
    for (PerformanceObligation o : contract.obligations()) {
      if (recurring(w, o)) {
        w.spread(o.id(), product(o), o.service().start(), o.service().end(), allocation.amountOf(o.id()).getAmount(),
            contract.id() + "/" + o.id());
      }
    }
    contract.modifications().stream().sorted(Comparator.comparing(ContractModification::effective))
        .forEach(m -> apply(w, m));
    return assemble(w, attributes);
  }

  private static boolean recurring(Work w, PerformanceObligation o) {
    if (o.pattern().kind() == RecognitionPattern.Kind.RATABLE) {
      return true;
    }
    w.excluded.add("one-time obligation (" + (o.pattern().kind() == RecognitionPattern.Kind.MILESTONES ? "milestones"
        : "point in time") + ")", w.contract.id() + "/" + o.id());
    return false;
  }

  private static String product(PerformanceObligation o) {
    return o.description().orElse(o.id());
  }

  private static void apply(Work w, ContractModification m) {
    Instant t = m.effective();
    String id = w.contract.id() + "/" + m.id();
    BigDecimal change = m.priceChange().map(Money::getAmount).orElse(BigDecimal.ZERO);
    switch (m.kind()) {
      case CANCELLATION -> {
        List<Stretch> open = w.inForce(t, Optional.empty());
        w.cancelled |= !open.isEmpty();
        open.forEach(s -> w.stop(s, t));
      }
      case REMOVE_OBLIGATION -> w.inForce(t, m.obligationId()).forEach(s -> w.stop(s, t));
      case TERM_CHANGE -> {
        List<Stretch> open = w.inForce(t, m.obligationId());
        if (open.isEmpty()) {
          w.excluded.add("change with no recurring obligation in force", id);
        }
        if (!open.isEmpty()) {
          Instant first = open.stream().map(s -> s.start).min(Comparator.naturalOrder()).orElseThrow();
          Instant from = t.isAfter(first) ? t : first;
          BigDecimal value = change;
          for (Stretch s : open) {
            value = value.add(w.remaining(s, t));
            w.stop(s, t.isAfter(s.start) ? t : s.start);
          }
          w.spread(open.get(0).obligation, open.get(0).product, from, m.serviceEnd().orElseThrow(), value, id);
        }
      }
      case ADD_OBLIGATION -> {
        PerformanceObligation o = m.added().orElseThrow();
        if (recurring(w, o) && o.service().end().isAfter(t)) {
          Instant from = t.isAfter(o.service().start()) ? t : o.service().start();
          BigDecimal value = m.priceChange().map(Money::getAmount).orElse(o.standaloneValue());
          w.spread(o.id(), product(o), from, o.service().end(), value, id);
        }
      }
      default -> reprice(w, t, m.priceChange().orElse(Money.zero(w.contract.currency())), id);
    }
  }

  private static void reprice(Work w, Instant t, Money change, String id) {
    List<Stretch> open = w.inForce(t, Optional.empty());
    List<BigDecimal> weights = open.stream().map(s -> w.remaining(s, t)).toList();
    if (open.isEmpty() || weights.stream().allMatch(x -> x.signum() <= 0)) {
      w.excluded.add("change with no recurring obligation in force", id);
      return;
    }
    List<Money> shares = change.allocate(weights);
    for (int i = 0; i < open.size(); i++) {
      Stretch s = open.get(i);
      Instant from = t.isAfter(s.start) ? t : s.start;
      Instant end = s.end;
      w.stop(s, from);
      w.spread(s.obligation, s.product, from, end, weights.get(i).add(shares.get(i).getAmount()), id);
    }
  }

  private static ContractLines assemble(Work w, Map<String, String> attributes) {
    Contract c = w.contract;
    List<Stretch> sorted = new ArrayList<>(w.stretches);
    sorted.sort(Comparator.comparing((Stretch s) -> s.start).thenComparing(s -> s.obligation));
    ContractLines.Builder b = new ContractLines.Builder().contractId(c.id());
    int n = 0;
    for (Stretch s : sorted) {
      b.addLines(MrrLine.builder().id(c.id() + "/" + s.obligation + "#" + (++n)).customer(c.customer())
          .monthly(s.monthly).start(s.start).end(s.end).product(s.product).putAllAttributes(attributes).build());
    }
    if (!sorted.isEmpty()) {
      Instant start = sorted.stream().map(s -> s.start).min(Comparator.naturalOrder()).orElseThrow();
      Instant end = sorted.stream().map(s -> s.end).max(Comparator.naturalOrder()).orElseThrow();
      Money atStart = Money.zero(c.currency());
      Money atEnd = Money.zero(c.currency());
      for (Stretch s : sorted) {
        atStart = s.start.equals(start) ? atStart.plus(s.monthly) : atStart;
        atEnd = s.end.equals(end) ? atEnd.plus(s.monthly) : atEnd;
      }
      b.term(RenewalTerm.builder().contractId(c.id()).customer(c.customer()).booked(c.bookingDate()).start(start)
          .end(end).arrAtStart(atStart.multipliedBy(12)).arrAtEnd(atEnd.multipliedBy(12)).cancelled(w.cancelled)
          .dealId(c.dealId()).putAllAttributes(attributes).build());
    }
    return b.addAllExcluded(w.excluded.result()).build();
  }
}
