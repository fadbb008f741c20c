package dev.revops.forecast.revenue;

import dev.revops.core.money.Money;
import dev.revops.core.period.Period;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The period-assembly part of a schedule: from what recognition and billing produced, the
 * periods from the booking to the last with activity, the revenue entries of each period, the
 * billing, cash, booking and contract-value figures, the functional-currency figures, and the
 * schedule itself against the books.
 */
final class PeriodAssembly {

  /** What one segment or catch-up adds to one period. */
  private record Part(String obligationId, RevenueSource source, Optional<String> ref, long amount) {}

  private final Contract contract;
  private final RevenueOptions options;
  private final ZoneId zone;
  private final Currency currency;
  private final Recognition recognition;
  private final List<BillingLine> billing;

  PeriodAssembly(Contract contract, RevenueOptions options, Recognition recognition, List<BillingLine> billing) {
    this.contract = contract;
    this.options = options;
    this.zone = options.scope().zone();
    this.currency = contract.currency();
    this.recognition = recognition;
    this.billing = billing;
  }

  /** The schedule against the books. */
  ContractSchedule schedule(ClosedBooks books) {
    Period bookedIn = period(contract.bookingDate());
    List<Period> periods = periods(bookedIn);
    PeriodFigures computed = figures(periods, bookedIn);
    BooksView view = new BooksView(books, contract.id(), bookedIn);
    if (!view.booked()) {
      computed.add(view.bookingPeriod(), PostingKind.BOOKING, contract.transactionPrice().getAmountMinor());
      computed.add(view.bookingPeriod(), PostingKind.NOT_YET_STARTED, notYetStarted(view.bookingPeriod()));
    }
    Optional<Currency> fx = options.functionalCurrency().filter(f -> !f.equals(currency));
    fx.ifPresent(f -> functional(computed, periods, f));
    PeriodFigures shown = view.shown(computed, currency);
    Period last = view.last(periods.get(periods.size() - 1), shown);
    ContractSchedule.Builder b = new ContractSchedule.Builder().contractId(contract.id())
        .customer(contract.customer()).currency(currency)
        .bookingDate(view.bookingDate(contract.bookingDate())).bookingPeriod(view.bookingPeriod())
        .bookedPrice(contract.transactionPrice()).finalPrice(Money.ofMinor(currency, recognition.price()))
        .addAllAllocations(recognition.allocations()).addAllChanges(recognition.effects()).addAllBilling(billing)
        .addAllEntries(shown.entries())
        .addAllPeriods(shown.rows(view.bookingPeriod(), last, p -> period(p.end()), currency, fx));
    recognition.lines().forEach(l -> b.putServiceStarts(l.obligation.id(), LocalDate.ofInstant(
        l.obligation.service().start(), zone)));
    return b.build();
  }

  /** Revenue, billing, cash and contract value per period, as computed (before the books). */
  private PeriodFigures figures(List<Period> periods, Period bookedIn) {
    PeriodFigures computed = new PeriodFigures();
    revenue(periods).forEach(computed::add);
    billing.forEach(b -> computed.add(period(b.date()), PostingKind.BILLING, b.amount().getAmountMinor()));
    contract.payments().forEach(p -> computed.add(period(p.date()), PostingKind.CASH, p.amount().getAmountMinor()));
    computed.add(bookedIn, PostingKind.CONTRACT_VALUE, contract.transactionPrice().getAmountMinor());
    for (ChangeEffect c : recognition.effects()) {
      Period in = period(LocalDate.ofInstant(c.effective(), zone));
      computed.add(in.compareTo(bookedIn) < 0 ? bookedIn : in, PostingKind.CONTRACT_VALUE,
          c.priceChange().getAmountMinor());
    }
    return computed;
  }

