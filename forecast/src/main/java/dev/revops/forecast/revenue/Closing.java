package dev.revops.forecast.revenue;

import dev.revops.core.aggregate.Accumulator;
import dev.revops.core.money.Money;
import dev.revops.core.period.Period;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One close of the books, as an accumulator: {@link #add} the schedule of every contract of the
 * input (computed against the books being closed), {@link #merge} closings of other contracts, and
 * {@link #result} gives the books with one more {@link BooksBatch}. The batch posts, for every
 * period ending after the books' last close and on or before this one, each figure of each
 * schedule's row; contracts already in the books and not added keep what they have, and nothing
 * already posted changes. Made by {@link ClosedBooks#closing}. Not thread-safe.
 *
 * <pre>{@code
 * Closing close = books.closing(LocalDate.parse("2026-10-01"), "Q3 close", options);
 * for (Contract c : contracts) {
 *   close.add(RevenueSchedule.of(c, options, books));
 * }
 * ClosedBooks next = close.result();
 * }</pre>
 *
 * <p>Scope fields used: the period kind, fiscal calendar and reporting (functional) currency the
 * books are kept in, which must be the books' own.
 */
public final class Closing implements Accumulator<ContractSchedule, ClosedBooks, Closing> {
  private static final Comparator<Entry> ORDER = Comparator.comparing(Entry::contract).thenComparing(Entry::period)
      .thenComparing(Entry::kind).thenComparing(e -> e.obligation().orElse(""))
      .thenComparing(e -> e.source().map(Enum::ordinal).orElse(-1)).thenComparing(e -> e.reference().orElse(""));

  /** A posting before it has its digest. */
  private record Entry(String contract, Period period, PostingKind kind, Optional<String> obligation,
      Optional<RevenueSource> source, Optional<String> reference, Money amount) {}

  private final ClosedBooks books;
  private final LocalDate closedBefore;
  private final String note;
  private final RevenueOptions options;
  private final Map<String, List<Entry>> entries = new HashMap<>();
  private long postings;

  Closing(ClosedBooks books, LocalDate closedBefore, String note, RevenueOptions options) {
    this.books = Objects.requireNonNull(books, "books");
    this.closedBefore = Objects.requireNonNull(closedBefore, "closedBefore");
    this.note = Objects.requireNonNull(note, "note");
    this.options = Objects.requireNonNull(options, "options");
    LocalDate last = books.closedBefore();
    if (!closedBefore.isAfter(last)) {
      throw new IllegalArgumentException(closedBefore.isEqual(last)
          ? "the books are already closed before " + last + ": a new close must be after it"
          : "the books are closed before " + last + "; closing before " + closedBefore + " would go backwards: a "
              + "new close must be after it");
    }
    if (note.isBlank() || !note.strip().equals(note)) {
      throw new IllegalArgumentException("the note of a close must not be blank or start or end with spaces, was '"
          + note + "'");
    }
    books.checkOptions(options);
  }

  /**
   * Adds one contract's schedule: what it shows in the periods this close closes is posted. A
   * schedule from the books alone ({@link ContractSchedule#booksOnly()}) adds nothing.
   *
   * @param schedule the schedule, computed against the books being closed
   * @throws IllegalArgumentException if the contract was added already, or the schedule was not
   *     computed against these books with their options (a closed period differs from the books)
   */
  @Override
  public void add(ContractSchedule schedule) {
    Objects.requireNonNull(schedule, "schedule");
    if (schedule.booksOnly()) {
      return;
    }
    if (entries.containsKey(schedule.contractId())) {
      throw new IllegalArgumentException("contract " + schedule.contractId() + " is added to the close twice");
    }
    LocalDate closed = books.closedBefore();
    Optional<Currency> functional = options.functionalCurrency().filter(f -> !f.equals(schedule.currency()));
    List<Entry> out = new ArrayList<>();
    Money value = Money.zero(schedule.currency());
    for (SchedulePeriod row : schedule.periods()) {
      Period p = row.period();
      Money change = row.contractValue().minus(value);
      value = row.contractValue();
      if (row.functional().isPresent() != functional.isPresent()) {
        throw notAgainstTheseBooks(schedule, "its functional figures are not in " + options.functionalCurrency()
            .map(Currency::getCurrencyCode).orElse("no functional currency"));
      }
      if (PeriodFigures.closed(p, closed)) {
        checkPosted(schedule, row);
      } else if (PeriodFigures.closed(p, closedBefore)) {
        rowEntries(schedule, row, change, out);
      }
    }
    for (RevenueEntry e : schedule.entries()) {
      if (!PeriodFigures.closed(e.period(), closed) && PeriodFigures.closed(e.period(), closedBefore)) {
        out.add(new Entry(schedule.contractId(), e.period(), PostingKind.REVENUE, Optional.of(e.obligationId()),
            Optional.of(e.source()), e.reference(), e.amount()));
      }
    }
    entries.put(schedule.contractId(), out);
    postings += out.size();
  }

  /**
   * How many postings the batch holds so far: each is held until {@link #result()} builds the
   * batch, so a caller bounding its memory checks this as it adds contracts (the CLI refuses a
   * close whose books would hold more than it could read back).
   *
   * <p>For example, a new contract booked and billed in the one month a close closes, with revenue
   * from one obligation, adds four postings: its booking, contract value, billing and revenue.
   *
   * @return the postings of the contracts added (and merged) so far
   */
  public long postings() {
    return postings;
  }

  private void rowEntries(ContractSchedule s, SchedulePeriod row, Money valueChange, List<Entry> out) {
    Period p = row.period();
    if (p.equals(s.bookingPeriod())) {
      out.add(entry(s, p, PostingKind.BOOKING, Optional.of(s.bookingDate().toString()), row.booked()));
    }
    for (Map.Entry<PostingKind, Money> f : List.of(Map.entry(PostingKind.NOT_YET_STARTED, row.notYetStarted()),
        Map.entry(PostingKind.CONTRACT_VALUE, valueChange), Map.entry(PostingKind.BILLING, row.billed()),
        Map.entry(PostingKind.CASH, row.collected()))) {
      if (!f.getValue().isZero()) {
        out.add(entry(s, p, f.getKey(), Optional.empty(), f.getValue()));
      }
    }
    row.functional().ifPresent(ff -> {
      for (Map.Entry<PostingKind, Money> f : List.of(Map.entry(PostingKind.FUNCTIONAL_REVENUE, ff.recognized()),
          Map.entry(PostingKind.FUNCTIONAL_BILLING, ff.billed()), Map.entry(PostingKind.FUNCTIONAL_CASH, ff.collected()),
          Map.entry(PostingKind.FX_GAIN_LOSS, ff.fxGainLoss()))) {
        if (!f.getValue().isZero()) {
          out.add(entry(s, p, f.getKey(), Optional.empty(), f.getValue()));
        }
      }
    });
  }

  private static Entry entry(ContractSchedule s, Period p, PostingKind kind, Optional<String> reference, Money amount) {
    return new Entry(s.contractId(), p, kind, Optional.empty(), Optional.empty(), reference, amount);
  }

  /** A row of a period the books closed already must be what they posted. */
  private void checkPosted(ContractSchedule s, SchedulePeriod row) {
    BooksIndex.Contract c = books.index().contracts.get(s.contractId());
    Period p = row.period();
    for (Map.Entry<PostingKind, Money> f : List.of(Map.entry(PostingKind.REVENUE, row.recognized()),
        Map.entry(PostingKind.BILLING, row.billed()), Map.entry(PostingKind.CASH, row.collected()))) {
      long posted = c == null ? 0 : c.figures.get(p, f.getKey());
      if (f.getValue().getAmountMinor() != posted || c != null && !c.currency.equals(s.currency())) {
        throw notAgainstTheseBooks(s, "its " + f.getKey().name().toLowerCase(java.util.Locale.ROOT) + " in "
            + p.label() + " is " + f.getValue() + ", the books posted " + Money.ofMinor(c == null ? s.currency()
                : c.currency, posted));
      }
    }
  }

  private static IllegalArgumentException notAgainstTheseBooks(ContractSchedule s, String why) {
    return new IllegalArgumentException("the schedule of contract " + s.contractId() + " was not computed against "
        + "these books and their options: " + why);
  }

  /**
   * Adds the contracts of another closing of the same books, date, note and options.
   *
   * @param other a closing of other contracts
   * @return this closing
   * @throws IllegalArgumentException if the closings differ, share a contract, or are the same
   *     closing (its contracts would be posted twice)
   */
  @Override
  public Closing merge(Closing other) {
    Objects.requireNonNull(other, "other");
    if (other == this) {
      throw new IllegalArgumentException("a closing cannot merge itself: its contracts would be posted twice");
    }
    if (!books.equals(other.books) || !closedBefore.equals(other.closedBefore) || !note.equals(other.note)
        || !options.equals(other.options)) {
      throw new IllegalArgumentException("can only merge closings of the same books, date, note and options");
    }
    for (String id : other.entries.keySet()) {
      if (entries.containsKey(id)) {
        throw new IllegalArgumentException("contract " + id + " is in both closings");
      }
    }
    entries.putAll(other.entries);
    postings += other.postings;
    return this;
  }

  private static Posting posting(Entry e, String digest) {
    return new Posting.Builder().contract(e.contract()).kind(e.kind()).period(e.period().label())
        .obligation(e.obligation()).source(e.source()).reference(e.reference()).amount(e.amount()).digest(digest)
        .build();
  }

  /**
   * The books with this close appended.
   *
   * @return the books, verified
   */
  @Override
  public ClosedBooks result() {
    List<Entry> all = new ArrayList<>();
    entries.values().forEach(all::addAll);
    all.sort(ORDER);
    int sequence = books.batches().size() + 1;
    String previous = books.digest().orElse(BooksBatch.NO_DIGEST);
    BooksBatch.Builder b = new BooksBatch.Builder().sequence(sequence).closedBefore(closedBefore).note(note)
        .periodKind(options.scope().periodKind()).fiscalYearStart(options.scope().fiscalCalendar().fiscalYearStart())
        .functionalCurrency(options.functionalCurrency()).previous(previous);
    String digest = CanonicalForm.sha256(CanonicalForm.header(sequence, previous, closedBefore, options.scope().periodKind(),
        options.scope().fiscalCalendar().fiscalYearStart(), options.functionalCurrency(), note));
    Map<String, Map<PostingKind, Money>> totals = new TreeMap<>();
    for (Entry e : all) {
      digest = CanonicalForm.next(digest, CanonicalForm.line(posting(e, "")));
      b.addPostings(posting(e, digest));
      totals.computeIfAbsent(e.contract(), k -> new TreeMap<>()).merge(e.kind(), e.amount(), Money::plus);
    }
    List<ContractBalance> balances = new ArrayList<>();
    totals.forEach((id, kinds) -> kinds.forEach((kind, moved) -> {
      BooksIndex.Contract c = books.index().contracts.get(id);
      long before = c == null ? 0 : c.balances[kind.ordinal()];
      balances.add(ContractBalance.of(id, kind, Money.ofMinor(moved.getCurrency(),
          Math.addExact(before, moved.getAmountMinor()))));
    }));
    b.addAllBalances(balances).digest(CanonicalForm.batch(digest, balances));
    List<BooksBatch> batches = new ArrayList<>(books.batches());
    batches.add(b.build());
    return ClosedBooks.of(batches);
  }
}
