package dev.revops.forecast.conversion;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * How often won and lost deals had one value of one feature, as a naive-Bayes model counts it
 * (weighted when the model decays by age).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableFeatureCount.class)
@JsonDeserialize(as = ImmutableFeatureCount.class)
public abstract class FeatureCount {

  /** Only the generated implementation extends this class, so every instance is validated. */
  FeatureCount() {}

  /**
   * The feature: {@code stage}, or a dimension such as {@code segment}.
   *
   * @return the feature's name
   */
  public abstract String feature();

  /**
   * The value.
   *
   * @return for example {@code proposal} or {@code SMB}
   */
  public abstract String value();

  /**
   * Won deals with the value.
   *
   * @return the (weighted) count
   */
  public abstract BigDecimal won();

  /**
   * Lost deals with the value.
   *
   * @return the (weighted) count
   */
  public abstract BigDecimal lost();

  /** Builds counts (naive Bayes does). */
  static final class Builder extends ImmutableFeatureCount.Builder {
    Builder() {}
  }
}
