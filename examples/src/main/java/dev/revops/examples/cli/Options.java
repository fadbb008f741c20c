package dev.revops.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.revops.core.InvalidValueException;
import dev.revops.core.definition.DefinitionRef;
import dev.revops.core.io.ExchangeRateCsv;
import dev.revops.core.io.ImportReport;
import dev.revops.core.io.RecordImporter;
import dev.revops.core.money.ExchangeRate;
import dev.revops.core.money.ExchangeRateTable;
import dev.revops.core.period.FiscalCalendar;
import dev.revops.core.period.PeriodKind;
import dev.revops.core.pipeline.PipelineDefinition;
import dev.revops.examples.sample.Bundled;
import dev.revops.examples.sample.SampleGenerator;
import dev.revops.forecast.conversion.NaiveBayesModel;
import dev.revops.forecast.conversion.OdooLeadScoringModel;
import dev.revops.forecast.conversion.StageProbabilityModel;
import dev.revops.forecast.conversion.BuiltInModel;
import dev.revops.forecast.conversion.ProbabilityModel;
import dev.revops.core.dimension.Dimension;
import dev.revops.forecast.pipeline.Target;
import dev.revops.forecast.pipeline.TargetCsv;
import dev.revops.core.io.ImportFormatException;
import dev.revops.core.io.ImportOptions;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.Charset;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/** Reading option values shared by several commands, with one-line errors. */
final class Options {
  private Options() {}

  /** The given as-of date, else the sample's for the sample, else today. */
  static LocalDate asOf(LocalDate given, boolean sample) {
    return given != null ? given : sample ? SampleGenerator.AS_OF : LocalDate.now();
  }

