package dev.revops.forecast.revenue;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.Validation;
import dev.revops.core.period.PeriodKind;
import java.time.LocalDate;
import java.time.Month;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One close of the books: the periods it closed (those ending after the previous batch's
 * {@link #closedBefore()} and on or before its own), every posting of them, a note, and the
 * digests that chain it to the batch before. Batches are only ever appended (see
 * {@link ClosedBooks}).
 *
 * <p><b>Canonical form.</b> The digests are SHA-256 over a fixed text, UTF-8, every line ending in
 * one line feed, never over the JSON (so indentation, key order and number formatting do not
 * matter). Text values are escaped: backslash as {@code \\}, tab as {@code \t}, line feed as
 * {@code \n}, carriage return as {@code \r}; an absent value is the empty string (present values are
 * never empty); an amount is its currency code and its plain decimal at the currency's scale
 * ({@code USD}, {@code -30.00}). Fields are separated by one tab. With {@code H} the header text:
 * <pre>
 * revops-books 1
 * batch SEQUENCE
 * previous PREVIOUS-DIGEST
 * closed-before YYYY-MM-DD
 * periods PERIOD-KIND FISCAL-YEAR-START      (MONTH JANUARY)
 * functional-currency CODE                   (empty when none)
 * note NOTE
 * </pre>
 * {@code d0 = SHA-256(H)}; entry {@code i} (1-based) has the line
 * {@code posting CONTRACT KIND PERIOD OBLIGATION SOURCE REFERENCE CURRENCY AMOUNT} and the digest
 * {@code di = SHA-256(d(i-1) + "\n" + line + "\n")}; the batch's digest is
 * {@code SHA-256(dn + "\n" + B)} where {@code B} is one line
 * {@code balance CONTRACT KIND CURRENCY AMOUNT} per balance, in the batch's order. Digests are
 * written as 64 lower-case hex digits; the first batch's previous digest is 64 zeros.
 *
 * <pre>{@code
 * for (BooksBatch b : books.batches()) {
 *   System.out.println(b.sequence() + " closed before " + b.closedBefore() + ": " + b.note() + " " + b.digest());
 * }
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableBooksBatch.class)
@JsonDeserialize(as = ImmutableBooksBatch.class)
public abstract class BooksBatch {
  /** The previous digest of the first batch. */
  static final String NO_DIGEST = "0".repeat(64);

  /** Only the generated implementation extends this class, so every instance is validated. */
  BooksBatch() {}

  /**
   * The batch's place in the books.
   *
   * @return 1 for the first batch, then 2, 3...
   */
  public abstract int sequence();

  /**
   * The first day not closed: every period ending on or before it is closed.
   *
   * @return the date
   */
  public abstract LocalDate closedBefore();

  /**
   * What the caller said of this close.
   *
   * @return the note, for example {@code "September close, approved by the controller"}
   */
  public abstract String note();

  /**
   * The length of the periods the postings are in.
   *
   * @return the period kind, the same in every batch
   */
  public abstract PeriodKind periodKind();

  /**
   * The month fiscal years start in, for quarter and year labels.
   *
   * @return the month, the same in every batch
   */
  public abstract Month fiscalYearStart();

  /**
   * The functional currency of the {@linkplain PostingKind#functional() functional postings}.
   *
   * @return the currency, the same in every batch; empty when the books have none
   */
  public abstract Optional<Currency> functionalCurrency();

  /**
   * The digest of the batch before.
   *
   * @return 64 hex digits; 64 zeros for the first batch
   */
  public abstract String previous();

  /**
   * What the close posted, in the canonical order: by contract, period, kind, obligation, source
   * and reference.
   *
   * @return the entries
   */
  public abstract List<Posting> postings();

  /**
   * The totals to date of every contract and kind this batch posts to.
   *
   * @return the balances, by contract and kind
   */
  public abstract List<ContractBalance> balances();

  /**
   * The digest of the batch's canonical form (header, entries and balances).
   *
   * @return 64 lower-case hex digits
   */
  public abstract String digest();

  /** Builds batches (closings do; public for JSON). */
  public static final class Builder extends ImmutableBooksBatch.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Validation.of("batch " + sequence()).text("note", note()).throwIfInvalid();
  }
}
