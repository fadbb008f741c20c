package dev.revops.forecast.revenue;

import dev.revops.core.InvalidValueException;
import dev.revops.core.money.Money;
import dev.revops.core.period.FiscalCalendar;
import dev.revops.core.period.Period;
import dev.revops.core.period.PeriodKind;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.Currency;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The books read batch by batch: verified (the chain, every digest, every invariant) and indexed by
 * contract. The first problem found is thrown as an {@link InvalidBooksException} naming its batch
 * and entry.
 */
final class BooksIndex {
  /** One contract as the books hold it. */
  static final class Contract {
    final String id;
    final Currency currency;
    final Period bookingPeriod;
    final LocalDate bookingDate;
    final long booked;
    final int bookedInBatch;
    final int bookedAtEntry;
    final PeriodFigures figures = new PeriodFigures();
    /** Totals to date per kind, in minor units. */
    final long[] balances = new long[PostingKind.values().length];

    Contract(String id, Currency currency, Period bookingPeriod, LocalDate bookingDate, long booked, int batch,
        int entry) {
      this.id = id;
      this.currency = currency;
      this.bookingPeriod = bookingPeriod;
      this.bookingDate = bookingDate;
      this.booked = booked;
      this.bookedInBatch = batch;
      this.bookedAtEntry = entry;
    }
  }

  final LocalDate closedBefore;
  final PeriodKind kind;
  final Month fiscalYearStart;
  final FiscalCalendar calendar;
  final Optional<Currency> functional;
  final Optional<String> digest;
  final SortedMap<String, Contract> contracts;
  final SortedSet<String> ids;

  private BooksIndex(LocalDate closedBefore, PeriodKind kind, Month fiscalYearStart, Optional<Currency> functional,
      Optional<String> digest, SortedMap<String, Contract> contracts) {
    this.closedBefore = closedBefore;
    this.kind = kind;
    this.fiscalYearStart = fiscalYearStart;
    this.calendar = FiscalCalendar.startingIn(fiscalYearStart);
    this.functional = functional;
    this.digest = digest;
    this.contracts = Collections.unmodifiableSortedMap(contracts);
    this.ids = Collections.unmodifiableSortedSet(new TreeSet<>(contracts.keySet()));
  }

  /**
   * Reads the batches: with {@code verify}, checks every digest and invariant (and does not index
   * the figures); without, indexes books already verified.
   */
  static BooksIndex read(List<BooksBatch> batches, boolean verify) {
    if (batches.isEmpty()) {
      return new BooksIndex(LocalDate.MIN, PeriodKind.MONTH, Month.JANUARY, Optional.empty(), Optional.empty(),
          new TreeMap<>());
    }
    BooksBatch first = batches.get(0);
    Reader r = new Reader(first, verify);
    for (BooksBatch b : batches) {
      r.read(b);
    }
    return new BooksIndex(r.closedBefore, first.periodKind(), first.fiscalYearStart(), first.functionalCurrency(),
        Optional.of(r.previous), r.contracts);
  }

  /** Reads batches in order, keeping what the next one is checked against. */
  private static final class Reader {
    final BooksBatch first;
    final boolean verify;
    final FiscalCalendar calendar;
    final SortedMap<String, Contract> contracts = new TreeMap<>();
    /** Periods by label: the books have few, and parsing one is dearer than hashing its posting. */
    final Map<String, Period> periods = new HashMap<>();
    String previous = BooksBatch.NO_DIGEST;
    LocalDate closedBefore;
    int sequence;
    String where;

    Reader(BooksBatch first, boolean verify) {
      this.first = first;
      this.verify = verify;
      this.calendar = FiscalCalendar.startingIn(first.fiscalYearStart());
    }

    InvalidBooksException problem(int entry, String what) {
      return new InvalidBooksException(sequence, entry, where + ": " + what);
    }

