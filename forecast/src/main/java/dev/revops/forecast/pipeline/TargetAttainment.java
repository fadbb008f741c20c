package dev.revops.forecast.pipeline;

import dev.revops.core.dimension.Dimension;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.metric.Metric;
import dev.revops.core.metric.MetricValue;
import dev.revops.core.metric.Provenance;
import dev.revops.core.money.Money;
import dev.revops.core.money.Rounding;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.immutables.value.Value;

/**
 * How one target stands: won so far, the gap, the open pipeline against what is left, and the win
 * rate the open pipeline would need.
 *
 * <p>Definitions (all amounts in the target's currency):
 * <ul>
 *   <li>gap = target - closed won (negative when the target is exceeded);</li>
 *   <li>remaining = the gap, or zero when exceeded;</li>
 *   <li>coverage = open pipeline / remaining (absent when nothing remains);</li>
 *   <li>needed win rate = remaining / open pipeline (absent when there is no open pipeline;
 *       above 1 when the gap cannot be closed with it);</li>
 *   <li>attainment = closed won / target (absent for a zero target).</li>
 * </ul>
 * Ratios are rounded with {@link Rounding#RATIO} to {@value Rounding#RATIO_SCALE} decimals.
 *
 * <p>To compute the attainment of targets over deals in one pass, feed a {@link TargetTracker}: it
 * groups the targets by their dimensions and compares each with figures grouped like it.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableTargetAttainment.class)
@JsonDeserialize(as = ImmutableTargetAttainment.class)
public abstract class TargetAttainment {
  /** Only the generated implementation extends this class, so every instance is validated. */
  TargetAttainment() {}

  /**
   * The target.
   *
   * @return the target
   */
  public abstract Target target();

  /**
   * Whether the roll-ups had a row for the target's period, group and currency; when false, no
   * counted deal closes (or closed) in that period for that group and currency.
   *
   * @return true when matched
   */
  public abstract boolean matched();

  /**
   * Won in the period.
   *
   * @return the closed won amount
   */
  public abstract Money closedWon();

  /**
   * Target minus closed won.
   *
   * @return the gap, negative when exceeded
   */
  public abstract Money gap();

  /**
   * What is still to win.
   *
   * @return the gap, or zero when exceeded
   */
  public abstract Money remaining();

  /**
   * Open pipeline of the period (pipeline, best case, most likely, commit).
   *
   * @return the open pipeline
   */
  public abstract Money openPipeline();

  /**
   * The weighted pipeline of the period, when a weighted pipeline grouped by the same dimensions
   * and the close period was given.
   *
   * @return the weighted pipeline
   */
  public abstract Optional<Money> weightedPipeline();

  /**
   * Open pipeline / remaining.
   *
   * @return the coverage, absent when nothing remains
   */
  public abstract Optional<BigDecimal> coverage();

  /**
   * Remaining / open pipeline.
   *
   * @return the needed win rate, absent without open pipeline
   */
  public abstract Optional<BigDecimal> neededWinRate();

  /**
   * Closed won / target.
   *
   * @return the attainment, absent for a zero target
   */
  public abstract Optional<BigDecimal> attainment();

  /**
   * Where the figures come from: {@link ForecastMetrics#TARGET_ATTAINMENT}, the roll-ups' as-of and
   * definitions (with the probability model when a weighted pipeline was given), the deals counted
   * in the target's row (open and won; none when not matched) and the deals the roll-ups left out.
   *
   * @return the provenance
   */
  public abstract Provenance provenance();

  /** Builds attainments (see {@link #of}). */
  static final class Builder extends ImmutableTargetAttainment.Builder {
    Builder() {}
  }

  /**
   * Computes how each target stands against the roll-ups (and the weighted pipeline, if given).
   *
   * @param targets the targets
   * @param rollups roll-ups grouped by exactly the targets' dimensions (a target without a group
   *     uses the period totals)
   * @param weighted a weighted pipeline grouped by the same dimensions and the close period, or
   *     empty
   * @return one attainment per target, in the targets' order
   * @throws IllegalArgumentException if a target is split by other dimensions than the roll-ups
   *     (its figures would read as zero when they are only not comparable)
   */
  public static List<TargetAttainment> of(List<Target> targets, RollupResult rollups,
      Optional<WeightedPipelineResult> weighted) {
    Objects.requireNonNull(targets, "targets");
    Objects.requireNonNull(rollups, "rollups");
    Objects.requireNonNull(weighted, "weighted");
    Set<String> rollupDimensions = new TreeSet<>();
    rollups.options().groupBy().stream().filter(d -> !d.isClosePeriod())
        .forEach(d -> rollupDimensions.add(d.name()));
    List<TargetAttainment> out = new ArrayList<>();
    for (Target t : targets) {
      if (!t.group().isEmpty() && !t.group().keySet().equals(rollupDimensions)) {
        throw new IllegalArgumentException("target " + t.period() + " " + t.group() + " is split by "
            + t.group().keySet() + " but the roll-ups by " + rollupDimensions
            + ": compute roll-ups grouped by the target's dimensions");
      }
      out.add(of(t, rollups, weighted));
    }
    return out;
  }

  private static TargetAttainment of(Target t, RollupResult rollups, Optional<WeightedPipelineResult> weighted) {
    String currency = t.amount().getCurrencyCode();
    Optional<RollupRow> row = (t.group().isEmpty() ? rollups.totals() : rollups.rows()).stream()
        .filter(r -> r.period().label().equals(t.period()) && r.group().equals(t.group())
            && r.closed().getCurrencyCode().equals(currency))
        .findFirst();
    Money zero = Money.zero(t.amount().getCurrency());
    Money closed = row.map(RollupRow::closed).orElse(zero);
    Money open = row.map(RollupRow::openPipeline).orElse(zero);
    Money gap = t.amount().minus(closed);
    Money remaining = gap.isNegative() ? zero : gap;
    Optional<Money> w = weighted.flatMap(result -> result.groups().stream()
        .filter(g -> g.openAmount().getCurrencyCode().equals(currency)
            && t.period().equals(g.group().get(Dimension.CLOSE_PERIOD.key()))
            && withoutPeriod(g).equals(t.group()))
        .findFirst().map(PipelineFigures::weighted));
    Provenance.Builder provenance = Provenance.builder().definition(ForecastMetrics.TARGET_ATTAINMENT.ref())
        .addAllBasedOn(weighted.map(x -> x.provenance().basedOn()).orElse(rollups.provenance().basedOn()))
        .asOf(rollups.provenance().asOf()).counted(row.map(r -> r.openDeals() + r.wonDeals()).orElse(0L))
        .addAllExcluded(rollups.excluded());
    return new Builder().target(t).matched(row.isPresent()).closedWon(closed).gap(gap).remaining(remaining)
        .openPipeline(open).weightedPipeline(w).coverage(ratio(open, remaining)).neededWinRate(ratio(remaining, open))
        .attainment(ratio(closed, t.amount())).provenance(provenance.build()).build();
  }

  private static Map<String, String> withoutPeriod(PipelineFigures g) {
    Map<String, String> m = new TreeMap<>(g.group());
    m.remove(Dimension.CLOSE_PERIOD.key());
    return m;
  }

  private static Optional<BigDecimal> ratio(Money numerator, Money denominator) {
    if (denominator.isZero()) {
      return Optional.empty();
    }
    return Optional.of(BigDecimal.valueOf(numerator.getAmountMinor())
        .divide(BigDecimal.valueOf(denominator.getAmountMinor()), Rounding.RATIO_SCALE, Rounding.RATIO));
  }

  /**
   * The attainment, coverage and needed win rate as governed metric values, where they are
   * defined, citing the provenance's as-of date (in UTC) and definitions.
   *
   * @return up to three values
   */
  public List<MetricValue> metricValues() {
    List<MetricValue> out = new ArrayList<>();
    attainment().ifPresent(a -> out.add(value(ForecastMetrics.TARGET_ATTAINMENT, a)));
    coverage().ifPresent(c -> out.add(value(ForecastMetrics.PIPELINE_COVERAGE, c)));
    neededWinRate().ifPresent(r -> out.add(value(ForecastMetrics.NEEDED_WIN_RATE, r)));
    return out;
  }

  private MetricValue value(Metric metric, BigDecimal number) {
    return MetricValue.builder().metric(metric).number(number)
        .asOf(LocalDate.ofInstant(provenance().asOf(), ZoneOffset.UTC)).counted(provenance().counted())
        .putAllDimensions(target().group()).putDimensions("closePeriod", target().period())
        .putDimensions("currency", target().amount().getCurrencyCode()).addAllBasedOn(provenance().basedOn()).build();
  }
}
