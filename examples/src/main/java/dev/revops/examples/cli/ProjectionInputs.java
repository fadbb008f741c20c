package dev.revops.examples.cli;

import dev.revops.core.io.ImportFormatException;
import dev.revops.core.io.ImportOptions;
import dev.revops.core.io.ImportReport;
import dev.revops.core.io.JsonRecordImporter;
import dev.revops.core.io.RecordImporter;
import dev.revops.core.io.TextInput;
import dev.revops.core.json.RevopsJson;
import dev.revops.core.money.CurrencyMismatchException;
import dev.revops.core.roster.RosterImport;
import dev.revops.examples.sample.Bundled;
import dev.revops.forecast.projection.RevenueTemplates;
import dev.revops.forecast.revenue.Contract;
import dev.revops.forecast.revenue.ContractCsv;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * What a projection reads besides the deals, for {@code revops project} and the revenue view of
 * {@code revops review}: the revenue templates, the booked contracts and the roster.
 */
final class ProjectionInputs {
  /** The most won deals held to group their contracts by (each a few hundred bytes). */
  static final int MAX_WON_DEALS = 1_000_000;

  private ProjectionInputs() {}

  /** The templates of a file, or the bundled sample's when the file is null (said in a note). */
  static RevenueTemplates templates(Path file, List<String> notes) {
    if (file != null) {
      return Json.readSettings(file, RevenueTemplates.class);
    }
    notes.add("Revenue templates: " + Bundled.SAMPLE_TEMPLATES + ".");
    try (Reader in = Bundled.sampleTemplates()) {
      return RevopsJson.mapper().readValue(in, RevenueTemplates.class);
    } catch (IOException e) {
      throw new CliException("the bundled revenue templates cannot be read: " + e.getMessage(), e);
    }
  }

  /** Booked contracts of a file (JSON, or CSV by its name), or the bundled sample's when it is null. */
  static ImportReport contracts(Path file, Consumer<Contract> sink, List<String> notes) {
    boolean csv = file != null && file.toString().toLowerCase(Locale.ROOT).endsWith(".csv");
    String source = file == null ? Bundled.SAMPLE_CONTRACTS : file.toString();
    ImportOptions importOptions = ImportOptions.builder().source(source).maxExamplesPerReason(3).build();
    RecordImporter<Contract> importer = csv ? ContractCsv.importer(ZoneOffset.UTC).withOptions(importOptions)
        : JsonRecordImporter.of("contracts", "contract", Contract.class, Contract::id).withOptions(importOptions);
    TextInput in = file == null ? Bundled::sampleContracts : () -> Inputs.open(file, StandardCharsets.UTF_8);
    try {
      ImportReport report = importer.read(in, sink, r -> { });
      Options.warnRejected(report, "contracts", notes);
      return report;
    } catch (ImportFormatException e) {
      throw new CliException(source + " cannot be imported: " + e.getMessage(), e);
    } catch (IOException e) {
      throw Inputs.unreadable(file, e);
    }
  }

  /**
   * A roster (ours, or the Maven CRM sample's sales teams by their header), or the bundled
   * sample's when the file is null.
   */
  static RosterImport roster(Path file, Charset encoding, List<String> notes) {
    return CallInputs.roster(file, encoding, notes);
  }

  /** A record in a currency the reporting currency has no rate table for, said as the user's error. */
  static CliException mixedCurrencies(CurrencyMismatchException e) {
    return new CliException("amounts in " + e.actual().getCurrencyCode() + " cannot be reported in "
        + e.expected().getCurrencyCode() + " without an exchange rate table: give --rates FILE with "
        + e.actual().getCurrencyCode() + " to " + e.expected().getCurrencyCode() + " rates (mixing currencies "
        + "without rates is an error)", e);
  }
}
