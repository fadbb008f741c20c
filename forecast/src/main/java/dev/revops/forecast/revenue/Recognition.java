package dev.revops.forecast.revenue;

import dev.revops.core.money.Money;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The recognition part of a schedule: the obligations as changes leave them, the segments and
 * catch-ups that spread their revenue, the allocations made and the effect of each change on the
 * transaction price. Mutable, used by one schedule computation only.
 */
final class Recognition {

  /** One obligation as the changes leave it: its current window and standalone value. */
  static final class Line {
    final PerformanceObligation obligation;
    ServicePeriod window;
    BigDecimal ssp;
    boolean removed;

    Line(PerformanceObligation obligation) {
      this.obligation = obligation;
      this.window = obligation.service();
      this.ssp = obligation.standaloneValue();
    }

    /** Ends the service at {@code at} (removing the line when it had not started), scaling its standalone value. */
    void endAt(Instant at) {
      if (!at.isAfter(window.start())) {
        removed = true;
        ssp = BigDecimal.ZERO;
        return;
      }
      if (at.isBefore(window.end())) {
        retermTo(at);
      }
    }

    /** Ends the service at another instant: a price per month is worth its new months, any other price scales by time. */
    void retermTo(Instant end) {
      ServicePeriod next = window.endingAt(end);
      ssp = obligation.pricedPerMonth().isPresent() ? obligation.valueOver(next)
          : ssp.multiply(BigDecimal.valueOf(next.length().toNanos()))
              .divide(BigDecimal.valueOf(window.length().toNanos()), MathContext.DECIMAL128);
      window = next;
    }
  }

  /** An amount recognized at one instant rather than spread. */
  record CatchUp(String obligationId, Instant at, long amount, RevenueSource source, Optional<String> ref) {}

  /** A change as it is applied: its instant, source, reference and each line's revenue recognized before it. */
  private record Applying(Instant at, RevenueSource source, Optional<String> ref, Map<String, Long> before) {}

  private final Contract contract;
  private final ZoneId zone;
  private final Map<String, Line> lines = new LinkedHashMap<>();
  private final List<Segment> segments = new ArrayList<>();
  private final List<CatchUp> catchUps = new ArrayList<>();
  /** The segments and catch-ups of each obligation, so a change looks at one line's alone. */
  private final Map<String, List<Segment>> segmentsOf = new HashMap<>();
  private final Map<String, List<CatchUp>> catchUpsOf = new HashMap<>();
  private final List<Allocation> allocations = new ArrayList<>();
  private final List<ChangeEffect> effects = new ArrayList<>();
  private long price;

  /** Allocates the transaction price and spreads it from the booking (service before it is caught up at booking). */
  Recognition(Contract contract, ZoneId zone) {
    this.contract = contract;
    this.zone = zone;
    this.price = contract.transactionPrice().getAmountMinor();
    Instant booked = contract.bookingDate().atStartOfDay(zone).toInstant();
    contract.obligations().forEach(o -> lines.put(o.id(), new Line(o)));
    Allocation first = Allocation.of(contract.transactionPrice(), contract.obligations(), contract.residualPolicy());
    allocations.add(first);
    for (AllocationLine a : first.lines()) {
      Line line = lines.get(a.obligationId());
      Segment s = new Segment(a.obligationId(), a.amount().getAmountMinor(), line.obligation.pattern(),
          line.obligation.pattern().milestones(), line.window, booked, RevenueSource.BASE, Optional.empty());
      addSegment(s);
      long before = s.cumulative(booked, zone);
      if (before != 0) {
        addCatchUp(new CatchUp(a.obligationId(), booked, before, RevenueSource.BASE, Optional.empty()));
      }
    }
  }

  /** The transaction price after the changes applied so far, in minor units. */
  long price() {
    return price;
  }

  List<Segment> segments() {
    return segments;
  }

  List<CatchUp> catchUps() {
    return catchUps;
  }

  List<Allocation> allocations() {
    return allocations;
  }

  List<ChangeEffect> effects() {
    return effects;
  }

  /** The obligations, in the contract's order then the added ones. */
  Iterable<Line> lines() {
    return lines.values();
  }

  Line line(String obligationId) {
    return lines.get(obligationId);
  }

  private Money money(long minor) {
    return Money.ofMinor(contract.currency(), minor);
  }

  private void addSegment(Segment s) {
    segments.add(s);
    segmentsOf.computeIfAbsent(s.obligationId, k -> new ArrayList<>()).add(s);
  }

  private void addCatchUp(CatchUp c) {
    catchUps.add(c);
    catchUpsOf.computeIfAbsent(c.obligationId(), k -> new ArrayList<>()).add(c);
  }

