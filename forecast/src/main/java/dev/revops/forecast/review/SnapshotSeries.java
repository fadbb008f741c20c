package dev.revops.forecast.review;

import dev.revops.core.InvalidValueException;
import dev.revops.core.deal.Deal;
import dev.revops.core.history.DealHistory;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The {@link DealSeries} of pipeline states given as snapshot exports: each deal's record in each
 * state, joined by deal id, with its stage history when one was exported.
 *
 * <p>Two passes, so that every deal of every state reaches the reviews exactly once:
 * <ol>
 *   <li>{@link #withHistory} for each stage history: the deal in each state, with the history; a
 *       history whose deal is in no state gives none (and is counted, see {@link
 *       #historiesWithoutDeal()});</li>
 *   <li>{@link #forEachWithoutHistory}, once at the end: every deal no history claimed, the latest
 *       state's first, each with its records in the earlier states (absent from the later ones,
 *       which no longer hold it).</li>
 * </ol>
 *
 * <p>Example: states S0, S1, S2 holding A, B (S0), A, C (S1) and A, C (S2), and histories of A and
 * X. The first pass gives A [A, A, A] with its history, and nothing for X (one history without a
 * deal); the second gives C [absent, C, C], then B [B, absent, absent].
 *
 * <pre>{@code
 * SnapshotSeries join = new SnapshotSeries(List.of(lastWeek, today));
 * histories.forEach(h -> join.withHistory(h).ifPresent(review::add));
 * join.forEachWithoutHistory(review::add);
 * }</pre>
 */
public final class SnapshotSeries {
  private final List<SnapshotDeals> states;
  private long historiesWithoutDeal;

  /**
   * A join of the deals of each state, oldest state first.
   *
   * @param states the deals of each state, in the review options' order
   * @throws InvalidValueException if there are fewer than two states
   */
  public SnapshotSeries(List<? extends SnapshotDeals> states) {
    this.states = List.copyOf(Objects.requireNonNull(states, "states"));
    if (this.states.size() < 2) {
      throw new InvalidValueException("states", this.states.size(), "must be at least two (a review compares states)");
    }
  }

  /**
   * The series of the deal a stage history belongs to, taking its record from each state.
   *
   * @param history a stage history
   * @return the series with the history; empty when no state holds the deal
   */
  public Optional<DealSeries> withHistory(DealHistory history) {
    Objects.requireNonNull(history, "history");
    List<Optional<Deal>> deals = new ArrayList<>();
    for (SnapshotDeals state : states) {
      deals.add(state.take(history.dealId()));
    }
    if (deals.stream().allMatch(Optional::isEmpty)) {
      historiesWithoutDeal++;
      return Optional.empty();
    }
    return Optional.of(DealSeries.of(history.dealId(), deals, Optional.of(history)));
  }

  /**
   * Gives the series of every deal no stage history claimed, once each: the latest state's deals
   * first, then those of each earlier state not given yet.
   *
   * @param action what to do with each series
   */
  public void forEachWithoutHistory(Consumer<DealSeries> action) {
    Objects.requireNonNull(action, "action");
    int n = states.size();
    for (int k = n - 1; k >= 0; k--) {
      int last = k;
      states.get(k).forEachNotTaken(d -> {
        List<Optional<Deal>> deals = new ArrayList<>();
        for (int j = 0; j < n; j++) {
          deals.add(j == last ? Optional.of(d) : j > last ? Optional.empty() : states.get(j).take(d.id()));
        }
        action.accept(DealSeries.of(d.id(), deals));
      });
    }
  }

  /**
   * How many stage histories belonged to a deal in no state.
   *
   * @return the count so far
   */
  public long historiesWithoutDeal() {
    return historiesWithoutDeal;
  }
}
