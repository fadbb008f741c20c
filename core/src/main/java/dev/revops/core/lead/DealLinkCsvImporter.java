package dev.revops.core.lead;

import dev.revops.core.io.CsvRow;
import dev.revops.core.io.CsvRowImporter;
import dev.revops.core.io.ImportOptions;
import dev.revops.core.io.ImportReport;
import dev.revops.core.io.RecordImporter;
import dev.revops.core.io.Rejection;
import java.io.IOException;
import java.io.Reader;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Reads {@link DealLink}s from a CSV with one row per converted lead, with the rejection report of
 * every importer.
 *
 * <p>A header without a column for the lead id, the deal id or the conversion instant is an
 * {@link dev.revops.core.io.ImportFormatException}. Rules of a row: lead id, deal id and conversion
 * instant are required; a deal is won or lost,
 * not both; a lead id repeating an earlier row's is rejected (a lead converts into one deal).
 * Instants without an offset are read in the given zone. The order of the instants is not checked
 * here: a deal won before its lead's first contact is a trap the funnel counts and reports.
 *
 * <pre>{@code
 * DealLinkCsvImporter importer = DealLinkCsvImporter.of(DealLinkColumns.olistClosedDeals(), ZoneOffset.UTC);
 * ImportResult<DealLink> links = importer.readAll(reader);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class DealLinkCsvImporter implements RecordImporter<DealLink> {
  private final DealLinkColumns columns;
  private final ZoneId zone;
  private final ImportOptions options;

  private DealLinkCsvImporter(DealLinkColumns columns, ZoneId zone, ImportOptions options) {
    this.columns = Objects.requireNonNull(columns, "columns");
    this.zone = Objects.requireNonNull(zone, "zone");
    this.options = Objects.requireNonNull(options, "options");
  }

  /**
   * An importer with the default options.
   *
   * @param columns the column mapping
   * @param zone the zone of instants without an offset
   * @return the importer
   */
  public static DealLinkCsvImporter of(DealLinkColumns columns, ZoneId zone) {
    return new DealLinkCsvImporter(columns, zone, ImportOptions.defaults());
  }

  /**
   * This importer with other options.
   *
   * @param options the options
   * @return a new importer
   */
  public DealLinkCsvImporter withOptions(ImportOptions options) {
    return new DealLinkCsvImporter(columns, zone, options);
  }

  @Override
  public ImportReport read(Reader input, Consumer<? super DealLink> accepted, Consumer<? super Rejection> rejected)
      throws IOException {
    Map<String, Long> seen = new HashMap<>();
    try {
      return CsvRowImporter.of("deal links", List.of(), row -> read(row, seen)).withOptions(options)
          .read(input, accepted, rejected);
    } catch (LeadCsvImporter.MissingColumns e) {
      throw e.asFormatException();
    }
  }

  private DealLink read(CsvRow row, Map<String, Long> seen) {
    LeadCsvImporter.MissingColumns.require(row, "leadId", columns.leadId());
    LeadCsvImporter.MissingColumns.require(row, "dealId", columns.dealId());
    LeadCsvImporter.MissingColumns.require(row, "convertedAt", columns.convertedAt());
    Cells cells = new Cells(row, List.of(), Optional.empty(), zone);
    Optional<String> lead = cells.require(columns.leadId(), "leadId");
    lead.ifPresent(row::recordId);
    Optional<String> deal = cells.require(columns.dealId(), "dealId");
    Optional<Instant> converted = cells.require(columns.convertedAt(), "convertedAt").isPresent()
        ? cells.instant(columns.convertedAt()) : Optional.empty();
    Optional<Instant> won = cells.instant(columns.wonAt());
    Optional<Instant> lost = cells.instant(columns.lostAt());
    DealLink.Builder b = DealLink.builder();
    columns.attributeColumns().forEach((name, column) -> cells.text(column).ifPresent(v -> b.putAttributes(name, v)));
    if (row.hasProblems()) {
      return null;
    }
    Long first = seen.putIfAbsent(lead.get(), row.line());
    if (first != null) {
      row.problem(cells.column(columns.leadId()).orElse("leadId"), "repeats the lead of an earlier row (a lead "
          + "converts into one deal)", "first at row " + first);
      return null;
    }
    return b.leadId(lead.get()).dealId(deal.get()).convertedAt(converted.get()).wonAt(won).lostAt(lost).build();
  }
}
