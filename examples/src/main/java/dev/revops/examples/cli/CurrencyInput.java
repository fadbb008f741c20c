package dev.revops.examples.cli;

import dev.revops.core.money.ExchangeRateTable;
import dev.revops.core.money.Money;
import dev.revops.examples.sample.Bundled;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine.Option;

/** The options that say which currency amounts are reported in, and the rates that convert into it. */
final class CurrencyInput {
  @Option(names = "--currency", paramLabel = "CODE",
      description = "Convert amounts into this currency (other currencies need --rates). Default: figures per "
          + "currency; USD for the bundled sample.")
  String currency;

  @Option(names = "--rates", paramLabel = "FILE",
      description = "Dated exchange rates: CSV (from,to,effectiveFrom,rate) or JSON. Default: the bundled sample's "
          + "with the sample, else none.")
  Path rates;

  /** The reporting currency, if any, and the rate table. */
  record Conversion(Optional<Currency> currency, ExchangeRateTable rates) {}

  /**
   * The conversion the options ask for: none without --currency (USD with the sample's rates for
   * the sample, said in a note).
   */
  Conversion resolve(boolean sample, Charset encoding, List<String> notes) {
    if (currency == null && rates != null) {
      throw new CliException("--rates needs --currency (the currency to convert into)");
    }
    if (currency == null && !sample) {
      return new Conversion(Optional.empty(), ExchangeRateTable.empty());
    }
    Currency into = currency == null ? Money.currency("USD")
        : Options.value(() -> Money.currency(currency.toUpperCase(Locale.ROOT)), "--currency");
    ExchangeRateTable table = rates != null || sample ? Options.rates(rates, encoding, notes)
        : ExchangeRateTable.empty();
    if (currency == null) {
      notes.add("The sample's amounts are converted to USD with its rates (" + Bundled.SAMPLE_RATES + ").");
    }
    return new Conversion(Optional.of(into), table);
  }
}
