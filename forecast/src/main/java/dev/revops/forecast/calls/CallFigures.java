package dev.revops.forecast.calls;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.InvalidValueException;
import dev.revops.core.money.Money;
import dev.revops.core.pipeline.ForecastCategory;
import java.util.Currency;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * The forecast figures of a set of deals in one period and currency, cumulative as forecast
 * categories are: {@code won} (closed won), {@code commit} (won + open Commit), {@code mostLikely}
 * (commit + open Most Likely), {@code bestCase} (most likely + open Best Case), and
 * {@code openPipeline} (every open deal not Omitted).
 *
 * <p>JSON: {@code {"deals": 3, "won": "USD 100.00", "commit": "USD 180.00", ...}}.
 *
 * <pre>{@code
 * CallFigures f = row.total();
 * f.amount(ForecastCategory.COMMIT);   // the same as f.commit()
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCallFigures.class)
@JsonDeserialize(as = ImmutableCallFigures.class)
public abstract class CallFigures {
  /** Index of won in the minor-unit sums. */
  static final int WON = 0;
  /** Index of open Commit. */
  static final int COMMIT = 1;
  /** Index of open Most Likely. */
  static final int MOST_LIKELY = 2;
  /** Index of open Best Case. */
  static final int BEST_CASE = 3;
  /** Index of open Pipeline. */
  static final int PIPELINE = 4;
  /** How many sums. */
  static final int SUMS = 5;

  /** Only the generated implementation extends this class, so every instance is validated. */
  CallFigures() {}

  /**
   * How many deals the figures count.
   *
   * @return a non-negative count
   */
  public abstract long deals();

  /**
   * Closed won.
   *
   * @return the amount
   */
  public abstract Money won();

  /**
   * Won plus open Commit.
   *
   * @return the amount
   */
  public abstract Money commit();

  /**
   * Commit plus open Most Likely.
   *
   * @return the amount
   */
  public abstract Money mostLikely();

  /**
   * Most likely plus open Best Case.
   *
   * @return the amount
   */
  public abstract Money bestCase();

  /**
   * Every open deal in Pipeline, Best Case, Most Likely and Commit.
   *
   * @return the amount
   */
  public abstract Money openPipeline();

  /**
   * The figure of a forecast category.
   *
   * @param category Closed, Commit, Most Likely, Best Case or Pipeline
   * @return won, commit, mostLikely, bestCase or openPipeline
   * @throws InvalidValueException for Omitted, which has no figure
   */
  public Money amount(ForecastCategory category) {
    switch (Objects.requireNonNull(category, "category")) {
      case CLOSED:
        return won();
      case COMMIT:
        return commit();
      case MOST_LIKELY:
        return mostLikely();
      case BEST_CASE:
        return bestCase();
      case PIPELINE:
        return openPipeline();
      default:
        throw new InvalidValueException("category", category, "must have a forecast figure (Omitted has none)");
    }
  }

  /** The figures of minor-unit sums by index (won, open commit, most likely, best case, pipeline). */
  static CallFigures of(Currency currency, long deals, long[] sums) {
    long commit = Math.addExact(sums[WON], sums[COMMIT]);
    long mostLikely = Math.addExact(commit, sums[MOST_LIKELY]);
    long bestCase = Math.addExact(mostLikely, sums[BEST_CASE]);
    long open = Math.addExact(Math.addExact(sums[COMMIT], sums[MOST_LIKELY]), Math.addExact(sums[BEST_CASE],
        sums[PIPELINE]));
    return ImmutableCallFigures.builder().deals(deals).won(Money.ofMinor(currency, sums[WON]))
        .commit(Money.ofMinor(currency, commit)).mostLikely(Money.ofMinor(currency, mostLikely))
        .bestCase(Money.ofMinor(currency, bestCase)).openPipeline(Money.ofMinor(currency, open)).build();
  }

  /** The index of a deal's category in the sums, won deals at {@link #WON}. */
  static int index(ForecastCategory category) {
    switch (category) {
      case CLOSED:
        return WON;
      case COMMIT:
        return COMMIT;
      case MOST_LIKELY:
        return MOST_LIKELY;
      case BEST_CASE:
        return BEST_CASE;
      case PIPELINE:
        return PIPELINE;
      default:
        throw new IllegalStateException("no figure for " + category);
    }
  }
}
