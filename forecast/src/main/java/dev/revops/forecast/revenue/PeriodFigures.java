package dev.revops.forecast.revenue;

import dev.revops.core.money.Money;
import dev.revops.core.period.Period;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * One contract's figures per period, one slot per {@link PostingKind} (the revenue slot is the sum
 * of the revenue entries): what a schedule computes from the contract, what the books posted, and
 * the two joined. Minor units; the functional slots in the functional currency. Not thread-safe.
 */
final class PeriodFigures {
  private static final int KINDS = PostingKind.values().length;

  private final TreeMap<Period, long[]> cells = new TreeMap<>();
  private final List<RevenueEntry> entries = new ArrayList<>();

  void add(Period p, PostingKind kind, long amount) {
    if (kind == PostingKind.REVENUE) {
      throw new IllegalArgumentException("revenue is added as entries");
    }
    long[] c = cell(p);
    c[kind.ordinal()] = Math.addExact(c[kind.ordinal()], amount);
  }

  void add(RevenueEntry e) {
    entries.add(e);
    long[] c = cell(e.period());
    c[PostingKind.REVENUE.ordinal()] = Math.addExact(c[PostingKind.REVENUE.ordinal()], e.amount().getAmountMinor());
  }

  private long[] cell(Period p) {
    return cells.computeIfAbsent(p, k -> new long[KINDS]);
  }

  long get(Period p, PostingKind kind) {
    long[] c = cells.get(p);
    return c == null ? 0 : c[kind.ordinal()];
  }

  List<RevenueEntry> entries() {
    return entries;
  }

  Optional<Period> last() {
    return cells.isEmpty() ? Optional.empty() : Optional.of(cells.lastKey());
  }

  /**
   * The figures a schedule shows against closed books: closed periods exactly as posted; every
   * other period as computed; and what the computation puts in closed periods beyond what was
   * posted there, as a correction in the first open period (revenue per obligation, the other kinds
   * in total). The booking and its not-yet-started part are never corrected: the computation puts
   * them in an open period only when the books have no booking of the contract.
   */
  static PeriodFigures frozen(PeriodFigures computed, PeriodFigures posted, LocalDate closedBefore, Period open,
      Currency currency) {
    PeriodFigures out = new PeriodFigures();
    Map<String, Long> revenue = new LinkedHashMap<>();
    long[] difference = new long[KINDS];
    for (RevenueEntry e : computed.entries) {
      if (closed(e.period(), closedBefore)) {
        revenue.merge(e.obligationId(), e.amount().getAmountMinor(), Math::addExact);
      } else {
        out.add(e);
      }
    }
    for (RevenueEntry e : posted.entries) {
      out.add(e);
      revenue.merge(e.obligationId(), -e.amount().getAmountMinor(), Math::addExact);
    }
    computed.cells.forEach((p, c) -> {
      if (!closed(p, closedBefore)) {
        out.cell(p);   // an open period keeps its row, even with nothing in it
      }
      for (PostingKind k : PostingKind.values()) {
        if (k == PostingKind.REVENUE || c[k.ordinal()] == 0) {
          continue;
        }
        if (closed(p, closedBefore) && k != PostingKind.BOOKING && k != PostingKind.NOT_YET_STARTED) {
          difference[k.ordinal()] = Math.addExact(difference[k.ordinal()], c[k.ordinal()]);
        } else {
          out.add(p, k, c[k.ordinal()]);
        }
      }
    });
    posted.cells.forEach((p, c) -> {
      for (PostingKind k : PostingKind.values()) {
        if (k != PostingKind.REVENUE && c[k.ordinal()] != 0) {
          out.add(p, k, c[k.ordinal()]);
          if (k != PostingKind.BOOKING && k != PostingKind.NOT_YET_STARTED) {
            difference[k.ordinal()] = Math.subtractExact(difference[k.ordinal()], c[k.ordinal()]);
          }
        }
      }
      out.cell(p);   // a closed period with a zero booking still has its row
    });
    Optional<String> ref = Optional.of("closed before " + closedBefore);
    for (Map.Entry<String, Long> e : revenue.entrySet()) {
      if (e.getValue() != 0) {
        out.add(RevenueEntry.of(open, e.getKey(), RevenueSource.CORRECTION, ref, Money.ofMinor(currency, e.getValue())));
      }
    }
    for (PostingKind k : PostingKind.values()) {
      if (difference[k.ordinal()] != 0) {
        out.add(open, k, difference[k.ordinal()]);
      }
    }
    out.entries.sort(Comparator.comparing(RevenueEntry::period));
    return out;
  }

  static boolean closed(Period p, LocalDate closedBefore) {
    return !p.end().isAfter(closedBefore);
  }

  /**
   * The schedule's rows from {@code first} to {@code last}, with the figures to date and the
   * balances at each end.
   */
  List<SchedulePeriod> rows(Period first, Period last, UnaryOperator<Period> next, Currency currency,
      Optional<Currency> functional) {
    List<SchedulePeriod> rows = new ArrayList<>();
    long rec = 0;
    long bill = 0;
    long coll = 0;
    long value = 0;
    for (Period p = first; p.compareTo(last) <= 0; p = next.apply(p)) {
      long[] c = cells.getOrDefault(p, new long[KINDS]);
      rec = Math.addExact(rec, c[PostingKind.REVENUE.ordinal()]);
      bill = Math.addExact(bill, c[PostingKind.BILLING.ordinal()]);
      coll = Math.addExact(coll, c[PostingKind.CASH.ordinal()]);
      value = Math.addExact(value, c[PostingKind.CONTRACT_VALUE.ordinal()]);
      long net = bill - rec;
      SchedulePeriod.Builder row = new SchedulePeriod.Builder().period(p)
          .recognized(money(currency, c, PostingKind.REVENUE)).billed(money(currency, c, PostingKind.BILLING))
          .collected(money(currency, c, PostingKind.CASH)).recognizedToDate(Money.ofMinor(currency, rec))
          .billedToDate(Money.ofMinor(currency, bill)).collectedToDate(Money.ofMinor(currency, coll))
          .deferred(Money.ofMinor(currency, Math.max(net, 0))).unbilled(Money.ofMinor(currency, Math.max(-net, 0)))
          .receivable(Money.ofMinor(currency, bill - coll)).booked(money(currency, c, PostingKind.BOOKING))
          .notYetStarted(money(currency, c, PostingKind.NOT_YET_STARTED)).contractValue(Money.ofMinor(currency, value));
      functional.ifPresent(f -> row.functional(new FunctionalFigures.Builder()
          .recognized(money(f, c, PostingKind.FUNCTIONAL_REVENUE)).billed(money(f, c, PostingKind.FUNCTIONAL_BILLING))
          .collected(money(f, c, PostingKind.FUNCTIONAL_CASH)).fxGainLoss(money(f, c, PostingKind.FX_GAIN_LOSS))
          .build()));
      rows.add(row.build());
    }
    return rows;
  }

  private static Money money(Currency currency, long[] c, PostingKind kind) {
    return Money.ofMinor(currency, c[kind.ordinal()]);
  }
}
