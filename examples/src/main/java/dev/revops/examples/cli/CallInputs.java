package dev.revops.examples.cli;

import dev.revops.core.io.ImportFormatException;
import dev.revops.core.io.ImportOptions;
import dev.revops.core.io.ImportReport;
import dev.revops.core.roster.RosterCsv;
import dev.revops.core.roster.RosterImport;
import dev.revops.core.scope.Scope;
import dev.revops.examples.sample.Bundled;
import dev.revops.forecast.calls.CallCsv;
import dev.revops.core.roster.CreditDate;
import dev.revops.forecast.calls.ForecastAdjustment;
import dev.revops.forecast.calls.ForecastCall;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/** Reading the forecast-call inputs the commands share: the roster, calls and adjustments. */
final class CallInputs {
  /** The most calls or adjustments read. */
  static final int MAX_CALLS = 1_000_000;

  private CallInputs() {}

  /**
   * The roster of a file (told apart by its header: the sales-teams layout names {@code sales_agent}),
   * or the sample's when the file is null.
   */
  static RosterImport roster(Path file, DealInput input, List<String> notes) {
    return roster(file, input.encoding, notes);
  }

  /**
   * The roster of a file in an encoding (ours, or the Maven CRM sample's sales teams, told apart by
   * the header naming {@code sales_agent}), or the bundled sample's when the file is null; rejected
   * rows become a note. The one roster reader of the commands.
   */
  static RosterImport roster(Path file, Charset encoding, List<String> notes) {
    String source = file == null ? Bundled.SAMPLE_ROSTER : file.toString();
    ImportOptions options = ImportOptions.builder().source(source).maxExamplesPerReason(3).build();
    try {
      boolean salesTeams = file != null && salesTeamsHeader(file, encoding);
      try (Reader in = file == null ? Bundled.sampleRoster() : Inputs.open(file, encoding)) {
        RosterImport r = salesTeams ? RosterCsv.readSalesTeams(in, options) : RosterCsv.read(in, options);
        Options.warnRejected(r.report(), "roster", notes);
        return r;
      }
    } catch (ImportFormatException e) {
      throw new CliException(source + " cannot be imported: " + e.getMessage(), e);
    } catch (IOException e) {
      throw Inputs.unreadable(file, e);
    }
  }

  private static boolean salesTeamsHeader(Path file, Charset encoding) throws IOException {
    try (BufferedReader in = Inputs.open(file, encoding)) {
      String header = Inputs.line(in, Inputs.MAX_HEADER, file);
      return header != null && header.toLowerCase(Locale.ROOT).contains("sales_agent");
    }
  }

  /** The credit day a {@code --credit} option names: close-date or as-of. */
  static CreditDate creditDate(String credit) {
    switch (credit.toLowerCase(Locale.ROOT).replace('_', '-')) {
      case "close-date":
        return CreditDate.CLOSE_DATE;
      case "as-of":
        return CreditDate.AS_OF;
      default:
        throw new CliException("--credit: '" + credit + "' must be close-date or as-of");
    }
  }

  /** Calls of a file, or of a bundled file when it is null, added to {@code into}. */
  static ImportReport calls(DealInput input, Path file, Supplier<Reader> bundled, String bundledName, Scope scope,
      Optional<Currency> currency, List<ForecastCall> into, List<String> notes, PrintWriter err) {
    ImportReport report = input.read(CallCsv.calls(scope, currency), file, bundled, Limits.upTo(MAX_CALLS,
        into::size, into::add, file == null ? bundledName : file, "calls"), err, "calls");
    Options.warnRejected(report, "calls", notes);
    return report;
  }

  /** Adjustments of a file, or of the sample's when it is null, added to {@code into}. */
  static ImportReport adjustments(DealInput input, Path file, Scope scope, Optional<Currency> currency,
      List<ForecastAdjustment> into, List<String> notes, PrintWriter err) {
    ImportReport report = input.read(CallCsv.adjustments(scope, currency), file, Bundled::sampleAdjustments,
        Limits.upTo(MAX_CALLS, into::size, into::add, file == null ? Bundled.SAMPLE_ADJUSTMENTS : file,
            "adjustments"), err, "adjustments");
    Options.warnRejected(report, "adjustments", notes);
    return report;
  }
}
