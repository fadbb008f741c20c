package dev.revops.forecast.revenue;

import java.util.OptionalInt;

/**
 * The books failed verification: a digest, the chain or an invariant does not hold, so the books
 * were edited (or written by something else) after they were closed. The message is one line that
 * names the first bad batch and, when the problem is in one, its entry or balance, for example:
 * <pre>
 * batch 2 (closed before 2026-08-01), entry 17 (C-1 REVENUE 2026-07 SUB BASE USD 120.00): does not
 * match its digest: the entry was edited, or one before it inserted, removed or moved
 * </pre>
 *
 * <pre>{@code
 * try {
 *   ClosedBooks books = ClosedBooks.of(batches);
 * } catch (InvalidBooksException e) {
 *   System.err.println("batch " + e.batch() + ": " + e.getMessage());
 * }
 * }</pre>
 */
public final class InvalidBooksException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The bad batch, 1-based. */
  private final int batch;
  /** The bad entry of it, 1-based, or 0 for the batch itself. */
  private final int entry;

  InvalidBooksException(int batch, int entry, String message) {
    super(message);
    this.batch = batch;
    this.entry = entry;
  }

  /**
   * The first batch that fails.
   *
   * @return its sequence, from 1
   */
  public int batch() {
    return batch;
  }

  /**
   * The entry of that batch that fails, when the problem is in one.
   *
   * @return its place in the batch's postings, from 1; empty when the batch's header, balances or
   *     digest fail
   */
  public OptionalInt entry() {
    return entry == 0 ? OptionalInt.empty() : OptionalInt.of(entry);
  }
}
