package dev.revops.forecast.recurring;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.definition.DefinitionRef;
import dev.revops.core.metric.Metric;
import dev.revops.core.metric.MetricValue;
import dev.revops.core.metric.Provenance;
import dev.revops.core.money.Money;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.immutables.value.Value;

/**
 * MRR movements per period, currency and group ({@link #rows()}) and per period and currency
 * ({@link #totals()}), with where they come from.
 *
 * <pre>{@code
 * MovementsResult r = movements.result();
 * r.totals();          // one row per period and currency
 * r.metricValues();    // MRR and the five movements, each citing its metric
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableMovementsResult.class)
@JsonDeserialize(as = ImmutableMovementsResult.class)
public abstract class MovementsResult {
  /** Only the generated implementation extends this class, so every instance is validated. */
  MovementsResult() {}

  /**
   * The grouping of {@link #rows()}.
   *
   * @return dimension names; empty when rows are the totals
   */
  public abstract List<String> groupBy();

  /**
   * The rows per period, currency and group, by period, currency, group.
   *
   * @return the rows (groups without any customer are left out)
   */
  public abstract List<MovementRow> rows();

  /**
   * The rows per period and currency, the groups added up.
   *
   * @return the totals, by period then currency
   */
  public abstract List<MovementRow> totals();

  /**
   * The movement rules, the scope's definitions, the customers counted and those excluded from a
   * period (no exchange rate to the reporting currency).
   *
   * @return the provenance
   */
  public abstract Provenance provenance();

  /**
   * The as-of date in the scope's zone, as metric values cite it.
   *
   * @return the date
   */
  public abstract java.time.LocalDate asOfDate();

  /** Builds results (the accumulator does). */
  static final class Builder extends ImmutableMovementsResult.Builder {
    Builder() {}
  }

  /**
   * The figures of every row and total as metric values: MRR and the five movements, with the
   * period, currency and group as dimensions, citing the movement rules.
   *
   * @return the values
   */
  public List<MetricValue> metricValues() {
    List<MetricValue> out = new ArrayList<>();
    List<MovementRow> all = new ArrayList<>(totals());
    if (!groupBy().isEmpty()) {
      all.addAll(rows());
    }
    for (MovementRow r : all) {
      add(out, r, RecurringMetrics.MRR, MovementRow::closing);
      add(out, r, RecurringMetrics.NEW_MRR, MovementRow::newBusiness);
      add(out, r, RecurringMetrics.REACTIVATION_MRR, MovementRow::reactivation);
      add(out, r, RecurringMetrics.EXPANSION_MRR, MovementRow::expansion);
      add(out, r, RecurringMetrics.CONTRACTION_MRR, MovementRow::contraction);
      add(out, r, RecurringMetrics.CHURNED_MRR, MovementRow::churn);
    }
    return out;
  }

  private void add(List<MetricValue> out, MovementRow r, Metric metric, Function<MovementRow, Money> value) {
    MetricValue.Builder b = MetricValue.builder().metric(metric).money(value.apply(r))
        .asOf(asOfDate())
        .counted(r.customersAtOpen() + r.newCustomers() + r.reactivatedCustomers())
        .putDimensions("period", r.period().label()).putDimensions("currency", r.currency().getCurrencyCode())
        .putAllDimensions(r.group()).addBasedOn(provenance().definition());
    for (DefinitionRef d : provenance().basedOn()) {
      if (!d.equals(provenance().definition())) {
        b.addBasedOn(d);
      }
    }
    out.add(b.build());
  }
}
