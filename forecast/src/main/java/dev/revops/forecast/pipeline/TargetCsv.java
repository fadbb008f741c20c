package dev.revops.forecast.pipeline;

import dev.revops.core.dimension.Dimension;

import dev.revops.core.InvalidValueException;
import dev.revops.core.io.CsvRow;
import dev.revops.core.io.CsvRowImporter;
import dev.revops.core.io.JsonRecordImporter;
import dev.revops.core.money.Money;
import dev.revops.core.period.FiscalCalendar;
import dev.revops.core.period.PeriodKind;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Reads targets from a CSV, as quotas are kept in spreadsheets: a {@code period} column (labels of
 * the forecast's fiscal calendar and period kind), an {@code amount} column, an optional
 * {@code currency} column, and a column per dimension the targets are split by ({@code owner},
 * {@code segment}, {@code source}, {@code product}, {@code stage}, {@code forecastCategory}). A blank
 * dimension value leaves the target unsplit by it. A currency code is three upper-case letters, as
 * everywhere in import. A row repeating an earlier row's period, dimensions and currency is
 * rejected, naming the earlier row (it would otherwise silently replace it).
 *
 * <pre>
 * period,owner,amount,currency
 * 2026-Q4,avery,250000,USD
 * 2026-Q4,blake,180000,USD
 * </pre>
 */
public final class TargetCsv {
  private static final Set<String> FIXED = Set.of("period", "amount", "currency");

  private TargetCsv() {}

  /**
   * An importer of targets.
   *
   * @param calendar the fiscal calendar the period labels belong to
   * @param kind the kind of period the labels name
   * @param defaultCurrency the currency of rows without a currency
   * @return the importer, with the guarantees of {@link CsvRowImporter}
   */
  public static CsvRowImporter<Target> importer(FiscalCalendar calendar, PeriodKind kind,
      Optional<Currency> defaultCurrency) {
    Objects.requireNonNull(calendar, "calendar");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(defaultCurrency, "defaultCurrency");
    return CsvRowImporter.of("targets", List.of("period", "amount"), row -> read(row, calendar, kind, defaultCurrency))
        .withUniqueKey("period", "period, dimensions and currency", TargetCsv::key);
  }

  /**
   * An importer of targets written in JSON (an array, or JSON Lines, of {@link Target}), with the
   * guarantees of {@link JsonRecordImporter}: a target repeating an earlier one's period,
   * dimensions and currency is rejected, naming the earlier one.
   *
   * @return the importer
   */
  public static JsonRecordImporter<Target> jsonImporter() {
    return JsonRecordImporter.of("targets", "target", Target.class, TargetCsv::key);
  }

  /** What two targets must not share: period, dimensions and currency. */
  private static String key(Target t) {
    StringBuilder b = new StringBuilder(t.period()).append('\u0000').append(t.amount().getCurrencyCode());
    t.group().forEach((k, v) -> b.append('\u0000').append(k).append('=').append(v));
    return b.toString();
  }

  private static Target read(CsvRow row, FiscalCalendar calendar, PeriodKind kind, Optional<Currency> defaultCurrency) {
    Target.Builder b = Target.builder();
    Optional<String> period = row.require("period");
    period.ifPresent(p -> {
      try {
        calendar.parse(kind, p);
      } catch (InvalidValueException e) {
        row.problem("period", "is not a period label of the forecast's calendar", e.violations().get(0).detail());
      }
    });
    Optional<BigDecimal> amount = row.require("amount").isPresent() ? row.decimal("amount") : Optional.empty();
    Optional<Currency> currency = defaultCurrency;
    if (row.get("currency").isPresent()) {
      currency = row.currency("currency");
    } else if (defaultCurrency.isEmpty()) {
      row.problem("currency", "is required (there is no default currency)");
    }
    for (String column : row.columns()) {
      if (FIXED.contains(column.toLowerCase(Locale.ROOT))) {
        continue;
      }
      Dimension d;
      try {
        d = Dimension.parse(column);
      } catch (InvalidValueException e) {
        row.problem(column, "is not a dimension (owner, segment, source, product, stage, forecastCategory)");
        continue;
      }
      if (d == Dimension.CLOSE_PERIOD) {
        row.problem(column, "repeats the period (use the period column)");
        continue;
      }
      row.get(column).ifPresent(v -> b.putGroup(d.key(), v));
    }
    if (row.hasProblems()) {
      return null;
    }
    return b.period(period.get()).amount(Money.of(currency.get(), amount.get())).build();
  }
}
