package dev.revops.core.columnar;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Distinct values by code, in the order first seen: code {@code i} is the {@code i}-th distinct
 * value added. Values are compared with {@code equals}.
 */
final class Dictionary<T> {
  private final Map<T, Integer> codes = new HashMap<>();
  private final List<T> values = new ArrayList<>();

  /** The code of a value, given one when new. */
  int code(T value) {
    Integer c = codes.get(value);
    if (c != null) {
      return c;
    }
    int next = values.size();
    codes.put(value, next);
    values.add(value);
    return next;
  }

  /** The code of an optional value, {@code -1} when absent. */
  int codeOrNone(java.util.Optional<T> value) {
    return value.isPresent() ? code(value.get()) : -1;
  }

  /** The values by code, as an immutable list. */
  List<T> values() {
    return List.copyOf(values);
  }

  int size() {
    return values.size();
  }
}