    void read(BooksBatch b) {
      sequence++;
      where = "batch " + sequence + " (closed before " + b.closedBefore() + ")";
      header(b);
      String digest = CanonicalForm.sha256(CanonicalForm.header(sequence, b.previous(), b));
      Map<String, long[]> moved = new TreeMap<>();
      Map<String, EnumMap<PostingKind, Boolean>> touched = new HashMap<>();
      Map<String, Integer> seen = new HashMap<>();
      int entry = 0;
      for (Posting p : b.postings()) {
        entry++;
        String expected = verify ? CanonicalForm.next(digest, CanonicalForm.line(p)) : p.digest();
        boolean intact = expected.equals(p.digest());
        String rule = invariant(b, p, seen, entry);
        if (rule != null) {
          throw problem(entry, "entry " + entry + " (" + describe(p) + "): " + rule
              + (intact ? "" : "; and the entry does not match its digest (it was edited)"));
        }
        if (!intact) {
          throw problem(entry, "entry " + entry + " (" + describe(p) + ") does not match its digest: the entry was "
              + "edited, or one before it inserted, removed or moved");
        }
        digest = p.digest();
        try {
          post(p, moved, entry);
        } catch (ArithmeticException e) {
          throw problem(entry, "entry " + entry + " (" + describe(p) + "): the contract's total overflows");
        }
        touched.computeIfAbsent(p.contract(), k -> new EnumMap<>(PostingKind.class)).put(p.kind(), true);
      }
      balances(b, moved, touched);
      if (verify && !CanonicalForm.batch(digest, b.balances()).equals(b.digest())) {
        throw problem(0, "does not match its digest: its balances or its digest were edited, or entries removed at "
            + "its end");
      }
      previous = b.digest();
      closedBefore = b.closedBefore();
    }

    void header(BooksBatch b) {
      if (b.sequence() != sequence) {
        throw problem(0, "is numbered " + b.sequence() + ": a batch before it was removed, added or moved");
      }
      if (!b.previous().equals(previous)) {
        throw problem(0, "its previous digest " + abbreviate(b.previous()) + " is not "
            + (sequence == 1 ? "the start of the books (64 zeros)" : "batch " + (sequence - 1) + "'s digest "
                + abbreviate(previous)) + ": the chain is broken (a batch before it was edited, removed or reordered)");
      }
      if (closedBefore != null && !b.closedBefore().isAfter(closedBefore)) {
        throw problem(0, "is not after batch " + (sequence - 1) + "'s close before " + closedBefore
            + ": closing only moves forward");
      }
      if (b.periodKind() != first.periodKind() || b.fiscalYearStart() != first.fiscalYearStart()
          || !b.functionalCurrency().equals(first.functionalCurrency())) {
        throw problem(0, "is kept in " + keeping(b) + ", batch 1 in " + keeping(first) + ": the books keep one "
            + "period kind, calendar and functional currency");
      }
    }

    Period period(String label) {
      Period p = periods.get(label);
      if (p == null) {
        p = calendar.parse(first.periodKind(), label);
        periods.put(label, p);
      }
      return p;
    }

    /** The rule the posting breaks, or null. */
    String invariant(BooksBatch b, Posting p, Map<String, Integer> seen, int entry) {
      Period period;
      try {
        period = period(p.period());
      } catch (InvalidValueException e) {
        return "period '" + p.period() + "' is not a " + b.periodKind() + " of the books' calendar";
      }
      if (period.end().isAfter(b.closedBefore()) || closedBefore != null && !period.end().isAfter(closedBefore)) {
        return "period " + p.period() + " is not one this batch closes (those ending "
            + (closedBefore == null ? "" : "after " + closedBefore + " and ") + "on or before " + b.closedBefore() + ")";
      }
      String fields = fields(p, period);
      if (fields != null) {
        return fields;
      }
      Contract c = contracts.get(p.contract());
      if (p.kind() == PostingKind.BOOKING) {
        if (c != null) {
          return "books the contract a second time (it was booked in batch " + c.bookedInBatch + ", entry "
              + c.bookedAtEntry + ")";
        }
      } else if (c == null) {
        return "the contract has no booking before it (a contract's first posting is its booking)";
      } else if (period.compareTo(c.bookingPeriod) < 0) {
        return "period " + p.period() + " is before the contract's booking in " + c.bookingPeriod.label();
      }
      Currency expected = p.kind().functional() ? b.functionalCurrency().orElse(null)
          : c == null ? p.amount().getCurrency() : c.currency;
      if (expected == null) {
        return "is in the functional currency, and the books have none";
      }
      if (!p.amount().getCurrency().equals(expected)) {
        return "currency " + p.amount().getCurrencyCode() + " is not the " + (p.kind().functional()
            ? "books' functional currency " : "contract's currency ") + expected.getCurrencyCode()
            + (c == null || p.kind().functional() ? "" : " (booked in batch " + c.bookedInBatch + ", entry "
                + c.bookedAtEntry + ")");
      }
      String key = String.join("\u0000", p.contract(), p.kind().name(), p.period(), p.obligation().orElse(""),
          p.source().map(Enum::name).orElse(""), p.reference().orElse(""));
      Integer before = seen.putIfAbsent(key, entry);
      if (before != null) {
        return "repeats entry " + before + " (the same contract, kind, period, obligation, source and reference)";
      }
      return null;
    }

