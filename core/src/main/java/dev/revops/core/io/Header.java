package dev.revops.core.io;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A CSV header row: finds columns by candidate names, ignoring case and surrounding spaces. */
final class Header {
  final String[] names;
  private final Map<String, Integer> index = new HashMap<>();
  private final Map<String, Integer> repeated = new HashMap<>();
  private final boolean[] used;

  Header(String[] raw) {
    names = new String[raw.length];
    for (int i = 0; i < raw.length; i++) {
      names[i] = raw[i].strip();
      String key = names[i].toLowerCase(Locale.ROOT);
      if (index.putIfAbsent(key, i) != null) {
        repeated.merge(key, 1, Integer::sum);
      }
    }
    used = new boolean[raw.length];
  }

  /**
   * The index of the first candidate the header has, marking it used.
   *
   * @return the index, or -1 when the header has none of them
   * @throws ImportFormatException if the matching column appears twice in the header
   */
  int find(String field, List<String> candidates) {
    for (String c : candidates) {
      String key = c.strip().toLowerCase(Locale.ROOT);
      Integer i = index.get(key);
      if (i != null) {
        if (repeated.containsKey(key)) {
          throw new ImportFormatException("header", String.join(",", names),
              "must have column '" + names[i] + "' (for " + field + ") only once");
        }
        used[i] = true;
        return i;
      }
    }
    return -1;
  }

  /** The index of a column by name (any case), without marking it used; -1 when absent. */
  int indexOf(String column) {
    Integer i = index.get(column.strip().toLowerCase(Locale.ROOT));
    return i == null ? -1 : i;
  }

  /**
   * The column a model field's violation belongs to: the column of that name ignoring case, else
   * the one equal to it ignoring case, underscores, hyphens and spaces ({@code transactionPrice} is
   * {@code transaction_price}); -1 when none is.
   */
  int indexOfField(String field) {
    int i = indexOf(field);
    if (i >= 0) {
      return i;
    }
    String want = squeeze(field);
    for (int j = 0; j < names.length; j++) {
      if (squeeze(names[j]).equals(want)) {
        return j;
      }
    }
    return -1;
  }

  private static String squeeze(String name) {
    StringBuilder b = new StringBuilder(name.length());
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c != '_' && c != '-' && c != ' ') {
        b.append(Character.toLowerCase(c));
      }
    }
    return b.toString();
  }

  /** The index of a required column. */
  int require(String field, List<String> candidates) {
    int i = find(field, candidates);
    if (i < 0) {
      throw new ImportFormatException("header", String.join(",", names),
          "must have a column for " + field + " (one of: " + String.join(", ", candidates) + ")");
    }
    return i;
  }

  /** Columns not yet used, in order. */
  List<String> unused() {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < names.length; i++) {
      if (!used[i]) {
        out.add(names[i]);
      }
    }
    return out;
  }

  /** Marks every remaining column used and returns their indices. */
  List<Integer> takeUnused() {
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < names.length; i++) {
      if (!used[i]) {
        used[i] = true;
        out.add(i);
      }
    }
    return out;
  }

  int size() {
    return names.length;
  }
}
