package dev.revops.forecast.acquisition;

import dev.revops.core.InvalidValueException;
import dev.revops.core.io.CsvRow;
import dev.revops.core.io.CsvRowImporter;
import dev.revops.core.money.Money;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads spend records from CSV, with the guarantees of {@link CsvRowImporter}: every row accepted
 * or rejected once, each problem naming its column, value and rule.
 *
 * <p>Columns: {@code period}, {@code channel}, {@code segment}, {@code amount} (a plain decimal,
 * not negative, at most {@value #MAX_AMOUNT} so that sums of many rows stay exact),
 * {@code currency} (required: no currency is assumed) and {@code paid} ({@code true} or
 * {@code false}), all required; {@code campaign} optional. A row repeating an earlier row's period,
 * channel, campaign and segment is rejected, naming the earlier row (spend is counted once).
 *
 * <pre>
 * period,channel,campaign,segment,amount,currency,paid
 * 2026-01,paid_search,brand,SMB,1200.00,USD,true
 * </pre>
 *
 * <pre>{@code
 * ImportReport report = SpendCsv.importer().read(reader, spend::add, rejected -> {});
 * }</pre>
 */
public final class SpendCsv {
  /** The largest amount one row may have, in major units. */
  public static final String MAX_AMOUNT = "1000000000000";

  private SpendCsv() {}

  /**
   * The importer.
   *
   * @return the importer
   */
  public static CsvRowImporter<Spend> importer() {
    return CsvRowImporter.of("spend records", List.of("period", "channel", "segment", "amount", "currency", "paid"),
        SpendCsv::spend).withUniqueKey("period", "period, channel, campaign and segment",
            s -> s.period() + "\u0000" + s.channel() + "\u0000" + s.campaign().orElse("") + "\u0000" + s.segment());
  }

  private static Spend spend(CsvRow row) {
    Optional<String> period = row.require("period");
    Optional<String> channel = row.require("channel");
    Optional<String> segment = row.require("segment");
    Optional<BigDecimal> amount = row.require("amount").isPresent() ? row.decimal("amount") : Optional.empty();
    Optional<Currency> currency = row.require("currency").isPresent() ? row.currency("currency") : Optional.empty();
    Optional<Boolean> paid = row.require("paid").flatMap(v -> flag(row, v));
    Money money = null;
    if (amount.isPresent() && currency.isPresent()) {
      if (amount.get().signum() < 0) {
        row.problem("amount", "must not be negative");
      } else if (amount.get().compareTo(new BigDecimal(MAX_AMOUNT)) > 0) {
        row.problem("amount", "must be at most " + MAX_AMOUNT);
      } else {
        try {
          money = Money.of(currency.get(), amount.get());
        } catch (InvalidValueException | ArithmeticException e) {
          row.problem("amount", "does not fit the currency's minor unit", currency.get().getCurrencyCode());
        }
      }
    }
    if (row.hasProblems()) {
      return null;
    }
    row.recordId(period.get() + "/" + channel.get());
    return Spend.builder().period(period.get()).channel(channel.get()).campaign(row.get("campaign"))
        .segment(segment.get()).amount(money).paid(paid.get()).build();
  }

  private static Optional<Boolean> flag(CsvRow row, String value) {
    switch (value.toLowerCase(Locale.ROOT)) {
      case "true":
        return Optional.of(true);
      case "false":
        return Optional.of(false);
      default:
        row.problem("paid", "is not true or false");
        return Optional.empty();
    }
  }
}