  /** What an obligation recognized by {@code at}, over all its segments and catch-ups. */
  long recognized(String obligationId, Instant at) {
    long sum = 0;
    for (Segment s : segmentsOf.getOrDefault(obligationId, List.of())) {
      sum += s.recognizedBy(at, zone);
    }
    for (CatchUp c : catchUpsOf.getOrDefault(obligationId, List.of())) {
      if (!c.at().isAfter(at)) {
        sum += c.amount();
      }
    }
    return sum;
  }

  /**
   * Applies one change: keeps what was recognized, changes the obligations, re-spreads the new
   * price and records the effect.
   *
   * @return the new transaction price, in minor units
   */
  long apply(Change c) {
    Instant d = c.at();
    Map<String, Long> before = new LinkedHashMap<>();
    long recognizedTotal = 0;
    for (String id : lines.keySet()) {
      long r = recognized(id, d);
      before.put(id, r);
      recognizedTotal += r;
    }
    if (c instanceof Change.Modification m) {
      structural(m.modification(), d);
    }
    long newPrice = Math.addExact(c.cancels() ? recognizedTotal : price, c.priceChange());
    if (newPrice < 0) {
      throw RevenueSchedule.invalid(contract, c.priceField(), money(c.priceChange()),
          "must not make the transaction price negative (it was " + money(price) + ")");
    }
    for (Segment s : segments) {
      if (s.activeUntil == null || s.activeUntil.isAfter(d)) {
        s.activeUntil = d;
      }
    }
    Applying at = new Applying(d, c.source(), Optional.of(c.id()), before);
    long caughtUp = c.treatment() == Treatment.PROSPECTIVE || c.cancels()
        ? prospective(at, newPrice - recognizedTotal)
        : catchUp(at, newPrice);
    effects.add(new ChangeEffect.Builder().id(c.id()).source(c.source()).effective(d)
        .priceChange(money(newPrice - price)).catchUp(money(caughtUp)).recognizedBefore(money(recognizedTotal))
        .build());
    price = newPrice;
    return newPrice;
  }

  /** What a modification does to the obligations themselves. */
  private void structural(ContractModification m, Instant d) {
    switch (m.kind()) {
      case ADD_OBLIGATION -> {
        PerformanceObligation o = m.added().orElseThrow();
        if (lines.containsKey(o.id())) {
          throw RevenueSchedule.invalid(contract, "modifications." + m.id() + ".added", o.id(),
              "must not reuse an obligation id");
        }
        lines.put(o.id(), new Line(o));
      }
      case REMOVE_OBLIGATION -> named(m).endAt(d);
      case TERM_CHANGE -> {
        Line l = named(m);
        Instant end = m.serviceEnd().orElseThrow();
        if (!end.isAfter(l.window.start())) {
          throw RevenueSchedule.invalid(contract, "modifications." + m.id() + ".serviceEnd", end,
              "must be after the service start " + l.window.start() + " of " + l.obligation.id());
        }
        l.retermTo(end);
      }
      case CANCELLATION -> lines.values().forEach(l -> l.endAt(d));
      default -> { }
    }
  }

  /** The obligation a modification names, still in the contract. */
  private Line named(ContractModification m) {
    String id = m.obligationId().orElseThrow();
    Line l = lines.get(id);
    if (l == null || l.removed) {
      throw RevenueSchedule.invalid(contract, "modifications." + m.id() + ".obligationId", id,
          "must name an obligation still in the contract");
    }
    return l;
  }

  /** Spreads what remains over what remains to be delivered; returns what had to be recognized at once. */
  private long prospective(Applying c, long remaining) {
    List<String> ids = new ArrayList<>();
    List<BigDecimal> weights = new ArrayList<>();
    BigDecimal total = BigDecimal.ZERO;
    for (Map.Entry<String, Line> e : lines.entrySet()) {
      BigDecimal w = remainingValue(e.getValue(), c.at());
      ids.add(e.getKey());
      weights.add(w);
      total = total.add(w);
    }
    if (remaining < 0 || total.signum() == 0) {
      return atOnce(c, remaining);
    }
    List<Money> parts = Allocation.split(money(remaining), weights, contract.residualPolicy());
    Allocation.Builder a = new Allocation.Builder().price(money(remaining)).policy(contract.residualPolicy());
    for (int i = 0; i < ids.size(); i++) {
      Line l = lines.get(ids.get(i));
      a.addLines(AllocationLine.of(ids.get(i), weights.get(i), parts.get(i)));
      if (parts.get(i).isZero()) {
        continue;
      }
      Instant from = l.window.start().isAfter(c.at()) ? l.window.start() : c.at();
      List<Milestone> left = remainingMilestones(l.obligation.pattern().milestones(), c.at());
      addSegment(new Segment(ids.get(i), parts.get(i).getAmountMinor(), l.obligation.pattern(), left,
          ServicePeriod.of(from, l.window.end()), c.at(), c.source(), c.ref()));
    }
    allocations.add(a.build());
    return 0;
  }

