package dev.revops.forecast.recurring;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.definition.DefinitionRef;
import dev.revops.core.metric.MetricValue;
import dev.revops.core.metric.Provenance;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * Churn and retention rates of several definitions side by side: one {@link RateRow} per
 * definition, period, currency and group, each convertible to a
 * {@link MetricValue} citing its definition.
 *
 * <pre>{@code
 * RetentionResult r = rates.result();
 * r.rows(RetentionDefinitions.GROSS_REVENUE_RETENTION.ref());   // that definition's rows
 * r.metricValues();                                            // every rate, citing its definition
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRetentionResult.class)
@JsonDeserialize(as = ImmutableRetentionResult.class)
public abstract class RetentionResult {
  /** Only the generated implementation extends this class, so every instance is validated. */
  RetentionResult() {}

  /**
   * The definitions computed, in the order given.
   *
   * @return the definitions
   */
  public abstract List<RetentionDefinition> definitions();

  /**
   * The grouping.
   *
   * @return dimension names
   */
  public abstract List<String> groupBy();

  /**
   * The rates, by definition (in the order given), period, currency, group; totals (empty group)
   * first within a period and currency.
   *
   * @return the rows
   */
  public abstract List<RateRow> rows();

  /**
   * The customers counted.
   *
   * @return the count
   */
  public abstract long customers();

  /**
   * The as-of date.
   *
   * @return the date, in the scope's zone
   */
  public abstract LocalDate asOfDate();

  /**
   * The definitions the values were computed under: the movement rules, then the scope's.
   *
   * @return the references
   */
  public abstract List<DefinitionRef> basedOn();

  /**
   * Where each definition's rates come from, one per definition in the order of
   * {@link #definitions()}: the definition, what it is based on, the as-of, the customer-periods
   * counted and those left out by reason (new in the period, reactivated where the definition leaves
   * reactivation out, joined and churned in the period, no exchange rate...).
   *
   * @return the provenances
   */
  public abstract List<Provenance> provenances();

  /**
   * The provenance of one definition's rates.
   *
   * @param definition its id and version
   * @return its provenance; empty when the definition was not computed
   */
  public Optional<Provenance> provenance(DefinitionRef definition) {
    Objects.requireNonNull(definition, "definition");
    return provenances().stream().filter(p -> p.definition().equals(definition)).findFirst();
  }

  /** Builds results (the accumulator does). */
  static final class Builder extends ImmutableRetentionResult.Builder {
    Builder() {}
  }

  /**
   * The rows of one definition.
   *
   * @param definition its id and version
   * @return its rows
   */
  public List<RateRow> rows(DefinitionRef definition) {
    Objects.requireNonNull(definition, "definition");
    return rows().stream().filter(r -> r.definition().equals(definition)).toList();
  }

  /**
   * Every rate as a metric value citing its definition, with period, currency and group as
   * dimensions; rows without a rate (no denominator) are left out.
   *
   * @return the values
   */
  public List<MetricValue> metricValues() {
    Map<DefinitionRef, RetentionDefinition> byRef = definitions().stream()
        .collect(Collectors.toMap(RetentionDefinition::ref, Function.identity()));
    List<MetricValue> out = new ArrayList<>();
    for (RateRow r : rows()) {
      r.rate().ifPresent(rate -> out.add(MetricValue.builder().metric(byRef.get(r.definition()).metric()).number(rate)
          .asOf(asOfDate()).counted(r.counted()).addAllExcluded(r.excluded())
          .putDimensions("period", r.period().label()).putDimensions("currency", r.currency().getCurrencyCode())
          .putAllDimensions(r.group()).addAllBasedOn(basedOn()).build()));
    }
    return out;
  }
}
