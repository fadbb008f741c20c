package dev.revops.examples.cli;

import dev.revops.core.InvalidValueException;
import dev.revops.core.io.ExchangeRateCsv;
import dev.revops.core.io.ImportReport;
import dev.revops.core.money.ExchangeRate;
import dev.revops.core.money.ExchangeRateTable;
import dev.revops.examples.sample.Bundled;
import dev.revops.examples.sample.SampleGenerator;
import dev.revops.forecast.pipeline.Dimension;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/** Reading option values shared by several commands, with one-line errors. */
final class Options {
  private Options() {}

  /** The given as-of date, else the sample's for the sample, else today. */
  static LocalDate asOf(LocalDate given, boolean sample) {
    return given != null ? given : sample ? SampleGenerator.AS_OF : LocalDate.now();
  }

  static List<Dimension> dimensions(List<String> names, String option) {
    List<Dimension> out = new ArrayList<>();
    for (String n : names) {
      out.add(value(() -> Dimension.parse(n.strip()), option));
    }
    return out;
  }

  static <T> T value(Supplier<T> what, String option) {
    try {
      return what.get();
    } catch (IllegalArgumentException e) {
      throw new CliException(option + ": " + e.getMessage(), e);
    }
  }

  /** Holidays: one ISO date per line (blank lines and lines starting with # ignored). */
  static List<LocalDate> holidays(Path file) {
    List<LocalDate> out = new ArrayList<>();
    try {
      int n = 0;
      for (String line : Files.readAllLines(file)) {
        n++;
        String s = line.strip();
        if (s.isEmpty() || s.startsWith("#") || s.equalsIgnoreCase("date")) {
          continue;
        }
        try {
          out.add(LocalDate.parse(s));
        } catch (DateTimeParseException e) {
          throw new CliException(file + " line " + n + ": '" + s + "' is not a date (yyyy-MM-dd)");
        }
      }
    } catch (IOException e) {
      throw Inputs.unreadable(file, e);
    }
    return out;
  }

  /** Exchange rates from CSV or JSON (the bundled sample's when the file is null and the sample is used). */
  static ExchangeRateTable rates(DealInput input, Path rates, List<String> notes, PrintWriter err) {
    if (rates != null && rates.toString().toLowerCase(Locale.ROOT).endsWith(".json")) {
      return Json.read(rates, ExchangeRateTable.class);
    }
    List<ExchangeRate> accepted = new ArrayList<>();
    ImportReport report = input.read(ExchangeRateCsv.importer(), rates, Bundled::sampleRates, accepted::add, err,
        "rates");
    if (report.rowsRejected() > 0) {
      notes.add(String.format(Locale.ROOT, "rates: %,d of %,d rows rejected, for example %s", report.rowsRejected(),
          report.rowsRead(), report.rejections().get(0).examples().get(0)));
    }
    try {
      return ExchangeRateTable.builder().addAllRates(accepted).build();
    } catch (InvalidValueException e) {
      throw new CliException("--rates: " + e.getMessage(), e);
    }
  }
}