  /** A line's standalone value x the share of its service still to deliver at {@code d}; zero once removed. */
  private BigDecimal remainingValue(Line l, Instant d) {
    if (l.removed) {
      return BigDecimal.ZERO;
    }
    Ratio done = Progress.at(l.obligation.pattern(), l.window, l.obligation.pattern().milestones(), d, zone);
    Ratio left = Ratio.ONE.minus(done);
    return l.ssp.multiply(new BigDecimal(left.num())).divide(new BigDecimal(left.den()), MathContext.DECIMAL128);
  }

  /** Recognizes an amount at once, split over the obligations by what they recognized (else their standalone value). */
  private long atOnce(Applying c, long amount) {
    if (amount == 0) {
      return 0;
    }
    List<String> ids = new ArrayList<>(lines.keySet());
    List<BigDecimal> weights = new ArrayList<>();
    for (String id : ids) {
      weights.add(BigDecimal.valueOf(Math.abs(c.before().getOrDefault(id, 0L))));
    }
    if (weights.stream().allMatch(w -> w.signum() == 0)) {
      weights.clear();
      ids.forEach(id -> weights.add(lines.get(id).obligation.standaloneValue()));
    }
    if (weights.stream().allMatch(w -> w.signum() == 0)) {
      weights.set(0, BigDecimal.ONE);
    }
    List<Money> parts = Allocation.split(money(amount), weights, contract.residualPolicy());
    for (int i = 0; i < ids.size(); i++) {
      if (!parts.get(i).isZero()) {
        addCatchUp(new CatchUp(ids.get(i), c.at(), parts.get(i).getAmountMinor(), c.source(), c.ref()));
      }
    }
    return amount;
  }

  /** Allocates the new price as if from inception and catches up; returns the catch-up. */
  private long catchUp(Applying c, long newPrice) {
    List<String> ids = new ArrayList<>(lines.keySet());
    List<BigDecimal> weights = ids.stream().map(id -> lines.get(id).ssp).toList();
    if (weights.stream().allMatch(w -> w.signum() == 0)) {
      return atOnce(c, newPrice - c.before().values().stream().mapToLong(Long::longValue).sum());
    }
    List<Money> parts = Allocation.split(money(newPrice), weights, contract.residualPolicy());
    Allocation.Builder a = new Allocation.Builder().price(money(newPrice)).policy(contract.residualPolicy());
    long total = 0;
    for (int i = 0; i < ids.size(); i++) {
      Line l = lines.get(ids.get(i));
      a.addLines(AllocationLine.of(ids.get(i), weights.get(i), parts.get(i)));
      Segment s = new Segment(ids.get(i), parts.get(i).getAmountMinor(), l.obligation.pattern(),
          l.obligation.pattern().milestones(), l.window, c.at(), c.source(), c.ref());
      addSegment(s);
      long up = s.cumulative(c.at(), zone) - c.before().getOrDefault(ids.get(i), 0L);
      if (up != 0) {
        addCatchUp(new CatchUp(ids.get(i), c.at(), up, c.source(), c.ref()));
        total += up;
      }
    }
    allocations.add(a.build());
    return total;
  }

  /** The milestones not reached by {@code d}, their shares renormalised to sum to one. */
  static List<Milestone> remainingMilestones(List<Milestone> all, Instant d) {
    List<Milestone> left = all.stream().filter(m -> !m.at().isBefore(d)).toList();
    if (left.isEmpty() || left.size() == all.size()) {
      return left;
    }
    BigDecimal sum = left.stream().map(Milestone::share).reduce(BigDecimal.ZERO, BigDecimal::add);
    // renormalise exactly: shares as fractions of what is left; the last takes the rest so they sum to 1
    List<Milestone> out = new ArrayList<>();
    BigDecimal given = BigDecimal.ZERO;
    for (int i = 0; i < left.size(); i++) {
      Milestone m = left.get(i);
      BigDecimal share = i == left.size() - 1 ? BigDecimal.ONE.subtract(given)
          : m.share().divide(sum, MathContext.DECIMAL128);
      given = given.add(share);
      out.add(Milestone.of(m.id(), m.at(), share));
    }
    return out;
  }
}
