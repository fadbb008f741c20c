package dev.revops.core.io;

import dev.revops.core.InvalidValueException;
import dev.revops.core.money.ExchangeRate;
import dev.revops.core.money.ExchangeRateTable;
import dev.revops.core.money.Money;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads dated exchange rates from a CSV with the columns {@code from, to, effectiveFrom, rate}
 * (one unit of {@code from} is {@code rate} units of {@code to} from that date on).
 *
 * <pre>
 * from,to,effectiveFrom,rate
 * EUR,USD,2026-01-01,1.0825
 * </pre>
 */
public final class ExchangeRateCsv {
  private ExchangeRateCsv() {}

  /**
   * An importer of rates, with the guarantees of {@link CsvRowImporter}.
   *
   * @return the importer
   */
  public static CsvRowImporter<ExchangeRate> importer() {
    return CsvRowImporter.of("exchange rates", List.of("from", "to", "effectiveFrom", "rate"), row -> {
      Optional<String> from = row.require("from");
      Optional<String> to = row.require("to");
      Optional<LocalDate> date = row.require("effectiveFrom").isPresent() ? row.date("effectiveFrom") : Optional.empty();
      Optional<BigDecimal> rate = row.require("rate").isPresent() ? row.decimal("rate") : Optional.empty();
      if (row.hasProblems()) {
        return null;
      }
      return ExchangeRate.builder().from(currency("from", from.get())).to(currency("to", to.get()))
          .effectiveFrom(date.get()).rate(rate.get()).build();
    });
  }

  private static java.util.Currency currency(String column, String code) {
    try {
      return Money.currency(code.toUpperCase(Locale.ROOT));
    } catch (InvalidValueException e) {
      throw new InvalidValueException(column, code, "is not an ISO 4217 currency code");
    }
  }

  /**
   * Reads a whole rate table.
   *
   * @param input the CSV
   * @return the table and the import's report and rejections; a table is built only from the
   *     accepted rows
   * @throws IOException if reading fails
   * @throws InvalidValueException if the accepted rates give two rates for one pair and date
   */
  public static ImportResult<ExchangeRate> readAll(Reader input) throws IOException {
    return importer().readAll(input);
  }

  /**
   * The table of the accepted rates of an import.
   *
   * @param result an import of rates
   * @return the table
   * @throws InvalidValueException if two rates are given for one pair and date
   */
  public static ExchangeRateTable table(ImportResult<ExchangeRate> result) {
    return ExchangeRateTable.builder().addAllRates(result.accepted()).build();
  }
}
