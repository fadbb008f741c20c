package dev.revops.forecast.revenue;

import dev.revops.core.InvalidValueException;
import dev.revops.core.money.Money;
import dev.revops.core.period.Period;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The recognition and billing schedule of a contract: the pure function at the heart of the
 * revenue module.
 *
 * <p><b>Allocation.</b> The transaction price is allocated to the obligations by relative
 * standalone selling price ({@link Allocation}). <b>Recognition.</b> Each obligation's amount is
 * spread by its {@link RecognitionPattern}; what is recognized by any instant is the amount x the
 * pattern's exact share, rounded half-even to the minor unit (cumulative rounding), or, for the
 * conventions that place each calendar month's amount first ({@link RatableConvention}), the months
 * before plus the current month's amount x its elapsed share. Either way a period's revenue is the
 * difference of two such figures and every obligation's periods sum exactly to its amount. Nothing
 * is recognized before the booking date: service delivered earlier is recognized at booking.
 *
 * <p><b>Changes</b>, in order of their instant (modifications before credit notes at the same
 * instant): a {@link ContractModification}, or a {@link CreditNote} with a treatment (a price
 * concession of its amount). At each, the revenue recognized so far stays; then
 * <ul>
 *   <li>{@link Treatment#PROSPECTIVE}: the new price less what was recognized is allocated to what
 *       remains to be delivered, weighed by each obligation's standalone selling price x its
 *       remaining share, and spread from the change on (a negative remainder is reversed at once;
 *       a remainder with nothing left to deliver is recognized at once);</li>
 *   <li>{@link Treatment#CUMULATIVE_CATCH_UP}: the new price is allocated to all obligations as if
 *       from inception, and the difference between what that recognizes by the change and what was
 *       recognized is recognized at once.</li>
 * </ul>
 * A cancellation ends every obligation at the change and sets the price to what was recognized
 * (plus its price change: a settlement fee, say). An obligation whose service time changes has its
 * standalone selling price scaled in proportion (a price per month: worth its new calendar months).
 *
 * <p><b>Billing.</b> The plan's invoices; credit notes; and after each modification the invoices
 * not yet issued are re-spread so that billing meets the new price (what was billed beyond it is
 * credited at the change, a rise with nothing left to invoice is invoiced at the change).
 * <b>Closed books.</b> Periods the books have closed keep what was posted; the difference a late
 * change makes to them is posted in the first open period (revenue as a
 * {@link RevenueSource#CORRECTION} per obligation, billing, cash, contract value and the functional
 * figures in total). A contract the books do not hold yet whose booking period is closed is booked
 * in the first open period.
 *
 * <pre>{@code
 * ContractSchedule s = RevenueSchedule.of(contract, RevenueOptions.defaults());
 * s.periods().forEach(p -> System.out.println(p.period().label() + " " + p.recognized()));
 * }</pre>
 *
 * <p>Pure and thread-safe.
 */
public final class RevenueSchedule {
  private RevenueSchedule() {}

  /**
   * The schedule of a contract with no period closed.
   *
   * @param contract the contract
   * @param options the periods, zone and functional currency
   * @return the schedule
   * @throws InvalidValueException if a change or credit note cannot apply (naming the contract, the
   *     line and the rule), or a rate into the functional currency is missing
   */
  public static ContractSchedule of(Contract contract, RevenueOptions options) {
    return of(contract, options, ClosedBooks.none());
  }

  /**
   * The schedule of a contract against closed books.
   *
   * @param contract the contract
   * @param options the periods, zone and functional currency
   * @param books what closed periods hold: closed periods show what was posted, and what this
   *     contract now puts in them beyond that is corrected in the first open period
   * @return the schedule
   * @throws InvalidValueException if a change or credit note cannot apply, a rate is missing, or
   *     a figure of the schedule is beyond what {@link Money} holds (its payments, say, sum beyond a
   *     {@code long} of minor units): one contract that cannot be scheduled, named with its amounts
   * @throws IllegalArgumentException if the books are kept in other options
   *     ({@link ClosedBooks#checkOptions})
   */
  public static ContractSchedule of(Contract contract, RevenueOptions options, ClosedBooks books) {
    Objects.requireNonNull(contract, "contract");
    Objects.requireNonNull(options, "options");
    books.checkOptions(options);
    try {
      return new Run(contract, options, books).schedule();
    } catch (ArithmeticException e) {
      // a contract's own figures beyond a long: that contract is invalid, not the run that reads it
      throw new InvalidValueException("contract " + contract.id(), List.of(new InvalidValueException.Violation(
          "amounts", InvalidValueException.text(contract.transactionPrice()), "must keep every figure of the schedule "
              + "(a price after changes, a period's billing, cash or revenue, in the contract's or the functional "
              + "currency) within what an amount holds: " + largest(contract.currency()) + " either way",
          String.valueOf(e.getMessage()))));
    }
  }

  /** The largest amount in a currency: a {@code long} of its minor units. */
  private static String largest(Currency currency) {
    return Money.ofMinor(currency.getCurrencyCode(), Long.MAX_VALUE).toString();
  }

  /** One obligation as the run sees it: its current window and standalone value. */
  private static final class Line {
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

  private record CatchUp(String obligationId, Instant at, long amount, RevenueSource source, Optional<String> ref) {}

  /** What one segment or catch-up adds to one period. */
  private record Part(String obligationId, RevenueSource source, Optional<String> ref, long amount) {}

  /** The first of the periods (by their ends, ascending) that ends after {@code t}; their count if none does. */
  static int firstEndingAfter(Instant[] ends, Instant t) {
    int lo = 0;
    int hi = ends.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (ends[mid].isAfter(t)) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return lo;
  }

  private record Change(Instant at, ContractModification modification, CreditNote note) {
    String id() {
      return modification != null ? modification.id() : note.id();
    }
  }

  /** A planned invoice, before the re-spreads of modifications. */
  private static final class Planned {
    final String id;
    final LocalDate date;
    long amount;

    Planned(String id, LocalDate date, long amount) {
      this.id = id;
      this.date = date;
      this.amount = amount;
    }
  }

  private static final class Run {
    final Contract contract;
    final RevenueOptions options;
    final ClosedBooks books;
    final ZoneId zone;
    final Currency currency;
    final Instant booked;
    final Map<String, Line> lines = new LinkedHashMap<>();
    final List<Segment> segments = new ArrayList<>();
    final List<CatchUp> catchUps = new ArrayList<>();
    /** The segments and catch-ups of each obligation, so a change looks at one line's alone. */
    final Map<String, List<Segment>> segmentsOf = new HashMap<>();
    final Map<String, List<CatchUp>> catchUpsOf = new HashMap<>();
    final List<Allocation> allocations = new ArrayList<>();
    final List<ChangeEffect> changes = new ArrayList<>();
    final List<Planned> planned = new ArrayList<>();
    final List<BillingLine> adjustments = new ArrayList<>();
    long price;

    Run(Contract contract, RevenueOptions options, ClosedBooks books) {
      this.contract = contract;
      this.options = options;
      this.books = books;
      this.zone = options.zone();
      this.currency = contract.currency();
      this.booked = contract.bookingDate().atStartOfDay(zone).toInstant();
      this.price = contract.transactionPrice().getAmountMinor();
    }

    Money money(long minor) {
      return Money.ofMinor(currency, minor);
    }

    InvalidValueException error(String field, Object value, String rule) {
      return new InvalidValueException("contract " + contract.id(), List.of(new InvalidValueException.Violation(
          field, InvalidValueException.text(value), rule)));
    }

    ContractSchedule schedule() {
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
      plan();
      for (Change c : changes()) {
        apply(c);
      }
      return build();
    }

    // ---- changes

    List<Change> changes() {
      List<Change> out = new ArrayList<>();
      contract.modifications().forEach(m -> out.add(new Change(m.effective(), m, null)));
      contract.creditNotes().stream().filter(n -> n.treatment().isPresent())
          .forEach(n -> out.add(new Change(n.date().atStartOfDay(zone).toInstant(), null, n)));
      out.sort(Comparator.comparing(Change::at));   // stable: modifications first on ties
      return out;
    }

    void addSegment(Segment s) {
      segments.add(s);
      segmentsOf.computeIfAbsent(s.obligationId, k -> new ArrayList<>()).add(s);
    }

    void addCatchUp(CatchUp c) {
      catchUps.add(c);
      catchUpsOf.computeIfAbsent(c.obligationId(), k -> new ArrayList<>()).add(c);
    }

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

    void apply(Change c) {
      Instant d = c.at();
      ContractModification m = c.modification();
      RevenueSource source = m == null ? RevenueSource.CREDIT_NOTE
          : m.kind() == ContractModification.Kind.CANCELLATION ? RevenueSource.CANCELLATION : RevenueSource.MODIFICATION;
      Treatment treatment = m == null ? c.note().treatment().get() : m.treatment();
      Optional<String> ref = Optional.of(c.id());
      Map<String, Long> before = new LinkedHashMap<>();
      long recognizedTotal = 0;
      for (String id : lines.keySet()) {
        long r = recognized(id, d);
        before.put(id, r);
        recognizedTotal += r;
      }
      long change;
      if (m == null) {
        change = -c.note().amount().getAmountMinor();
      } else {
        change = m.priceChange().map(Money::getAmountMinor).orElse(0L);
        structural(m, d);
      }
      long newPrice = Math.addExact(m != null && m.kind() == ContractModification.Kind.CANCELLATION ? recognizedTotal
          : price, change);
      if (newPrice < 0) {
        throw error(m == null ? "creditNotes." + c.id() + ".amount" : "modifications." + c.id() + ".priceChange",
            money(change), "must not make the transaction price negative (it was " + money(price) + ")");
      }
      for (Segment s : segments) {
        if (s.activeUntil == null || s.activeUntil.isAfter(d)) {
          s.activeUntil = d;
        }
      }
      long caughtUp = treatment == Treatment.PROSPECTIVE || m != null && m.kind() == ContractModification.Kind.CANCELLATION
          ? prospective(d, newPrice - recognizedTotal, before, source, ref)
          : catchUp(d, newPrice, before, source, ref);
      changes.add(new ChangeEffect.Builder().id(c.id()).source(source).effective(d).priceChange(money(newPrice - price))
          .catchUp(money(caughtUp)).recognizedBefore(money(recognizedTotal)).build());
      if (m != null) {
        respread(LocalDate.ofInstant(d, zone), newPrice, c.id());
      }
      price = newPrice;
    }

    void structural(ContractModification m, Instant d) {
      switch (m.kind()) {
        case ADD_OBLIGATION -> {
          PerformanceObligation o = m.added().get();
          if (lines.containsKey(o.id())) {
            throw error("modifications." + m.id() + ".added", o.id(), "must not reuse an obligation id");
          }
          lines.put(o.id(), new Line(o));
        }
        case REMOVE_OBLIGATION -> line(m).endAt(d);
        case TERM_CHANGE -> {
          Line l = line(m);
          Instant end = m.serviceEnd().get();
          if (!end.isAfter(l.window.start())) {
            throw error("modifications." + m.id() + ".serviceEnd", end, "must be after the service start "
                + l.window.start() + " of " + l.obligation.id());
          }
          l.retermTo(end);
        }
        case CANCELLATION -> lines.values().forEach(l -> l.endAt(d));
        default -> { }
      }
    }

    Line line(ContractModification m) {
      Line l = lines.get(m.obligationId().get());
      if (l == null || l.removed) {
        throw error("modifications." + m.id() + ".obligationId", m.obligationId().get(),
            "must name an obligation still in the contract");
      }
      return l;
    }

    /** Spreads what remains over what remains to be delivered; returns what had to be recognized at once. */
    long prospective(Instant d, long remaining, Map<String, Long> before, RevenueSource source, Optional<String> ref) {
      List<String> ids = new ArrayList<>();
      List<BigDecimal> weights = new ArrayList<>();
      BigDecimal total = BigDecimal.ZERO;
      for (Map.Entry<String, Line> e : lines.entrySet()) {
        Line l = e.getValue();
        BigDecimal w = BigDecimal.ZERO;
        if (!l.removed) {
          Ratio done = Progress.at(l.obligation.pattern(), l.window, l.obligation.pattern().milestones(), d, zone);
          Ratio left = Ratio.ONE.minus(done);
          w = l.ssp.multiply(new BigDecimal(left.num())).divide(new BigDecimal(left.den()), MathContext.DECIMAL128);
        }
        ids.add(e.getKey());
        weights.add(w);
        total = total.add(w);
      }
      if (remaining < 0 || total.signum() == 0) {
        return atOnce(d, remaining, before, source, ref);
      }
      List<Money> parts = Allocation.split(money(remaining), weights, contract.residualPolicy());
      Allocation.Builder a = new Allocation.Builder().price(money(remaining)).policy(contract.residualPolicy());
      for (int i = 0; i < ids.size(); i++) {
        Line l = lines.get(ids.get(i));
        a.addLines(AllocationLine.of(ids.get(i), weights.get(i), parts.get(i)));
        if (parts.get(i).isZero()) {
          continue;
        }
        Instant from = l.window.start().isAfter(d) ? l.window.start() : d;
        List<Milestone> left = remainingMilestones(l.obligation.pattern().milestones(), d);
        addSegment(new Segment(ids.get(i), parts.get(i).getAmountMinor(), l.obligation.pattern(), left,
            ServicePeriod.of(from, l.window.end()), d, source, ref));
      }
      allocations.add(a.build());
      return 0;
    }

    /** Recognizes an amount at once, split over the obligations by what they recognized (else their standalone value). */
    long atOnce(Instant d, long amount, Map<String, Long> before, RevenueSource source, Optional<String> ref) {
      if (amount == 0) {
        return 0;
      }
      List<String> ids = new ArrayList<>(lines.keySet());
      List<BigDecimal> weights = new ArrayList<>();
      for (String id : ids) {
        weights.add(BigDecimal.valueOf(Math.abs(before.getOrDefault(id, 0L))));
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
          addCatchUp(new CatchUp(ids.get(i), d, parts.get(i).getAmountMinor(), source, ref));
        }
      }
      return amount;
    }

    /** Allocates the new price as if from inception and catches up; returns the catch-up. */
    long catchUp(Instant d, long newPrice, Map<String, Long> before, RevenueSource source, Optional<String> ref) {
      List<String> ids = new ArrayList<>(lines.keySet());
      List<BigDecimal> weights = ids.stream().map(id -> lines.get(id).ssp).toList();
      if (weights.stream().allMatch(w -> w.signum() == 0)) {
        return atOnce(d, newPrice - before.values().stream().mapToLong(Long::longValue).sum(), before, source, ref);
      }
      List<Money> parts = Allocation.split(money(newPrice), weights, contract.residualPolicy());
      Allocation.Builder a = new Allocation.Builder().price(money(newPrice)).policy(contract.residualPolicy());
      long total = 0;
      for (int i = 0; i < ids.size(); i++) {
        Line l = lines.get(ids.get(i));
        a.addLines(AllocationLine.of(ids.get(i), weights.get(i), parts.get(i)));
        Segment s = new Segment(ids.get(i), parts.get(i).getAmountMinor(), l.obligation.pattern(),
            l.obligation.pattern().milestones(), l.window, d, source, ref);
        addSegment(s);
        long up = s.cumulative(d, zone) - before.getOrDefault(ids.get(i), 0L);
        if (up != 0) {
          addCatchUp(new CatchUp(ids.get(i), d, up, source, ref));
          total += up;
        }
      }
      allocations.add(a.build());
      return total;
    }

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

    // ---- billing

    void plan() {
      List<LocalDate> dates = contract.billing().dates();
      List<Long> amounts = new ArrayList<>();
      switch (contract.billing().kind()) {
        case UP_FRONT -> amounts.add(price);
        case PERIODIC -> {
          List<BigDecimal> equal = dates.stream().map(x -> BigDecimal.ONE).toList();
          Allocation.split(money(price), equal, ResidualPolicy.LARGEST_REMAINDER)
              .forEach(p -> amounts.add(p.getAmountMinor()));
        }
        default -> contract.billing().invoices().stream().sorted(Comparator.comparing(ScheduledInvoice::date))
            .forEach(i -> amounts.add(i.amount().getAmountMinor()));
      }
      for (int i = 0; i < dates.size(); i++) {
        if (amounts.get(i) != 0) {
          planned.add(new Planned(contract.id() + "-" + (i + 1), dates.get(i), amounts.get(i)));
        }
      }
    }

    void respread(LocalDate day, long newPrice, String modification) {
      long fixed = 0;
      List<Planned> future = new ArrayList<>();
      for (Planned p : planned) {
        if (p.date.isBefore(day)) {
          fixed += p.amount;
        } else {
          future.add(p);
        }
      }
      for (BillingLine a : adjustments) {
        fixed += a.amount().getAmountMinor();
      }
      for (CreditNote n : contract.creditNotes()) {
        fixed -= n.amount().getAmountMinor();
      }
      long left = newPrice - fixed;
      if (!future.isEmpty() && left >= 0) {
        List<BigDecimal> weights = future.stream().map(p -> BigDecimal.valueOf(p.amount)).toList();
        List<Money> parts = Allocation.split(money(left), weights, ResidualPolicy.LARGEST_REMAINDER);
        for (int i = 0; i < future.size(); i++) {
          future.get(i).amount = parts.get(i).getAmountMinor();
        }
        planned.removeIf(p -> p.amount == 0);
        return;
      }
      planned.removeAll(future);
      if (left != 0) {
        int n = adjustments.size() + 1;
        adjustments.add(BillingLine.of(contract.id() + (left > 0 ? "-A" : "-C") + n,
            left > 0 ? BillingLine.Kind.ADJUSTMENT : BillingLine.Kind.CREDIT_NOTE, day, money(left),
            Optional.of(modification)));
      }
    }

    List<BillingLine> billing() {
      List<BillingLine> out = new ArrayList<>();
      planned.forEach(p -> out.add(BillingLine.of(p.id, BillingLine.Kind.INVOICE, p.date, money(p.amount),
          Optional.empty())));
      out.addAll(adjustments);
      Map<String, Long> credited = new HashMap<>();
      for (CreditNote n : contract.creditNotes()) {
        BillingLine invoice = out.stream().filter(b -> b.id().equals(n.invoiceId()) && b.amount().isPositive())
            .findFirst().orElseThrow(() -> error("creditNotes." + n.id() + ".invoiceId", n.invoiceId(),
                "must name an invoice of the contract"));
        // saturating: credit notes summing beyond a long credit more than any invoice, never a wrapped sum
        long total = credited.merge(n.invoiceId(), n.amount().getAmountMinor(),
            (a, b) -> a > Long.MAX_VALUE - b ? Long.MAX_VALUE : a + b);
        if (total > invoice.amount().getAmountMinor()) {
          throw error("creditNotes." + n.id() + ".amount", n.amount(), "must not credit more than invoice "
              + n.invoiceId() + " billed (" + invoice.amount() + ")");
        }
        if (n.date().isBefore(invoice.date())) {
          throw error("creditNotes." + n.id() + ".date", n.date(), "must not be before invoice " + n.invoiceId()
              + " of " + invoice.date());
        }
        out.add(BillingLine.of(n.id(), BillingLine.Kind.CREDIT_NOTE, n.date(), n.amount().negated(),
            Optional.of(n.invoiceId())));
      }
      for (Payment p : contract.payments()) {
        p.invoiceId().ifPresent(id -> {
          if (out.stream().noneMatch(b -> b.id().equals(id))) {
            throw error("payments." + p.id() + ".invoiceId", id, "must name an invoice of the contract");
          }
        });
      }
      out.sort(Comparator.comparing(BillingLine::date));
      return out;
    }

    // ---- the schedule

    ContractSchedule build() {
      List<BillingLine> billing = billing();
      Period bookedIn = period(contract.bookingDate());
      List<Period> periods = periods(bookedIn, billing);
      PeriodFigures computed = new PeriodFigures();
      revenue(periods).forEach(computed::add);
      billing.forEach(b -> computed.add(period(b.date()), PostingKind.BILLING, b.amount().getAmountMinor()));
      contract.payments().forEach(p -> computed.add(period(p.date()), PostingKind.CASH, p.amount().getAmountMinor()));
      computed.add(bookedIn, PostingKind.CONTRACT_VALUE, contract.transactionPrice().getAmountMinor());
      for (ChangeEffect c : changes) {
        Period in = period(LocalDate.ofInstant(c.effective(), zone));
        computed.add(in.compareTo(bookedIn) < 0 ? bookedIn : in, PostingKind.CONTRACT_VALUE,
            c.priceChange().getAmountMinor());
      }
      // the booking is posted once: where the books have it, else in its period, else in the first open one
      Optional<BooksIndex.Contract> posted = Optional.ofNullable(books.index().contracts.get(contract.id()));
      Optional<Period> open = books.batches().isEmpty() ? Optional.empty() : Optional.of(books.firstOpen());
      Period bookingPeriod = posted.map(c -> c.bookingPeriod)
          .orElseGet(() -> open.filter(o -> o.compareTo(bookedIn) > 0).orElse(bookedIn));
      if (posted.isEmpty()) {
        computed.add(bookingPeriod, PostingKind.BOOKING, contract.transactionPrice().getAmountMinor());
        computed.add(bookingPeriod, PostingKind.NOT_YET_STARTED, notYetStarted(bookingPeriod));
      }
      Optional<Currency> fx = options.functionalCurrency().filter(f -> !f.equals(currency));
      fx.ifPresent(f -> functional(computed, periods, billing, f));
      PeriodFigures shown = open.isEmpty() ? computed : PeriodFigures.frozen(computed,
          posted.map(c -> c.figures).orElseGet(PeriodFigures::new), books.closedBefore(), open.get(), currency);
      Period last = periods.get(periods.size() - 1);
      last = max(max(last, bookingPeriod), shown.last().orElse(last));
      if (open.isPresent() && PeriodFigures.closed(bookingPeriod, books.closedBefore())) {
        last = max(last, open.get());   // corrections need the first open period
      }
      ContractSchedule.Builder b = new ContractSchedule.Builder().contractId(contract.id())
          .customer(contract.customer()).currency(currency)
          .bookingDate(posted.map(c -> c.bookingDate).orElse(contract.bookingDate())).bookingPeriod(bookingPeriod)
          .bookedPrice(contract.transactionPrice()).finalPrice(money(price)).addAllAllocations(allocations)
          .addAllChanges(changes).addAllBilling(billing).addAllEntries(shown.entries())
          .addAllPeriods(shown.rows(bookingPeriod, last, p -> period(p.end()), currency, fx));
      lines.values().forEach(l -> b.putServiceStarts(l.obligation.id(), LocalDate.ofInstant(
          l.obligation.service().start(), zone)));
      return b.build();
    }

    /** From the booking period to the last with activity. */
    List<Period> periods(Period first, List<BillingLine> billing) {
      LocalDate lastDay = contract.bookingDate();
      for (Segment s : segments) {
        lastDay = max(lastDay, LocalDate.ofInstant(s.window.end().minusNanos(1), zone));
      }
      for (CatchUp c : catchUps) {
        lastDay = max(lastDay, LocalDate.ofInstant(c.at(), zone));
      }
      for (BillingLine b : billing) {
        lastDay = max(lastDay, b.date());
      }
      for (Payment p : contract.payments()) {
        lastDay = max(lastDay, p.date());
      }
      List<Period> periods = new ArrayList<>();
      for (Period p = first; !p.start().isAfter(lastDay); p = period(p.end())) {
        periods.add(p);
      }
      return periods;
    }

    /** The revenue entries per period, obligation, source and reference. */
    List<RevenueEntry> revenue(List<Period> periods) {
      // each segment only over the periods in which its revenue can change, so the cost grows with segments + periods, not their product
      Instant[] froms = new Instant[periods.size()];
      Instant[] tos = new Instant[periods.size()];
      List<List<Part>> parts = new ArrayList<>();
      for (int i = 0; i < periods.size(); i++) {
        froms[i] = periods.get(i).start().atStartOfDay(zone).toInstant();
        tos[i] = periods.get(i).end().atStartOfDay(zone).toInstant();
        parts.add(new ArrayList<>());
      }
      for (Segment s : segments) {
        Instant[] range = s.changing();
        if (!range[1].isAfter(range[0])) {
          continue;
        }
        for (int i = firstEndingAfter(tos, range[0]); i < periods.size() && froms[i].isBefore(range[1]); i++) {
          parts.get(i).add(new Part(s.obligationId, s.source, s.reference, s.between(froms[i], tos[i], zone)));
        }
      }
      for (CatchUp c : catchUps) {
        int i = firstEndingAfter(tos, c.at());
        if (i < periods.size() && !c.at().isBefore(froms[i])) {
          parts.get(i).add(new Part(c.obligationId(), c.source(), c.ref(), c.amount()));
        }
      }
      Map<String, long[]> sums = new LinkedHashMap<>();
      Map<String, RevenueEntry> keys = new LinkedHashMap<>();
      for (int i = 0; i < periods.size(); i++) {
        for (Part x : parts.get(i)) {
          add(sums, keys, periods.get(i), x.obligationId(), x.source(), x.ref(), x.amount());
        }
      }
      List<RevenueEntry> entries = new ArrayList<>();
      sums.forEach((k, v) -> {
        if (v[0] != 0) {
          RevenueEntry e = keys.get(k);
          entries.add(RevenueEntry.of(e.period(), e.obligationId(), e.source(), e.reference(), money(v[0])));
        }
      });
      return entries;
    }

    /** Of the booked price, the original allocation of obligations whose service starts after the period. */
    long notYetStarted(Period p) {
      long sum = 0;
      for (AllocationLine a : allocations.get(0).lines()) {
        LocalDate starts = LocalDate.ofInstant(lines.get(a.obligationId()).obligation.service().start(), zone);
        if (!starts.isBefore(p.end())) {
          sum += a.amount().getAmountMinor();
        }
      }
      return sum;
    }

    /** The functional figures of each period, from the revenue the contract recognizes in it. */
    void functional(PeriodFigures figures, List<Period> periods, List<BillingLine> billing, Currency into) {
      FunctionalLedger ledger = new FunctionalLedger(contract, options, billing, into);
      for (Period p : periods) {
        FunctionalFigures f = ledger.period(p, figures.get(p, PostingKind.REVENUE));
        figures.add(p, PostingKind.FUNCTIONAL_REVENUE, f.recognized().getAmountMinor());
        figures.add(p, PostingKind.FUNCTIONAL_BILLING, f.billed().getAmountMinor());
        figures.add(p, PostingKind.FUNCTIONAL_CASH, f.collected().getAmountMinor());
        figures.add(p, PostingKind.FX_GAIN_LOSS, f.fxGainLoss().getAmountMinor());
      }
    }

    void add(Map<String, long[]> sums, Map<String, RevenueEntry> keys, Period p, String obligation,
        RevenueSource source, Optional<String> ref, long amount) {
      if (amount == 0) {
        return;
      }
      String key = p.label() + "|" + obligation + "|" + source + "|" + ref.orElse("");
      sums.computeIfAbsent(key, k -> {
        keys.put(k, RevenueEntry.of(p, obligation, source, ref, money(0)));
        return new long[1];
      })[0] += amount;
    }

    Period period(LocalDate d) {
      return options.calendar().periodOf(options.periodKind(), d);
    }

    static LocalDate max(LocalDate a, LocalDate b) {
      return a.isAfter(b) ? a : b;
    }

    static Period max(Period a, Period b) {
      return a.compareTo(b) >= 0 ? a : b;
    }
  }

  /** The rate of a contract's currency into another on a date; a missing rate names the contract. */
  static BigDecimal rate(RevenueOptions options, String contractId, Currency from, Currency to, LocalDate on) {
    return options.exchangeRates().rate(from, to, on).orElseThrow(() -> new InvalidValueException(
        "contract " + contractId, List.of(new InvalidValueException.Violation("exchangeRates",
            from.getCurrencyCode() + "->" + to.getCurrencyCode() + " on " + on,
            "must have a rate to convert the contract into the functional currency"))));
  }

  static long round(BigDecimal amount, Currency currency) {
    return amount.setScale(currency.getDefaultFractionDigits(), RoundingMode.HALF_EVEN).unscaledValue()
        .longValueExact();
  }
}
