package dev.revops.forecast.calls;

import dev.revops.core.InvalidValueException;
import dev.revops.core.io.CsvRow;
import dev.revops.core.io.CsvRowImporter;
import dev.revops.core.money.Money;
import dev.revops.core.pipeline.ForecastCategory;
import dev.revops.core.scope.Scope;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads forecast calls (submissions) and adjustments from CSV, with the guarantees of {@link
 * CsvRowImporter}: every row accepted or rejected once, each problem naming its column and value.
 * Periods are labels of the scope's fiscal calendar and period kind; instants are ISO instants, or
 * local date-times or dates taken in the scope's zone; a row without a currency takes the default
 * currency, and is rejected when there is none. A row repeating an earlier row's key (the same caller,
 * period, category and instant) is rejected, naming the earlier row.
 *
 * <pre>
 * caller,period,category,amount,currency,submitted_at
 * bo,2026-Q3,Commit,150.00,USD,2026-07-14T16:00:00Z
 *
 * adjuster,subject,period,category,amount,currency,at
 * bo,ana,2026-Q3,Commit,80.00,USD,2026-08-03T09:00:00Z
 * </pre>
 */
public final class CallCsv {
  private CallCsv() {}

  /**
   * An importer of calls: columns {@code caller, period, category, amount, submitted_at} and an
   * optional {@code currency}.
   *
   * @param scope the fiscal calendar, period kind and zone
   * @param defaultCurrency the currency of rows without one
   * @return the importer
   */
  public static CsvRowImporter<ForecastCall> calls(Scope scope, Optional<Currency> defaultCurrency) {
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(defaultCurrency, "defaultCurrency");
    return CsvRowImporter.of("forecast calls", List.of("caller", "period", "category", "amount", "submitted_at"),
        row -> call(row, scope, defaultCurrency))
        .withUniqueKey("submitted_at", "caller, period, category and instant",
            c -> c.caller() + "\u0000" + c.period() + "\u0000" + c.category() + "\u0000" + c.submittedAt());
  }

  /**
   * An importer of adjustments: columns {@code adjuster, subject, period, category, amount, at} and
   * an optional {@code currency}.
   *
   * @param scope the fiscal calendar, period kind and zone
   * @param defaultCurrency the currency of rows without one
   * @return the importer
   */
  public static CsvRowImporter<ForecastAdjustment> adjustments(Scope scope, Optional<Currency> defaultCurrency) {
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(defaultCurrency, "defaultCurrency");
    return CsvRowImporter.of("forecast adjustments", List.of("adjuster", "subject", "period", "category", "amount",
        "at"), row -> adjustment(row, scope, defaultCurrency))
        .withUniqueKey("at", "adjuster, subject, period, category and instant", a -> a.adjuster() + "\u0000"
            + a.subject() + "\u0000" + a.period() + "\u0000" + a.category() + "\u0000" + a.at());
  }

  private static ForecastCall call(CsvRow row, Scope scope, Optional<Currency> defaultCurrency) {
    Optional<String> caller = row.require("caller");
    Common c = common(row, scope, defaultCurrency);
    Optional<Instant> at = row.require("submitted_at").isPresent() ? row.instant("submitted_at", scope.zone())
        : Optional.empty();
    if (row.hasProblems()) {
      return null;
    }
    row.recordId(caller.get());
    return ForecastCall.builder().caller(caller.get()).period(c.period).category(c.category).amount(c.amount)
        .submittedAt(at.get()).build();
  }

  private static ForecastAdjustment adjustment(CsvRow row, Scope scope, Optional<Currency> defaultCurrency) {
    Optional<String> adjuster = row.require("adjuster");
    Optional<String> subject = row.require("subject");
    Common c = common(row, scope, defaultCurrency);
    Optional<Instant> at = row.require("at").isPresent() ? row.instant("at", scope.zone()) : Optional.empty();
    if (row.hasProblems()) {
      return null;
    }
    row.recordId(adjuster.get() + "->" + subject.get());
    return ForecastAdjustment.builder().adjuster(adjuster.get()).subject(subject.get()).period(c.period)
        .category(c.category).amount(c.amount).at(at.get()).build();
  }

  /** The period, category and amount both layouts have; fields are null when their cell has a problem. */
  private static final class Common {
    String period;
    ForecastCategory category;
    Money amount;
  }

  private static Common common(CsvRow row, Scope scope, Optional<Currency> defaultCurrency) {
    Common c = new Common();
    row.require("period").ifPresent(p -> {
      try {
        c.period = scope.fiscalCalendar().parse(scope.periodKind(), p).label();
      } catch (InvalidValueException e) {
        row.problem("period", "is not a period label of the calendar", e.violations().get(0).detail());
      }
    });
    row.require("category").ifPresent(text -> {
      try {
        c.category = ForecastCategory.parse(text);
      } catch (InvalidValueException e) {
        row.problem("category", "is not a forecast category", e.violations().get(0).rule());
      }
    });
    Optional<BigDecimal> amount = row.require("amount").isPresent() ? row.decimal("amount") : Optional.empty();
    Optional<Currency> currency = defaultCurrency;
    if (row.get("currency").isPresent()) {
      currency = row.currency("currency");
    } else if (defaultCurrency.isEmpty()) {
      row.problem("currency", "is required (there is no default currency)");
    }
    if (amount.isPresent() && currency.isPresent()) {
      try {
        c.amount = Money.of(currency.get(), amount.get());
      } catch (InvalidValueException | ArithmeticException e) {
        row.problem("amount", "does not fit the currency's minor unit", currency.get().getCurrencyCode());
      }
    }
    return c;
  }
}
