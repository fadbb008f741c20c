package dev.revops.core.deal;

import dev.revops.core.InvalidValueException;
import dev.revops.core.history.DealHistory;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One deal as the computations that need both see it: its current record and its stage history,
 * either of which may be missing from an export. It is the one input of every accumulator that
 * reads a deal together with its history (stage velocity, sales velocity, conversion counts, the
 * naive-Bayes counts, hold-out evaluation), so the argument order is the same everywhere: the deal
 * first, then its history.
 *
 * <p>Rules, checked at construction: at least one of the two is present; when both are, they are
 * of the same deal id.
 *
 * <pre>{@code
 * DealWithHistory both = DealWithHistory.of(deal, history);      // ids must match
 * DealWithHistory recordOnly = DealWithHistory.ofDeal(deal);     // no transitions exported
 * both.id();                                                    // "D00007"
 * }</pre>
 */
@Value.Immutable
public abstract class DealWithHistory {
  /** Only the generated implementation extends this class, so every instance is validated. */
  DealWithHistory() {}

  /**
   * The deal's current record.
   *
   * @return the record, empty when only the history was exported
   */
  public abstract Optional<Deal> deal();

  /**
   * The deal's stage history.
   *
   * @return the history, empty when only the record was exported
   */
  public abstract Optional<DealHistory> history();

  /**
   * A deal with its history.
   *
   * @param deal the deal's record
   * @param history its stage history, of the same deal id
   * @return the pair
   * @throws InvalidValueException if the history is of another deal
   */
  public static DealWithHistory of(Deal deal, DealHistory history) {
    Objects.requireNonNull(deal, "deal");
    Objects.requireNonNull(history, "history");
    return ImmutableDealWithHistory.builder().deal(deal).history(history).build();
  }

  /**
   * A deal without a history.
   *
   * @param deal the deal's record
   * @return the deal alone
   */
  public static DealWithHistory ofDeal(Deal deal) {
    Objects.requireNonNull(deal, "deal");
    return ImmutableDealWithHistory.builder().deal(deal).build();
  }

  /**
   * A history without the deal's record.
   *
   * @param history the stage history
   * @return the history alone
   */
  public static DealWithHistory ofHistory(DealHistory history) {
    Objects.requireNonNull(history, "history");
    return ImmutableDealWithHistory.builder().history(history).build();
  }

  /**
   * The deal id, from the record or else from the history.
   *
   * @return the id
   */
  @Value.Derived
  public String id() {
    return deal().map(Deal::id).orElseGet(() -> history().orElseThrow().dealId());
  }

  /**
   * Why this record cannot feed a computation that needs both the deal and its history: the reason
   * an accumulator excludes it under, the same words everywhere.
   *
   * <pre>{@code
   * DealWithHistory.ofDeal(deal).missingPart();   // Optional[no stage history]
   * DealWithHistory.of(deal, history).missingPart();   // Optional.empty
   * }</pre>
   *
   * @return {@code "no stage history"} or {@code "no deal record"}, empty when both are present
   */
  public Optional<String> missingPart() {
    if (history().isEmpty()) {
      return Optional.of("no stage history");
    }
    return deal().isEmpty() ? Optional.of("no deal record") : Optional.empty();
  }

  @Value.Check
  void check() {
    if (deal().isEmpty() && history().isEmpty()) {
      throw new InvalidValueException("dealWithHistory", "(neither)", "must hold a deal, a history or both");
    }
    if (deal().isPresent() && history().isPresent() && !deal().get().id().equals(history().get().dealId())) {
      throw new InvalidValueException("history.dealId", history().get().dealId(),
          "must be the id of the deal it is paired with, " + deal().get().id());
    }
  }
}
