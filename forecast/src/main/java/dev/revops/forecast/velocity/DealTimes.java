package dev.revops.forecast.velocity;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.history.DealHistory;
import dev.revops.core.history.StageChange;
import dev.revops.core.history.StageVisit;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One deal's times: the latest and the cumulative time in each stage it visited (in the order it
 * first entered them), and its sales cycle: from its creation to its close, won or lost.
 *
 * <pre>{@code
 * DealTimes t = DealTimes.of(history, options);
 * t.cycleDays();   // Optional[46.50] for a deal created and closed 46.5 days apart
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDealTimes.class)
@JsonDeserialize(as = ImmutableDealTimes.class)
public abstract class DealTimes {

  /** Only the generated implementation extends this class, so every instance is validated. */
  DealTimes() {}

  /**
   * The deal.
   *
   * @return its id
   */
  public abstract String dealId();

  /**
   * Time per stage visited (won and lost stages included, as the deal's last stage).
   *
   * @return the stage times
   */
  public abstract List<StageTime> stages();

  /**
   * Creation to close.
   *
   * @return days; empty while open, or when the history does not start with the creation
   */
  public abstract Optional<BigDecimal> cycleDays();

  /** Builds deal times (see {@link #of}). */
  static final class Builder extends ImmutableDealTimes.Builder {
    Builder() {}
  }

  /**
   * A deal's times as of the options' as-of instant, counted in the options' days.
   *
   * @param history the deal's history
   * @param options the as-of date, day count and calendar to use
   * @return the times
   */
  public static DealTimes of(DealHistory history, VelocityOptions options) {
    Objects.requireNonNull(history, "history");
    Instant asOf = options.asOfInstant();
    Map<String, long[]> byStage = new LinkedHashMap<>(); // visits, latest, cumulative
    String current = null;
    for (StageVisit v : history.visits(asOf)) {
      long seconds = options.dayCount().seconds(v.enteredAt(), v.exitedAt().orElse(asOf), options.calendar());
      long[] t = byStage.computeIfAbsent(v.stage().id(), k -> new long[3]);
      t[0]++;
      t[1] = seconds;
      t[2] += seconds;
      if (v.isCurrent()) {
        current = v.stage().id();
      }
    }
    Builder b = new Builder().dealId(history.dealId());
    String currentStage = current;
    byStage.forEach((stage, t) -> b.addStages(new StageTime.Builder().stageId(stage).visits((int) t[0])
        .latestDays(DayCount.days(t[1])).cumulativeDays(DayCount.days(t[2])).current(stage.equals(currentStage))
        .build()));
    cycleEnd(history, asOf).ifPresent(end -> history.createdAt().ifPresent(start ->
        b.cycleDays(DayCount.days(options.dayCount().seconds(start, end, options.calendar())))));
    return b.build();
  }

  /** The instant the deal last entered a won or lost stage, if it is closed at the as-of instant. */
  static Optional<Instant> cycleEnd(DealHistory history, Instant asOf) {
    StageChange last = null;
    for (StageChange c : history.changes()) {
      if (c.at().isAfter(asOf)) {
        break;
      }
      last = c;
    }
    return last != null && last.to().isClosed() ? Optional.of(last.at()) : Optional.empty();
  }
}
