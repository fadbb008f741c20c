package dev.revops.forecast.review;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/** One reason a deal is at risk, with the numbers behind it in words. */
@Value.Immutable
@JsonSerialize(as = ImmutableRiskFlag.class)
@JsonDeserialize(as = ImmutableRiskFlag.class)
public abstract class RiskFlag {

  /** Only the generated implementation extends this class, so every instance is validated. */
  RiskFlag() {}

  /**
   * The reason.
   *
   * @return the reason
   */
  public abstract RiskReason reason();

  /**
   * The numbers behind it.
   *
   * @return for example {@code "41.5 days in proposal, threshold 28.0"}
   */
  public abstract String detail();

  static RiskFlag of(RiskReason reason, String detail) {
    return new Builder().reason(reason).detail(detail).build();
  }

  /** Builds flags (reviews do). */
  static final class Builder extends ImmutableRiskFlag.Builder {
    Builder() {}
  }
}
