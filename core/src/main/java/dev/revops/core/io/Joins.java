package dev.revops.core.io;

import dev.revops.core.money.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The reference joins of one import: each given table indexed by its join's key rule, with counts
 * of matched and unmatched deals and of amounts taken from a price list, for the report.
 */
final class Joins {
  private final List<Join> joins = new ArrayList<>();
  private final List<String> skipped = new ArrayList<>();

  /** One join with its index and counts. */
  private static final class Join {
    final ReferenceJoin spec;
    final Map<String, Map<String, String>> index = new HashMap<>();
    final Map<String, Money> prices = new HashMap<>();
    long matched;
    long unmatched;
    long withoutKey;
    long priced;
    String firstUnmatched;

    Join(ReferenceJoin spec) {
      this.spec = spec;
    }
  }

  /**
   * Indexes the tables the joins need.
   *
   * @throws ImportFormatException if a table lacks a column its join reads, has two keys equal
   *     under the join's rule, or a price that is no plain decimal in its currency
   */
  Joins(List<ReferenceJoin> specs, Map<String, ReferenceTable> tables) {
    for (ReferenceJoin spec : specs) {
      ReferenceTable table = tables.get(spec.table());
      if (table == null) {
        skipped.add(spec.table());
        continue;
      }
      joins.add(index(spec, table));
    }
  }

  private static Join index(ReferenceJoin spec, ReferenceTable table) {
    Join j = new Join(spec);
    List<String> needed = new ArrayList<>(spec.attributes().values());
    needed.add(spec.key());
    spec.price().ifPresent(needed::add);
    for (String column : needed) {
      if (!table.columns().contains(column)) {
        throw new ImportFormatException("table " + spec.table(), String.join(",", table.columns()),
            "must have the column '" + column + "' its join reads");
      }
    }
    for (Map<String, String> row : table.rows().values()) {
      String key = row.get(spec.key());
      if (key == null) {
        continue;
      }
      Map<String, String> earlier = j.index.put(spec.match().normalize(key), row);
      if (earlier != null) {
        throw new ImportFormatException("table " + spec.table(), key, "must have each key once, but '"
            + earlier.get(spec.key()) + "' and '" + key + "' are one key under " + spec.match());
      }
      spec.price().map(row::get).ifPresent(p -> j.prices.put(spec.match().normalize(key), price(spec, key, p)));
    }
    return j;
  }

  private static Money price(ReferenceJoin spec, String key, String text) {
    BigDecimal d = Values.plainDecimal(text);
    try {
      if (d != null) {
        return Money.of(Money.currency(spec.priceCurrency().get()), d);
      }
    } catch (IllegalArgumentException e) {
      // reported below
    }
    throw new ImportFormatException("table " + spec.table(), text, "must have plain decimal prices in "
        + spec.priceCurrency().get() + " in column " + spec.price().get() + " (row " + key + ")");
  }

  /** Whether there is nothing to join. */
  boolean isEmpty() {
    return joins.isEmpty();
  }

  /**
   * Puts the joined attributes into a deal's attributes and gives, for an open deal without an
   * amount, the list price.
   *
   * @param keys the deal's value of a key field ({@link ReferenceJoin#on()}), when it has one
   * @return the list price, when a join prices the deal
   */
  Optional<Money> apply(Map<String, String> attributes, Function<String, Optional<String>> keys, boolean hasAmount,
      boolean closed) {
    if (joins.isEmpty()) {
      return Optional.empty();
    }
    Money listed = null;
    for (Join j : joins) {
      Optional<String> key = keys.apply(j.spec.on());
      if (key.isEmpty()) {
        j.withoutKey++;
        continue;
      }
      String k = j.spec.match().normalize(key.get());
      Map<String, String> row = j.index.get(k);
      if (row == null) {
        j.unmatched++;
        if (j.firstUnmatched == null) {
          j.firstUnmatched = key.get();
        }
        continue;
      }
      j.matched++;
      for (Map.Entry<String, String> a : j.spec.attributes().entrySet()) {
        String v = row.get(a.getValue());
        if (v != null) {
          attributes.put(a.getKey(), v);
        }
      }
      Money price = j.prices.get(k);
      if (price != null && !hasAmount && !closed && listed == null) {
        listed = price;
        j.priced++;
      }
    }
    return Optional.ofNullable(listed);
  }

  /** What the joins did, one line each, for the report. */
  List<String> notes() {
    List<String> out = new ArrayList<>();
    for (Join j : joins) {
      out.add(String.format(Locale.ROOT, "joined %s on %s: %,d deals matched, %,d had no row%s, %,d had no %s",
          j.spec.table(), j.spec.on(), j.matched, j.unmatched,
          j.firstUnmatched == null ? "" : " (for example '" + j.firstUnmatched + "')", j.withoutKey, j.spec.on()));
      if (j.spec.price().isPresent()) {
        out.add(String.format(Locale.ROOT, "%,d amounts of open deals came from the price list %s (column %s, %s)",
            j.priced, j.spec.table(), j.spec.price().get(), j.spec.priceCurrency().get()));
      }
    }
    skipped.forEach(t -> out.add("join " + t + " not applied: the table was not given"));
    return out;
  }
}
