package dev.revops.forecast.review;

import dev.revops.core.InvalidValueException;
import dev.revops.core.deal.Deal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The deals of one pipeline state, as a snapshot export holds them, found by id: what {@link
 * SnapshotSeries} joins across the states. Each deal is taken once: by its id (when a stage
 * history or a later state asks for it) or, at the end, with the deals nobody asked for.
 *
 * <p>{@link #inMemory()} keeps whole deals in a map. A batch job reading millions of deals may
 * implement it over a more compact index that keeps fewer fields, as long as it keeps every field
 * the reviews read: id, stage, owner, segment, source, product, amount, probability and forecast
 * category overrides, and the created, expected close and closed dates (not name, account, cost to
 * close, projected margin or attributes).
 *
 * <pre>{@code
 * SnapshotDeals lastWeek = SnapshotDeals.inMemory();
 * lastWeekDeals.forEach(lastWeek::put);
 * lastWeek.take("D1");   // the deal, now taken
 * lastWeek.take("D1");   // the deal again: taking marks it, it does not remove it
 * }</pre>
 */
public interface SnapshotDeals {

  /**
   * The deal with an id in this state, marking it taken.
   *
   * @param dealId the id
   * @return the deal; empty when the state has none with this id
   */
  Optional<Deal> take(String dealId);

  /**
   * Each deal not taken yet, once, in the order the state holds them; each is taken as it is given.
   *
   * @param action what to do with each deal
   */
  void forEachNotTaken(Consumer<Deal> action);

  /**
   * An empty state held in memory; {@link InMemory#put} adds its deals.
   *
   * @return the state
   */
  static InMemory inMemory() {
    return new InMemory();
  }

  /** The deals of one state in a map, in the order they were put. Not thread-safe. */
  final class InMemory implements SnapshotDeals {
    private final Map<String, Deal> deals = new LinkedHashMap<>();
    private final Map<String, Boolean> taken = new LinkedHashMap<>();

    private InMemory() {}

    /**
     * Adds a deal to the state.
     *
     * @param deal the deal
     * @throws InvalidValueException if the state already holds a deal with its id (a snapshot
     *     lists each deal once)
     */
    public void put(Deal deal) {
      Objects.requireNonNull(deal, "deal");
      if (deals.putIfAbsent(deal.id(), deal) != null) {
        throw new InvalidValueException("deal", deal.id(), "must be listed once per state");
      }
      taken.put(deal.id(), false);
    }

    @Override
    public Optional<Deal> take(String dealId) {
      Objects.requireNonNull(dealId, "dealId");
      Deal d = deals.get(dealId);
      if (d != null) {
        taken.put(dealId, true);
      }
      return Optional.ofNullable(d);
    }

    @Override
    public void forEachNotTaken(Consumer<Deal> action) {
      Objects.requireNonNull(action, "action");
      taken.forEach((id, was) -> {
        if (!was) {
          taken.put(id, true);
          action.accept(deals.get(id));
        }
      });
    }
  }
}
