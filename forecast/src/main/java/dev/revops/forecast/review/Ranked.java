package dev.revops.forecast.review;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The first {@code capacity} items under a total order, kept as items arrive: what a review lists
 * (largest movers, most slipped deals). Merging keeps the first of the union, so any split of the
 * deals lists the same items. Not thread-safe.
 */
final class Ranked<T> {
  private final int capacity;
  private final Comparator<T> order;
  private final List<T> items = new ArrayList<>();

  Ranked(int capacity, Comparator<T> order) {
    this.capacity = capacity;
    this.order = order;
  }

  void add(T item) {
    if (capacity == 0) {
      return;
    }
    items.add(item);
    if (items.size() >= 2 * capacity + 16) {
      trim();
    }
  }

  void merge(Ranked<T> other) {
    other.items.forEach(this::add);
  }

  /** The first items, in order. */
  List<T> result() {
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
