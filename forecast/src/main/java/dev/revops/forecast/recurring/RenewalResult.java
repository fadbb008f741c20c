package dev.revops.forecast.recurring;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.metric.Exclusion;
import dev.revops.core.metric.Metric;
import dev.revops.core.metric.MetricValue;
import dev.revops.core.metric.Provenance;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The renewal pipeline and its outcomes: every contract up for renewal ({@link #renewals()}), the
 * rows per period, currency and group, the totals per period and currency, and what was left out.
 *
 * <pre>{@code
 * RenewalResult r = renewals.result();
 * r.totals();         // per period and currency
 * r.metricValues();   // ARR up for renewal and the three rates, citing their metrics
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRenewalResult.class)
@JsonDeserialize(as = ImmutableRenewalResult.class)
public abstract class RenewalResult {
  /** Only the generated implementation extends this class, so every instance is validated. */
  RenewalResult() {}

  /**
   * The gap a renewal may start within.
   *
   * @return days
   */
  public abstract int gapDays();

  /**
   * The grouping.
   *
   * @return attribute names
   */
  public abstract List<String> groupBy();

  /**
   * Every contract up for renewal, by end then contract id.
   *
   * @return the renewals
   */
  public abstract List<Renewal> renewals();

  /**
   * Per period, currency and group.
   *
   * @return the rows
   */
  public abstract List<RenewalRow> rows();

  /**
   * Per period and currency.
   *
   * @return the totals
   */
  public abstract List<RenewalRow> totals();

  /**
   * Where the result comes from: {@link RecurringMetrics#RENEWAL_PIPELINE}, the scope's
   * definitions, the as-of, the renewals counted and the terms left out, by reason (cancelled
   * before their end, booked after the as-of, given twice).
   *
   * @return the provenance
   */
  public abstract Provenance provenance();

  /**
   * The as-of date.
   *
   * @return the date, in the scope's zone
   */
  public abstract LocalDate asOfDate();

  /** Builds results (the accumulator does). */
  static final class Builder extends ImmutableRenewalResult.Builder {
    Builder() {}
  }

  /**
   * ARR up for renewal and the renewal rates of every row and total, as metric values.
   *
   * @return the values
   */
  public List<MetricValue> metricValues() {
    List<MetricValue> out = new ArrayList<>();
    List<RenewalRow> all = new ArrayList<>(totals());
    if (!groupBy().isEmpty()) {
      all.addAll(rows());
    }
    for (RenewalRow r : all) {
      out.add(base(r, RecurringMetrics.ARR_UP_FOR_RENEWAL, false).money(r.arrUp()).build());
      rate(out, r, RecurringMetrics.RENEWAL_RATE, r.renewalRate());
      rate(out, r, RecurringMetrics.GROSS_ARR_RENEWAL_RATE, r.grossArrRenewalRate());
      rate(out, r, RecurringMetrics.NET_ARR_RENEWAL_RATE, r.netArrRenewalRate());
    }
    return out;
  }

  private void rate(List<MetricValue> out, RenewalRow r, Metric metric, Optional<BigDecimal> value) {
    value.ifPresent(v -> out.add(base(r, metric, true).number(v).build()));
  }

  private MetricValue.Builder base(RenewalRow r, Metric metric, boolean decidedOnly) {
    MetricValue.Builder b = MetricValue.builder().metric(metric).asOf(asOfDate())
        .counted(decidedOnly ? r.upForRenewal() - r.pending() : r.upForRenewal())
        .putDimensions("period", r.period().label())
        .putDimensions("currency", r.currency().getCurrencyCode()).putAllDimensions(r.group());
    if (decidedOnly && r.pending() > 0) {
      b.addExcluded(Exclusion.of("pending: still within the gap", r.pending()));
    }
    return b;
  }
}
