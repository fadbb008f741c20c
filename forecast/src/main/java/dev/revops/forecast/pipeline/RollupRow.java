package dev.revops.forecast.pipeline;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.Validation;
import dev.revops.core.money.Money;
import dev.revops.core.period.Period;
import java.util.SortedMap;
import org.immutables.value.Value;

/**
 * The forecast categories of one period, group and currency: each category on its own, and the
 * cumulative forecasts with the widely used semantics.
 *
 * <p>Individual amounts: open deals by their effective forecast category and expected close
 * period; {@link #closed()} is the amount won with a closed date in the period. Cumulative, checked
 * at construction:
 * <ul>
 *   <li>commit forecast = commit + closed</li>
 *   <li>most likely forecast = most likely + commit + closed</li>
 *   <li>best case forecast = best case + most likely + commit + closed</li>
 *   <li>open pipeline = pipeline + best case + most likely + commit (nothing closed)</li>
 * </ul>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRollupRow.class)
@JsonDeserialize(as = ImmutableRollupRow.class)
public abstract class RollupRow {

  /** Only the generated implementation extends this class, so every instance is validated. */
  RollupRow() {}

  /**
   * The close period.
   *
   * @return the period
   */
  public abstract Period period();

  /**
   * The group: dimension name to value; empty for the period's total.
   *
   * @return the group
   */
  @Value.NaturalOrder
  public abstract SortedMap<String, String> group();

  /**
   * Open deals counted.
   *
   * @return the count
   */
  public abstract long openDeals();

  /**
   * Deals won in the period.
   *
   * @return the count
   */
  public abstract long wonDeals();

  /**
   * The amount of open deals in Pipeline.
   *
   * @return the amount
   */
  public abstract Money pipeline();

  /**
   * The amount of open deals in Best Case.
   *
   * @return the amount
   */
  public abstract Money bestCase();

  /**
   * The amount of open deals in Most Likely.
   *
   * @return the amount
   */
  public abstract Money mostLikely();

  /**
   * The amount of open deals in Commit.
   *
   * @return the amount
   */
  public abstract Money commit();

  /**
   * The amount of deals won in the period.
   *
   * @return the amount
   */
  public abstract Money closed();

  /**
   * The amount of commit + closed.
   *
   * @return the amount
   */
  public abstract Money commitForecast();

  /**
   * The amount of most likely + commit + closed.
   *
   * @return the amount
   */
  public abstract Money mostLikelyForecast();

  /**
   * The amount of best case + most likely + commit + closed.
   *
   * @return the amount
   */
  public abstract Money bestCaseForecast();

  /**
   * The amount of pipeline + best case + most likely + commit.
   *
   * @return the amount
   */
  public abstract Money openPipeline();

  static RollupRow of(Period period, SortedMap<String, String> group, long open, long won, Money pipeline,
      Money bestCase, Money mostLikely, Money commit, Money closed) {
    Money commitForecast = commit.plus(closed);
    Money mostLikelyForecast = mostLikely.plus(commitForecast);
    return new Builder().period(period).putAllGroup(group).openDeals(open).wonDeals(won).pipeline(pipeline)
        .bestCase(bestCase).mostLikely(mostLikely).commit(commit).closed(closed).commitForecast(commitForecast)
        .mostLikelyForecast(mostLikelyForecast).bestCaseForecast(bestCase.plus(mostLikelyForecast))
        .openPipeline(pipeline.plus(bestCase).plus(mostLikely).plus(commit)).build();
  }

  /** Builds rows (the roll-up does). */
  static final class Builder extends ImmutableRollupRow.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Validation v = Validation.of("roll-up " + period() + " " + group());
    v.check(commitForecast().equals(commit().plus(closed())), "commitForecast", commitForecast(),
        "must equal commit + closed");
    v.check(mostLikelyForecast().equals(mostLikely().plus(commitForecast())), "mostLikelyForecast",
        mostLikelyForecast(), "must equal most likely + commit + closed");
    v.check(bestCaseForecast().equals(bestCase().plus(mostLikelyForecast())), "bestCaseForecast",
        bestCaseForecast(), "must equal best case + most likely + commit + closed");
    v.check(openPipeline().equals(pipeline().plus(bestCase()).plus(mostLikely()).plus(commit())), "openPipeline",
        openPipeline(), "must equal pipeline + best case + most likely + commit");
    v.throwIfInvalid();
  }
}
