package dev.revops.forecast.review;

import dev.revops.core.InvalidValueException;
import dev.revops.core.deal.Deal;
import dev.revops.core.deal.DealTimeline;
import dev.revops.core.history.DealHistory;
import dev.revops.core.history.FieldChange;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One deal in each of the states a review compares, in the states' order: present, or absent
 * (not created yet, deleted, or missing from that export), with its stage history when known.
 *
 * <p>Three ways to build one: {@link #of} from the deal in each state; {@link SnapshotSeries} from
 * snapshot exports of each state, joined by deal id; {@link #rebuilt(Deal, DealHistory, List,
 * ReviewOptions) rebuilt} from the current deal, its stage history and its field changes, as it was
 * at each state's instant (see {@link DealTimeline}).
 *
 * <pre>{@code
 * DealSeries s = DealSeries.of("D1", List.of(Optional.of(lastWeek), Optional.of(today)));
 * Optional<DealSeries> r = DealSeries.rebuilt(deal, history, changes, options);  // empty: created later
 * }</pre>
 *
 * <p>Immutable.
 */
public final class DealSeries {
  private final String dealId;
  private final List<Optional<Deal>> states;
  private final Optional<DealHistory> history;

  private DealSeries(String dealId, List<Optional<Deal>> states, Optional<DealHistory> history) {
    this.dealId = dealId;
    this.states = states;
    this.history = history;
  }

  /**
   * A deal's states, without a history.
   *
   * @param dealId the deal's id
   * @param states the deal in each state, in the states' order (at least two, at least one present)
   * @return the series
   * @throws InvalidValueException if a deal has another id, or the deal is in no state
   */
  public static DealSeries of(String dealId, List<Optional<Deal>> states) {
    return of(dealId, states, Optional.empty());
  }

  /**
   * A deal's states and its stage history.
   *
   * @param dealId the deal's id
   * @param states the deal in each state, in the states' order (at least two, at least one present)
   * @param history its stage history, if known
   * @return the series
   * @throws InvalidValueException if a deal or the history has another id, or the deal is in no
   *     state
   */
  public static DealSeries of(String dealId, List<Optional<Deal>> states, Optional<DealHistory> history) {
    Objects.requireNonNull(dealId, "dealId");
    Objects.requireNonNull(history, "history");
    List<Optional<Deal>> copy = Collections.unmodifiableList(new ArrayList<>(Objects.requireNonNull(states, "states")));
    if (copy.size() < 2) {
      throw new InvalidValueException("states", copy.size(), "must be at least two (a review compares states)");
    }
    boolean any = false;
    for (Optional<Deal> d : copy) {
      Objects.requireNonNull(d, "state");
      if (d.isPresent()) {
        any = true;
        if (!d.get().id().equals(dealId)) {
          throw new InvalidValueException("states", d.get().id(), "must all be deal " + dealId);
        }
      }
    }
    if (!any) {
      throw new InvalidValueException("states", dealId, "must hold the deal in at least one state");
    }
    history.ifPresent(h -> {
      if (!h.dealId().equals(dealId)) {
        throw new InvalidValueException("history", h.dealId(), "must be of deal " + dealId);
      }
    });
    return new DealSeries(dealId, copy, history);
  }

  /**
   * A deal with its stage history, rebuilt as it was at each of the options' states from its
   * current record, its history and its field changes (in the scope's zone).
   *
   * <p>Example: a deal whose history starts on 2026-10-05 and whose amount changed from USD 8,000 to
   * USD 10,000 on 2026-10-20, in states as of 2026-10-01, 2026-10-15 and 2026-11-01, is absent,
   * then at USD 8,000, then at USD 10,000.
   *
   * @param current the deal's current record
   * @param history its stage history
   * @param changes its field changes, in any order
   * @param options the states (and the scope's zone)
   * @return the series; empty when the deal did not exist yet at any of the states
   * @throws InvalidValueException if the records disagree (the history ends in another stage, a
   *     field's latest change does not lead to its current value) or a rebuilt deal is invalid
   */
  public static Optional<DealSeries> rebuilt(Deal current, DealHistory history, List<FieldChange> changes,
      ReviewOptions options) {
    Objects.requireNonNull(history, "history");
    return rebuilt(current, Optional.of(history), changes, options);
  }

  /**
   * A deal without a stage history, rebuilt as it was at each of the options' states from its
   * current record and its field changes: it exists from the start of its created date, in its
   * current stage (so a deal closed after a state cannot be rebuilt without its history).
   *
   * @param current the deal's current record
   * @param changes its field changes, in any order
   * @param options the states (and the scope's zone)
   * @return the series; empty when the deal did not exist yet at any of the states
   * @throws InvalidValueException if the records disagree or a rebuilt deal is invalid
   */
  public static Optional<DealSeries> rebuilt(Deal current, List<FieldChange> changes, ReviewOptions options) {
    return rebuilt(current, Optional.empty(), changes, options);
  }

  private static Optional<DealSeries> rebuilt(Deal current, Optional<DealHistory> history, List<FieldChange> changes,
      ReviewOptions options) {
    Objects.requireNonNull(current, "current");
    Objects.requireNonNull(options, "options");
    DealTimeline timeline = DealTimeline.of(current, history, changes, options.scope().zone());
    List<Optional<Deal>> deals = new ArrayList<>();
    for (PipelineState state : options.states()) {
      deals.add(timeline.asOf(state.asOf()));
    }
    if (deals.stream().allMatch(Optional::isEmpty)) {
      return Optional.empty();
    }
    return Optional.of(of(current.id(), deals, history));
  }

  /**
   * The deal's id.
   *
   * @return the id
   */
  public String dealId() {
    return dealId;
  }

  /**
   * The deal in each state.
   *
   * @return one entry per state, in order; empty where the deal is absent
   */
  public List<Optional<Deal>> states() {
    return states;
  }

  /**
   * The deal in one state.
   *
   * @param state the state's position
   * @return the deal, or empty when absent then
   */
  public Optional<Deal> at(int state) {
    return states.get(state);
  }

  /**
   * The deal in the latest state.
   *
   * @return the deal, or empty when absent then
   */
  public Optional<Deal> latest() {
    return states.get(states.size() - 1);
  }

  /**
   * The deal in the state before the latest.
   *
   * @return the deal, or empty when absent then
   */
  public Optional<Deal> previous() {
    return states.get(states.size() - 2);
  }

  /**
   * The deal's stage history.
   *
   * @return the history, if known
   */
  public Optional<DealHistory> history() {
    return history;
  }

  @Override
  public String toString() {
    return "DealSeries{" + dealId + ", " + states.stream().map(d -> d.map(x -> x.stage().id()).orElse("-")).toList()
        + "}";
  }
}
