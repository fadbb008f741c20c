package dev.revops.forecast.pipeline;

import dev.revops.core.dimension.Dimension;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.Validation;
import dev.revops.core.deal.Deal;
import dev.revops.core.money.Money;
import dev.revops.core.period.Period;
import dev.revops.core.pipeline.ForecastCategory;
import dev.revops.forecast.conversion.ProbabilityModel;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import org.immutables.value.Value;

/**
 * What one deal adds to each forecast figure of its close period and group, under the same rules
 * as {@link ForecastRollup} and {@link WeightedPipeline}: the explanation of a forecast figure deal
 * by deal, and what the weekly reviews compare between two states.
 *
 * <p>A won deal adds its amount to closed won and to every cumulative forecast (commit, most
 * likely, best case) of the period of its closed date. An open deal adds its amount to the
 * cumulative forecasts its category belongs to and to the open pipeline, and its weighted amount
 * to the weighted pipeline, in the period of its expected close date. Amounts are in the deal's
 * currency or converted into the options' reporting currency at the rate of that date; every
 * amount but the weighted one is rounded to the minor unit as the roll-ups round it.
 *
 * <pre>{@code
 * ForecastContribution.of(options, BuiltInModel.DEAL_EFFECTIVE, deal)
 *     .ifPresent(c -> System.out.println(c.period().label() + " commit " + c.commitForecast()));
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableForecastContribution.class)
@JsonDeserialize(as = ImmutableForecastContribution.class)
public abstract class ForecastContribution {

  /** Only the generated implementation extends this class, so every instance is validated. */
  ForecastContribution() {}

  /**
   * The deal.
   *
   * @return its id
   */
  public abstract String dealId();

  /**
   * The close period it counts in.
   *
   * @return the period of the closed date (won) or expected close date (open)
   */
  public abstract Period period();

  /**
   * Its group under the options' dimensions other than the close period.
   *
   * @return dimension key to value; empty without grouping
   */
  @Value.NaturalOrder
  public abstract SortedMap<String, String> group();

  /**
   * What it adds to closed won.
   *
   * @return its amount when won, else zero
   */
  public abstract Money closedWon();

  /**
   * What it adds to the commit forecast (commit + closed).
   *
   * @return the amount, or zero
   */
  public abstract Money commitForecast();

  /**
   * What it adds to the most-likely forecast (most likely + commit + closed).
   *
   * @return the amount, or zero
   */
  public abstract Money mostLikelyForecast();

  /**
   * What it adds to the best-case forecast (best case + most likely + commit + closed).
   *
   * @return the amount, or zero
   */
  public abstract Money bestCaseForecast();

  /**
   * What it adds to the open pipeline of the roll-ups (open deals not omitted).
   *
   * @return the amount, or zero
   */
  public abstract Money openPipeline();

  /**
   * What it adds to the weighted pipeline: amount x probability, exact (the weighted pipeline
   * rounds its sums, not each deal).
   *
   * @return the exact weighted amount in the currency of the other figures; zero when closed
   */
  public abstract BigDecimal weighted();

  /**
   * The probability the weighted amount used.
   *
   * @return the probability; empty for a closed deal
   */
  public abstract Optional<BigDecimal> probability();

  @Value.Check
  void check() {
    Validation v = Validation.of("forecast contribution of deal " + dealId());
    String currency = closedWon().getCurrencyCode();
    for (Money m : new Money[] {commitForecast(), mostLikelyForecast(), bestCaseForecast(), openPipeline()}) {
      v.check(m.getCurrencyCode().equals(currency), "currency", m, "must be the same for every figure",
          "closedWon is in " + currency);
    }
    v.check(weighted().signum() >= 0, "weighted", weighted(), "must not be negative");
    v.throwIfInvalid();
  }

  /**
   * What a deal adds to the forecast under the options.
   *
   * @param options the pipeline options (grouping, periods, currency); the close-period dimension is
   *     implied
   * @param model where an open deal's probability comes from
   * @param deal any deal
   * @return the contribution; empty when the deal counts in no figure (lost; no amount; no close
   *     date; outside the window; no rate)
   */
  public static Optional<ForecastContribution> of(PipelineOptions options, ProbabilityModel model, Deal deal) {
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(deal, "deal");
    DealLens lens = new DealLens(options);
    DealLens.Seen rolled = lens.rollup(deal);
    DealLens.Seen open = deal.isOpen() ? lens.open(deal, true) : DealLens.Seen.excluded(DealLens.CLOSED);
    DealLens.Seen seen = rolled.excludedBecause == null ? rolled : open;
    if (seen.excludedBecause != null) {
      return Optional.empty();
    }
    Money zero = Money.zero(seen.currency);
    Money amount = Money.ofMinor(seen.currency, DealLens.minor(seen.amount, seen.currency));
    boolean rolledUp = rolled.excludedBecause == null;
    boolean won = rolledUp && rolled.won;
    // The categories are declared in rising confidence (pipeline, best case, most likely, commit,
    // closed), and each cumulative forecast takes its own category and every surer one; omitted
    // deals are not rolled up at all.
    ForecastCategory category = won ? ForecastCategory.CLOSED : deal.effectiveForecastCategory();
    Builder b = new Builder().dealId(deal.id()).period(seen.period.orElseThrow())
        .putAllGroup(lens.named(lens.key(deal, seen.period, DealLens.BUT_PERIOD), DealLens.BUT_PERIOD))
        .closedWon(won ? amount : zero)
        .commitForecast(rolledUp && category.compareTo(ForecastCategory.COMMIT) >= 0 ? amount : zero)
        .mostLikelyForecast(rolledUp && category.compareTo(ForecastCategory.MOST_LIKELY) >= 0 ? amount : zero)
        .bestCaseForecast(rolledUp && category.compareTo(ForecastCategory.BEST_CASE) >= 0 ? amount : zero)
        .openPipeline(rolledUp && !won ? amount : zero);
    if (open.excludedBecause == null) {
      BigDecimal p = model.probability(deal).toBigDecimal();
      b.weighted(open.amount.multiply(p)).probability(p);
    } else {
      b.weighted(BigDecimal.ZERO);
    }
    return Optional.of(b.build());
  }

  /** Builds contributions; use {@link #of}. */
  static final class Builder extends ImmutableForecastContribution.Builder {
    Builder() {}
  }
}
