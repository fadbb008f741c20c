package dev.revops.handoff.compliance;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One downstream outcome among deals with a complete and with an incomplete handoff: how many, and
 * what share of the deals with a known outcome.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableOutcomeComparison.class)
@JsonDeserialize(as = ImmutableOutcomeComparison.class)
public abstract class OutcomeComparison {

  /** Only the generated implementation extends this class, so every instance is validated. */
  OutcomeComparison() {}

  /**
   * The outcome.
   *
   * @return its label, for example {@code "renewed"}
   */
  public abstract String outcome();

  /**
   * Deals with a complete handoff and this outcome.
   *
   * @return the count
   */
  public abstract long complete();

  /**
   * Their share of the deals with a complete handoff and a known outcome, four decimals.
   *
   * @return the share; empty when no such deal has an outcome
   */
  public abstract Optional<BigDecimal> completeShare();

  /**
   * Deals with an incomplete handoff and this outcome.
   *
   * @return the count
   */
  public abstract long incomplete();

  /**
   * Their share of the deals with an incomplete handoff and a known outcome, four decimals.
   *
   * @return the share; empty when no such deal has an outcome
   */
  public abstract Optional<BigDecimal> incompleteShare();

  /** Builds comparisons (the outcome link does). */
  static final class Builder extends ImmutableOutcomeComparison.Builder {
    Builder() {}
  }
}
