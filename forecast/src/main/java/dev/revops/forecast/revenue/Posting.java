package dev.revops.forecast.revenue;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.Validation;
import dev.revops.core.money.Money;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One entry of a {@link BooksBatch}: one figure of one contract in one closed period, as posted when
 * the period closed. A posting never changes and is never removed; a later change to the contract
 * is posted as a correction in the first open period.
 *
 * <p>{@link #digest()} chains the entry to the one before it (see {@link BooksBatch} for the
 * canonical form), so an entry that is edited, inserted, removed or moved is found and named.
 *
 * <p>JSON: {@code {"contract": "C-1", "kind": "REVENUE", "period": "2026-03", "obligation": "SUB",
 * "source": "BASE", "amount": "USD 100.00", "digest": "9f2c..."}}.
 *
 * <pre>{@code
 * for (Posting p : books.batches().get(0).postings()) {
 *   System.out.println(p.contract() + " " + p.kind() + " " + p.period() + " " + p.amount());
 * }
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePosting.class)
@JsonDeserialize(as = ImmutablePosting.class)
public abstract class Posting {

  /** Only the generated implementation extends this class, so every instance is validated. */
  Posting() {}

  /**
   * The contract.
   *
   * @return its id
   */
  public abstract String contract();

  /**
   * What the amount is.
   *
   * @return the kind
   */
  public abstract PostingKind kind();

  /**
   * The closed period, by its label in the books' period kind and calendar.
   *
   * @return for example {@code 2026-03}
   */
  public abstract String period();

  /**
   * The obligation, for {@link PostingKind#REVENUE}.
   *
   * @return its id; empty for the other kinds
   */
  public abstract Optional<String> obligation();

  /**
   * Where the revenue comes from, for {@link PostingKind#REVENUE}.
   *
   * @return the source; empty for the other kinds
   */
  public abstract Optional<RevenueSource> source();

  /**
   * What is behind the amount: for revenue, the modification or credit note (or, for a correction,
   * the close it corrects); for {@link PostingKind#BOOKING}, the booking date.
   *
   * @return the reference; empty when there is none
   */
  public abstract Optional<String> reference();

  /**
   * The amount: in the contract's currency, or the books' functional currency for the
   * {@linkplain PostingKind#functional() functional kinds}.
   *
   * @return the signed amount
   */
  public abstract Money amount();

  /**
   * The entry's digest: SHA-256 of the previous entry's digest (the batch header's for the first)
   * and this entry's canonical line, 64 lower-case hex digits.
   *
   * @return the digest
   */
  public abstract String digest();

  /** Builds postings (closings do; public for JSON). */
  public static final class Builder extends ImmutablePosting.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Validation v = Validation.of("posting");
    v.text("contract", contract());
    v.text("period", period());
    v.text("obligation", obligation());
    v.text("reference", reference());
    v.throwIfInvalid();
  }
}
