package dev.revops.core.metric;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.Validation;
import dev.revops.core.definition.DefinitionRef;
import dev.revops.core.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import org.immutables.value.Value;

/**
 * One computed value of a {@link Metric}, with its provenance: every number traced to a definition,
 * every exclusion visible.
 *
 * <p>The value is {@linkplain #money() money} for money units and a {@linkplain #number() number}
 * otherwise (exactly one of the two). {@linkplain #dimensions() Dimensions} say which slice it is
 * (for example {@code owner=alice, quarter=2026-Q4}); {@linkplain #basedOn() basedOn} lists the
 * definitions (pipeline, metric inputs) it was computed under.
 *
 * <pre>{@code
 * MetricValue v = MetricValue.builder()
 *     .metric(weightedPipeline).money(Money.parse("USD 28800.00"))
 *     .asOf(LocalDate.parse("2026-11-24")).counted(1)
 *     .addExcluded(Exclusion.of("closed", 3))
 *     .addBasedOn(definition.ref())
 *     .build();
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableMetricValue.class)
@JsonDeserialize(as = ImmutableMetricValue.class)
public abstract class MetricValue {
  /** Only the generated implementation extends this class, so every instance is validated. */
  MetricValue() {}

  /**
   * The metric this is a value of.
   *
   * @return the metric definition
   */
  public abstract Metric metric();

  /**
   * The value, for money units.
   *
   * @return the amount; present exactly when the unit is money
   */
  public abstract Optional<Money> money();

  /**
   * The value, for other units.
   *
   * @return the number; present exactly when the unit is not money
   */
  public abstract Optional<BigDecimal> number();

  /**
   * The date the value describes.
   *
   * @return the as-of date
   */
  public abstract LocalDate asOf();

  /**
   * How many records the value counts.
   *
   * @return a non-negative count
   */
  public abstract long counted();

  /**
   * The records left out, by reason.
   *
   * @return the exclusions, one per reason
   */
  public abstract List<Exclusion> excluded();

  /**
   * The slice of the data this value is for, for example {@code owner -> alice}.
   *
   * @return dimension name to value, sorted by name; empty for an overall value
   */
  @Value.NaturalOrder
  public abstract SortedMap<String, String> dimensions();

  /**
   * The definitions the value was computed under (the pipeline definition, for example).
   *
   * @return definition references
   */
  public abstract List<DefinitionRef> basedOn();

  /**
   * A new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds metric values. */
  public static final class Builder extends ImmutableMetricValue.Builder {
    Builder() {}
  }

  /**
   * How many records were excluded, over all reasons.
   *
   * @return the sum of the exclusion counts
   */
  @JsonIgnore
  public long excludedCount() {
    return excluded().stream().mapToLong(Exclusion::count).sum();
  }

  @Value.Check
  void check() {
    Validation v = Validation.of("value of " + metric());
    MetricUnit unit = metric().unit();
    if (unit.isMoney()) {
      v.check(money().isPresent(), "money", null, "must be set for unit " + unit);
      v.check(number().isEmpty(), "number", number().orElse(null), "must be absent for unit " + unit);
    } else {
      v.check(number().isPresent(), "number", null, "must be set for unit " + unit);
      v.check(money().isEmpty(), "money", money().orElse(null), "must be absent for unit " + unit);
    }
    number().ifPresent(n -> {
      if (unit == MetricUnit.PROBABILITY) {
        v.check(n.signum() >= 0 && n.compareTo(BigDecimal.ONE) <= 0, "number", n.toPlainString(),
            "must be between 0 and 1 for unit PROBABILITY");
      }
      if (unit == MetricUnit.COUNT) {
        v.check(n.signum() >= 0 && n.stripTrailingZeros().scale() <= 0, "number", n.toPlainString(),
            "must be a whole non-negative number for unit COUNT");
      }
    });
    v.check(counted() >= 0, "counted", counted(), "must not be negative");
    Set<String> reasons = new HashSet<>();
    excluded().forEach(e -> v.check(reasons.add(e.reason()), "excluded", e.reason(),
        "must list each reason once"));
    dimensions().forEach((k, d) -> {
      v.text("dimensions", k);
      v.text("dimensions." + k, d);
    });
    v.throwIfInvalid();
  }

  /**
   * The value with its metric and slice.
   *
   * @return for example {@code "weighted-pipeline@1 {owner=alice} = USD 28800.00 (1 counted, 3 excluded)"}
   */
  @Override
  public String toString() {
    String value = money().map(Money::toString).orElseGet(() -> number().orElseThrow().toPlainString());
    return metric().ref() + (dimensions().isEmpty() ? "" : " " + dimensions()) + " = " + value
        + " (" + counted() + " counted, " + excludedCount() + " excluded)";
  }
}