    /** Which fields a kind has, and that its amount is not zero; null when right. */
    static String fields(Posting p, Period period) {
      boolean revenue = p.kind() == PostingKind.REVENUE;
      if (revenue != p.obligation().isPresent() || revenue != p.source().isPresent()) {
        return revenue ? "a revenue posting needs its obligation and source"
            : "only revenue postings have an obligation and a source";
      }
      if (p.kind() == PostingKind.BOOKING) {
        LocalDate date;
        try {
          date = LocalDate.parse(p.reference().orElse(""));
        } catch (DateTimeParseException e) {
          return "a booking's reference must be its booking date, was '" + p.reference().orElse("") + "'";
        }
        if (!date.isBefore(period.end())) {
          return "booking date " + date + " is after its period " + p.period();
        }
        return null;
      }
      if (!revenue && p.reference().isPresent()) {
        return "only revenue and booking postings have a reference";
      }
      return p.amount().isZero() ? "amount is zero (only a booking may be)" : null;
    }

    void post(Posting p, Map<String, long[]> moved, int entry) {
      Period period = period(p.period());
      long amount = p.amount().getAmountMinor();
      Contract c = contracts.get(p.contract());
      if (c == null) {
        c = new Contract(p.contract(), p.amount().getCurrency(), period, LocalDate.parse(p.reference().get()), amount,
            sequence, entry);
        contracts.put(c.id, c);
      }
      if (verify) {
        // only checking: the figures are indexed when the books are used
      } else if (p.kind() == PostingKind.REVENUE) {
        c.figures.add(RevenueEntry.of(period, p.obligation().get(), p.source().get(), p.reference(), p.amount()));
      } else {
        c.figures.add(period, p.kind(), amount);
      }
      long[] m = moved.computeIfAbsent(p.contract(), k -> new long[PostingKind.values().length]);
      m[p.kind().ordinal()] = Math.addExact(m[p.kind().ordinal()], amount);
    }

    void balances(BooksBatch b, Map<String, long[]> moved, Map<String, EnumMap<PostingKind, Boolean>> touched) {
      Map<String, EnumMap<PostingKind, Integer>> listed = new HashMap<>();
      int n = 0;
      for (ContractBalance bal : b.balances()) {
        n++;
        String what = "balance " + n + " (" + bal.contract() + " " + bal.kind() + " " + bal.amount() + ")";
        if (!touched.getOrDefault(bal.contract(), new EnumMap<>(PostingKind.class)).containsKey(bal.kind())) {
          throw problem(0, what + ": the batch posts nothing of this kind to the contract");
        }
        Integer twice = listed.computeIfAbsent(bal.contract(), k -> new EnumMap<>(PostingKind.class))
            .putIfAbsent(bal.kind(), n);
        if (twice != null) {
          throw problem(0, what + ": repeats balance " + twice);
        }
        Contract c = contracts.get(bal.contract());
        Currency currency = bal.kind().functional() ? b.functionalCurrency().get() : c.currency;
        long total;
        try {
          total = Math.addExact(c.balances[bal.kind().ordinal()], moved.get(bal.contract())[bal.kind().ordinal()]);
        } catch (ArithmeticException e) {
          throw problem(0, what + ": the contract's total overflows");
        }
        Money expected = Money.ofMinor(currency, total);
        if (!bal.amount().equals(expected)) {
          throw problem(0, what + ": the postings to date sum to " + expected);
        }
      }
      touched.forEach((id, kinds) -> kinds.keySet().forEach(k -> {
        if (!listed.getOrDefault(id, new EnumMap<>(PostingKind.class)).containsKey(k)) {
          throw problem(0, "has no balance of " + id + " " + k + ", which it posts to");
        }
      }));
      moved.forEach((id, m) -> {
        long[] to = contracts.get(id).balances;
        for (int i = 0; i < m.length; i++) {
          to[i] += m[i];   // checked above, kind by kind
        }
      });
    }
  }

  static String describe(Posting p) {
    StringBuilder s = new StringBuilder(p.contract()).append(' ').append(p.kind()).append(' ').append(p.period());
    p.obligation().ifPresent(o -> s.append(' ').append(o));
    p.source().ifPresent(o -> s.append(' ').append(o));
    return s.append(' ').append(p.amount()).toString();
  }

  static String keeping(BooksBatch b) {
    return b.periodKind() + " periods (fiscal year from " + b.fiscalYearStart() + "), functional currency "
        + b.functionalCurrency().map(Currency::getCurrencyCode).orElse("none");
  }

  private static String abbreviate(String digest) {
    return digest.length() > 12 ? digest.substring(0, 12) + "..." : digest;
  }
}
