package dev.revops.core.metric;

import dev.revops.core.aggregate.Accumulator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The first {@code capacity} items under a total order, kept as items arrive: what a result lists
 * (the largest movers, the most overdue handoffs, the deals a definition change moves most).
 *
 * <p>An {@link Accumulator}: with a total order (break ties, by id for example), any split of the items, kept
 * apart and merged in any order, lists the same items as one pass. Memory stays within about twice
 * the capacity. Not thread-safe; use one per thread and {@link #merge} them.
 *
 * <pre>{@code
 * TopN<Deal> largest = new TopN<>(3, Comparator.comparing(Deal::amount...).reversed().thenComparing(Deal::id));
 * deals.forEach(largest::add);
 * largest.result();   // the three largest, largest first
 * }</pre>
 *
 * @param <T> the items
 */
public final class TopN<T> implements Accumulator<T, List<T>, TopN<T>> {
  private final int capacity;
  private final Comparator<? super T> order;
  private final List<T> items = new ArrayList<>();

  /**
   * An empty list.
   *
   * @param capacity how many items to keep, at least 0
   * @param order the order, first kept first; a total order for merges to be exact
   */
  public TopN(int capacity, Comparator<? super T> order) {
    if (capacity < 0) {
      throw new IllegalArgumentException("capacity must not be negative, was " + capacity);
    }
    this.capacity = capacity;
    this.order = Objects.requireNonNull(order, "order");
  }

  /**
   * Offers an item.
   *
   * @param item the item
   */
  @Override
  public void add(T item) {
    Objects.requireNonNull(item, "item");
    if (capacity == 0) {
      return;
    }
    items.add(item);
    if (items.size() >= 2 * capacity + 16) {
      trim();
    }
  }

  /**
   * Offers another list's items.
   *
   * @param other a list of other items, with the same capacity and order
   * @return this list
   * @throws IllegalArgumentException if {@code other} is this list or has another capacity
   */
  @Override
  public TopN<T> merge(TopN<T> other) {
    MergeCheck.of("list", this, other).same("capacity", capacity, other.capacity);
    other.items.forEach(this::add);
    return this;
  }

  /**
   * The first items, in order.
   *
   * @return at most the capacity
   */
  @Override
  public List<T> result() {
    trim();
    return List.copyOf(items);
  }

  private void trim() {
    items.sort(order);
    if (items.size() > capacity) {
      items.subList(capacity, items.size()).clear();
    }
  }
}