  /** From the booking period to the last with activity. */
  private List<Period> periods(Period first) {
    LocalDate lastDay = contract.bookingDate();
    for (Segment s : recognition.segments()) {
      lastDay = max(lastDay, LocalDate.ofInstant(s.window.end().minusNanos(1), zone));
    }
    for (Recognition.CatchUp c : recognition.catchUps()) {
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
  private List<RevenueEntry> revenue(List<Period> periods) {
    List<List<Part>> parts = parts(periods);
    Map<String, long[]> sums = new LinkedHashMap<>();
    Map<String, RevenueEntry> keys = new LinkedHashMap<>();
    for (int i = 0; i < periods.size(); i++) {
      for (Part x : parts.get(i)) {
        add(sums, keys, periods.get(i), x);
      }
    }
    List<RevenueEntry> entries = new ArrayList<>();
    sums.forEach((k, v) -> {
      if (v[0] != 0) {
        RevenueEntry e = keys.get(k);
        entries.add(RevenueEntry.of(e.period(), e.obligationId(), e.source(), e.reference(),
            Money.ofMinor(currency, v[0])));
      }
    });
    return entries;
  }

  /** What each segment and catch-up adds to each period. */
  private List<List<Part>> parts(List<Period> periods) {
    // each segment only over the periods in which its revenue can change, so the cost grows with segments + periods, not their product
    Instant[] froms = new Instant[periods.size()];
    Instant[] tos = new Instant[periods.size()];
    List<List<Part>> parts = new ArrayList<>();
    for (int i = 0; i < periods.size(); i++) {
      froms[i] = periods.get(i).start().atStartOfDay(zone).toInstant();
      tos[i] = periods.get(i).end().atStartOfDay(zone).toInstant();
      parts.add(new ArrayList<>());
    }
    for (Segment s : recognition.segments()) {
      Instant[] range = s.changing();
      if (!range[1].isAfter(range[0])) {
        continue;
      }
      for (int i = firstEndingAfter(tos, range[0]); i < periods.size() && froms[i].isBefore(range[1]); i++) {
        parts.get(i).add(new Part(s.obligationId, s.source, s.reference, s.between(froms[i], tos[i], zone)));
      }
    }
    for (Recognition.CatchUp c : recognition.catchUps()) {
      int i = firstEndingAfter(tos, c.at());
      if (i < periods.size() && !c.at().isBefore(froms[i])) {
        parts.get(i).add(new Part(c.obligationId(), c.source(), c.ref(), c.amount()));
      }
    }
    return parts;
  }

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

  /** Of the booked price, the original allocation of obligations whose service starts after the period. */
  private long notYetStarted(Period p) {
    long sum = 0;
    for (AllocationLine a : recognition.allocations().get(0).lines()) {
      LocalDate starts = LocalDate.ofInstant(recognition.line(a.obligationId()).obligation.service().start(), zone);
      if (!starts.isBefore(p.end())) {
        sum += a.amount().getAmountMinor();
      }
    }
    return sum;
  }

  /** The functional figures of each period, from the revenue the contract recognizes in it. */
  private void functional(PeriodFigures figures, List<Period> periods, Currency into) {
    FunctionalLedger ledger = new FunctionalLedger(contract, options, billing, into);
    for (Period p : periods) {
      FunctionalFigures f = ledger.period(p, figures.get(p, PostingKind.REVENUE));
      figures.add(p, PostingKind.FUNCTIONAL_REVENUE, f.recognized().getAmountMinor());
      figures.add(p, PostingKind.FUNCTIONAL_BILLING, f.billed().getAmountMinor());
      figures.add(p, PostingKind.FUNCTIONAL_CASH, f.collected().getAmountMinor());
      figures.add(p, PostingKind.FX_GAIN_LOSS, f.fxGainLoss().getAmountMinor());
    }
  }

  private void add(Map<String, long[]> sums, Map<String, RevenueEntry> keys, Period p, Part x) {
    if (x.amount() == 0) {
      return;
    }
    String key = p.label() + "|" + x.obligationId() + "|" + x.source() + "|" + x.ref().orElse("");
    sums.computeIfAbsent(key, k -> {
      keys.put(k, RevenueEntry.of(p, x.obligationId(), x.source(), x.ref(), Money.ofMinor(currency, 0)));
      return new long[1];
    })[0] += x.amount();
  }

  private Period period(LocalDate d) {
    return options.scope().fiscalCalendar().periodOf(options.scope().periodKind(), d);
  }

  private static LocalDate max(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }
}