  /** A time zone by region id (Europe/Paris) or offset (+02:00, UTC). */
  static ZoneId zone(String id, String option) {
    try {
      return ZoneId.of(id.strip());
    } catch (DateTimeException e) {
      throw new CliException(option + " '" + id + "' is not a time zone: give a region such as Europe/Paris or "
          + "America/New_York, or an offset such as UTC or +02:00", e);
    }
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

  /**
   * Holidays: one ISO date per line (blank lines and lines starting with # ignored), at most
   * {@value Limits#HOLIDAYS} lines of at most 100 characters.
   */
  static List<LocalDate> holidays(Path file) {
    List<LocalDate> out = new ArrayList<>();
    try (java.io.BufferedReader in = Inputs.open(file, java.nio.charset.StandardCharsets.UTF_8)) {
      int n = 0;
      for (String line = Inputs.line(in, 100, file); line != null; line = Inputs.line(in, 100, file)) {
        if (++n > Limits.HOLIDAYS) {
          throw new CliException(String.format(Locale.ROOT, "%s has more than %,d lines", file, Limits.HOLIDAYS));
        }
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

  /** Exchange rates from CSV or JSON (the bundled sample's when the file is null). */
  static ExchangeRateTable rates(Path rates, Charset encoding, List<String> notes) {
    if (rates != null && rates.toString().toLowerCase(Locale.ROOT).endsWith(".json")) {
      return Json.readSettings(rates, ExchangeRateTable.class);
    }
    List<ExchangeRate> accepted = new ArrayList<>();
    String source = rates == null ? Bundled.SAMPLE_RATES : rates.toString();
    ImportReport report;
    try (Reader in = rates == null ? Bundled.sampleRates() : Inputs.open(rates, encoding)) {
      report = ExchangeRateCsv.importer().withOptions(ImportOptions.builder().source(source).build())
          .read(in, Limits.upTo(Limits.RATES, accepted::size, accepted::add, source, "rates"), r -> { });
    } catch (ImportFormatException e) {
      throw new CliException(source + " cannot be imported: " + e.getMessage(), e);
    } catch (IOException e) {
      throw Inputs.unreadable(rates, e);
    }
    warnRejected(report, "rates", notes);
    try {
      return ExchangeRateTable.builder().addAllRates(accepted).build();
    } catch (InvalidValueException e) {
      throw new CliException("--rates: " + e.getMessage(), e);
    }
  }

  /** A close-period kind by name: month, quarter or fiscal-year. */
  static PeriodKind periodKind(String name) {
    switch (name.toLowerCase(Locale.ROOT).replace('_', '-')) {
      case "month":
        return PeriodKind.MONTH;
      case "quarter":
        return PeriodKind.QUARTER;
      case "fiscal-year":
      case "year":
        return PeriodKind.FISCAL_YEAR;
      default:
        throw new CliException("--period '" + name + "' must be month, quarter or fiscal-year");
    }
  }

  /** A month by name, its first three letters, or number. */
  static Month month(String name) {
    String n = name.strip().toUpperCase(Locale.ROOT);
    try {
      if (n.matches("\\d+")) {
        return Month.of(Integer.parseInt(n));
      }
      for (Month m : Month.values()) {
        if (n.length() >= 3 && m.name().startsWith(n)) {
          return m;
        }
      }
    } catch (RuntimeException e) {
      // falls through to the error below
    }
    throw new CliException("--fiscal-year-start '" + name + "' must be a month name (or its first three letters) "
        + "or number");
  }

  /** A built-in model by id, or a fitted one from a JSON file (saved by revops conversion --save-model). */
  static ProbabilityModel model(String name, String option, PipelineDefinition def, List<String> notes) {
    if (!name.toLowerCase(Locale.ROOT).endsWith(".json")) {
      return value(() -> BuiltInModel.byId(name), option);
    }
    Path file = Path.of(name);
    JsonNode tree = Json.readSettings(file, JsonNode.class);
    Class<? extends ProbabilityModel> type = tree.has("method") ? StageProbabilityModel.class
        : tree.has("firstStage") ? OdooLeadScoringModel.class : NaiveBayesModel.class;
    ProbabilityModel m = Json.readSettings(file, type);
    DefinitionRef fitted = m instanceof StageProbabilityModel s ? s.definition()
        : m instanceof OdooLeadScoringModel o ? o.definition() : ((NaiveBayesModel) m).definition();
    if (!fitted.equals(def.ref())) {
      notes.add("The model was fitted under " + fitted + ", the deals are read under " + def.ref()
          + ": stages are matched by id.");
    }
    return m;
  }

  /**
   * Targets from CSV or JSON; the bundled sample's when no file is given and the sample is used (if
   * the periods are its calendar quarters).
   */
  static List<Target> targets(DealInput input, Path targets, FiscalCalendar calendar, PeriodKind kind,
      Optional<Currency> reporting, List<String> notes, PrintWriter err) {
    if (targets == null && !input.bundled()) {
      return List.of();
    }
    if (targets == null && (kind != PeriodKind.QUARTER || !calendar.equals(FiscalCalendar.calendarYear()))) {
      notes.add("The sample's targets are quarterly in the calendar year; they are not compared with these periods.");
      return List.of();
    }
    // a target repeating an earlier one's period, dimensions and currency is rejected, in JSON as in CSV
    RecordImporter<Target> importer = targets != null && targets.toString().toLowerCase(Locale.ROOT).endsWith(".json")
        ? TargetCsv.jsonImporter() : TargetCsv.importer(calendar, kind, reporting);
    List<Target> accepted = new ArrayList<>();
    ImportReport report = input.read(importer, targets, Bundled::sampleTargets,
        Limits.upTo(Limits.TARGETS, accepted::size, accepted::add, targets == null ? Bundled.SAMPLE_TARGETS : targets,
            "targets"), err, "targets");
    warnRejected(report, "targets", notes);
    if (targets == null) {
      notes.add("Targets: " + Bundled.SAMPLE_TARGETS + ".");
    }
    return accepted;
  }

  /** The report's first example of a rejected row, in words ("-" when it kept none). */
  static String firstExample(ImportReport report) {
    return report.rejections().stream().flatMap(g -> g.examples().stream()).findFirst().map(Object::toString)
        .orElse("-");
  }

  /** Adds a note when an input had rejected rows. */
  static void warnRejected(ImportReport report, String what, List<String> notes) {
    if (report.rowsRejected() > 0) {
      notes.add(String.format(Locale.ROOT, "%s: %,d of %,d rows rejected, for example %s", what,
          report.rowsRejected(), report.rowsRead(), firstExample(report)));
    }
  }
}
