package dev.revops.core.io;

import java.util.Currency;
import java.util.Locale;
import java.util.Optional;

/**
 * The rule that a currency is never assumed silently: a column naming a currency that the mapping
 * does not read refuses the import, and a default currency that applied is said on the report's
 * first line.
 */
final class CurrencyColumns {
  private CurrencyColumns() {}

  /** Whether a header names a currency: {@code Amount Currency}, {@code CurrencyIsoCode}, {@code Deal - Currency}. */
  static boolean namesCurrency(String header) {
    String h = header.toLowerCase(Locale.ROOT);
    return h.contains("currency") || h.equals("curr") || h.equals("ccy");
  }

  /**
   * Refuses a file whose amounts would take the mapping's default currency while one of its
   * columns names a currency the mapping does not read as the currency column.
   *
   * @param currencyColumn the index of the currency column the mapping reads, or -1
   * @throws ImportFormatException naming the column
   */
  static void refuseUnread(Header header, int currencyColumn, ColumnMapping mapping) {
    if (currencyColumn >= 0) {
      return;
    }
    // every column, read as an attribute or not: a currency kept as an attribute still leaves amounts in the default
    for (String name : header.names) {
      if (namesCurrency(name)) {
        throw new ImportFormatException("currency", name, "is a column naming a currency that mapping "
            + mapping.name() + " does not read, so amounts would all be taken as "
            + mapping.defaultCurrency().orElse("one currency") + ": add '" + name
            + "' to the mapping's currency columns (columns.currency)");
      }
    }
  }

  /**
   * The note saying where the default currency applied.
   *
   * @param column the currency column's header, or null when the file has none
   * @param rows the rows read
   * @param defaulted the rows whose amount took the default
   */
  static Optional<String> defaultNote(Currency fallback, String column, long rows, long defaulted) {
    if (fallback == null || defaulted == 0) {
      return Optional.empty();
    }
    if (column == null) {
      return Optional.of(String.format(Locale.ROOT, "%s assumed for all %,d rows: the file has no currency column",
          fallback, rows));
    }
    return Optional.of(String.format(Locale.ROOT, "%s assumed for %,d rows whose currency (column %s) is blank",
        fallback, defaulted, column));
  }
}
