package dev.revops.core.lead;

import dev.revops.core.InvalidValueException;
import dev.revops.core.io.CsvRow;
import dev.revops.core.io.CsvRowImporter;
import dev.revops.core.io.ImportFormatException;
import dev.revops.core.io.ImportOptions;
import dev.revops.core.io.ImportReport;
import dev.revops.core.io.RecordImporter;
import dev.revops.core.io.Rejection;
import java.io.IOException;
import java.io.Reader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Reads leads from a CSV with one row per lead, each into a {@link LeadJourney} (the lead, its
 * lifecycle history from the stage dates or entry stage, and the deal it converted into), with the
 * rejection report of every importer: rows read = rows accepted + rows rejected, each rejected row
 * with its column, value and reason.
 *
 * <p>A header without a column for the id or the creation instant is an {@link
 * ImportFormatException}. Rules of a row: the id and the creation instant are required; a lead id repeating an earlier
 * row's is rejected (a lead is counted once); the current lifecycle stage, when the file has one,
 * must be a stage of the definition; dated stages become the history in date order (stages dated
 * at the same instant in lifecycle order); a row without stage dates enters the mapping's entry
 * stage at its creation instant; a named deal needs a conversion instant, and a converted flag of
 * {@code false} must not name one (a lead converted without a deal keeps the attribute
 * {@code converted}). The id of each seen lead is kept to find repeats (memory grows with the
 * number of leads).
 *
 * <pre>{@code
 * LeadCsvImporter importer = LeadCsvImporter.of(LifecycleDefinition.hubspotDefault(), LeadColumns.olistMqls());
 * ImportReport report = importer.read(reader, funnel::add, rejection -> {});
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class LeadCsvImporter implements RecordImporter<LeadJourney> {
  private final LifecycleDefinition lifecycle;
  private final LeadColumns columns;
  private final ImportOptions options;
  private final Map<String, LifecycleStage> dated;
  private final Optional<LifecycleStage> entryStage;

  private LeadCsvImporter(LifecycleDefinition lifecycle, LeadColumns columns, ImportOptions options) {
    this.lifecycle = Objects.requireNonNull(lifecycle, "lifecycle");
    this.columns = Objects.requireNonNull(columns, "columns");
    this.options = Objects.requireNonNull(options, "options");
    Map<String, LifecycleStage> d = new LinkedHashMap<>();
    List<InvalidValueException.Violation> bad = new ArrayList<>();
    columns.stageDates().keySet().forEach(name -> lifecycle.resolveStage(name).ifPresentOrElse(s -> {
      if (d.containsValue(s)) {
        bad.add(new InvalidValueException.Violation("stageDates", name, "must not name a stage twice", s.id()));
      }
      d.put(name, s);
    }, () -> bad.add(new InvalidValueException.Violation("stageDates", name, "must name a stage of lifecycle "
        + lifecycle.ref()))));
    this.entryStage = columns.entryStage().flatMap(lifecycle::resolveStage);
    columns.entryStage().filter(s -> entryStage.isEmpty()).ifPresent(s -> bad.add(new InvalidValueException.Violation(
        "entryStage", s, "must name a stage of lifecycle " + lifecycle.ref())));
    if (!bad.isEmpty()) {
      throw new InvalidValueException("lead columns " + columns.name(), bad);
    }
    this.dated = d;
  }

  /**
   * An importer with the default options.
   *
   * @param lifecycle the lifecycle stage names and dates are read against (and its zone)
   * @param columns the column mapping
   * @return the importer
   * @throws InvalidValueException if the mapping names a stage the lifecycle does not have
   */
  public static LeadCsvImporter of(LifecycleDefinition lifecycle, LeadColumns columns) {
    return new LeadCsvImporter(lifecycle, columns, ImportOptions.defaults());
  }

  /**
   * This importer with other options ({@link ImportOptions#rejectDuplicateIds()} is always on: a
   * lead is counted once).
   *
   * @param options the options
   * @return a new importer
   */
  public LeadCsvImporter withOptions(ImportOptions options) {
    return new LeadCsvImporter(lifecycle, columns, options);
  }

  @Override
  public ImportReport read(Reader input, Consumer<? super LeadJourney> accepted,
      Consumer<? super Rejection> rejected) throws IOException {
    Map<String, Long> seen = new HashMap<>();
    CsvRowImporter<LeadJourney> rows = CsvRowImporter.of("leads", List.of(), row -> read(row, seen))
        .withOptions(options).withDelimiter(columns.delimiter()).withColumns(columns.columnsWithoutHeader());
    try {
      return rows.read(input, accepted, rejected);
    } catch (MissingColumns e) {
      throw e.asFormatException();
    }
  }

  /** A header without a required field's column: the input as a whole cannot be read. */
  static final class MissingColumns extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final List<String> header;

    MissingColumns(List<String> header, String message) {
      super(message, null, false, false);
      this.header = List.copyOf(header);
    }

    ImportFormatException asFormatException() {
      return new ImportFormatException("header", String.join(",", header), getMessage());
    }

    /** Throws when the row's header has none of a required field's candidate columns. */
    static void require(CsvRow row, String field, List<String> candidates) {
      if (candidates.stream().noneMatch(row::has)) {
        throw new MissingColumns(row.columns(), "must have a column for " + field + " (one of: "
            + String.join(", ", candidates) + ")");
      }
    }
  }

  private LeadJourney read(CsvRow row, Map<String, Long> seen) {
    MissingColumns.require(row, "id", columns.id());
    MissingColumns.require(row, "createdAt", columns.createdAt());
    Cells cells = new Cells(row, columns.missingValues(), columns.datePattern(), lifecycle.timeZone());
    Optional<String> id = cells.require(columns.id(), "id");
    id.ifPresent(row::recordId);
    Optional<Instant> created = cells.require(columns.createdAt(), "createdAt").isPresent()
        ? cells.instant(columns.createdAt()) : Optional.empty();
    Lead.Builder lead = Lead.builder().source(cells.text(columns.source())).campaign(cells.text(columns.campaign()))
        .owner(cells.text(columns.owner())).segment(cells.text(columns.segment()));
    columns.attributeColumns().forEach((name, column) -> cells.text(column).ifPresent(v -> lead.putAttributes(name, v)));
    cells.column(columns.lifecycleStage()).ifPresent(column -> cells.text(column).ifPresent(raw ->
        lifecycle.resolveStage(raw).ifPresentOrElse(s -> lead.putAttributes("lifecycleStage", s.id()),
            () -> row.problem(column, "is not a stage, display name or alias of lifecycle " + lifecycle.ref()))));
    List<Map.Entry<LifecycleStage, Instant>> entries = new ArrayList<>();
    dated.forEach((name, stage) -> cells.instant(columns.stageDates().get(name))
        .ifPresent(at -> entries.add(Map.entry(stage, at))));
    Optional<Boolean> converted = cells.flag(columns.converted());
    Optional<DealLink.Builder> link = link(cells, row, converted);
    if (link.isEmpty() && converted.equals(Optional.of(true))) {
      lead.putAttributes("converted", "true");
    }
    if (row.hasProblems()) {
      return null;
    }
    Long first = seen.putIfAbsent(id.get(), row.line());
    if (first != null) {
      row.problem(cells.column(columns.id()).orElse("id"), "repeats the lead id of an earlier row (a lead is counted "
          + "once)", "first at row " + first);
      return null;
    }
    Lead built = lead.id(id.get()).createdAt(created.get()).build();
    LeadJourney.Builder journey = LeadJourney.builder().lead(built);
    if (entries.isEmpty() && entryStage.isPresent()) {
      entries.add(Map.entry(entryStage.get(), created.get()));
    }
    history(id.get(), entries).ifPresent(journey::history);
    link.ifPresent(l -> journey.link(l.leadId(id.get()).build()));
    return journey.build();
  }

  private Optional<DealLink.Builder> link(Cells cells, CsvRow row, Optional<Boolean> converted) {
    Optional<String> deal = cells.text(columns.convertedDealId());
    Optional<Instant> at = cells.instant(columns.convertedAt());
    if (deal.isEmpty()) {
      return Optional.empty();
    }
    if (converted.equals(Optional.of(false))) {
      row.problem(cells.column(columns.converted()).orElse("converted"), "is false but the lead names the deal it "
          + "converted into", "deal " + deal.get());
    }
    if (cells.text(columns.convertedAt()).isEmpty()) {
      row.problem(cells.column(columns.convertedAt()).orElse("convertedAt"), "is required when the lead names the deal "
          + "it converted into", "deal " + deal.get());
    }
    return at.map(a -> DealLink.builder().dealId(deal.get()).convertedAt(a));
  }

  private Optional<LifecycleHistory> history(String leadId, List<Map.Entry<LifecycleStage, Instant>> entries) {
    if (entries.isEmpty()) {
      return Optional.empty();
    }
    entries.sort(Comparator.comparing((Map.Entry<LifecycleStage, Instant> e) -> e.getValue())
        .thenComparingInt(e -> e.getKey().order()));
    List<LifecycleChange> changes = new ArrayList<>();
    String previous = null;
    for (Map.Entry<LifecycleStage, Instant> e : entries) {
      changes.add(LifecycleChange.builder().leadId(leadId).from(Optional.ofNullable(previous))
          .to(e.getKey().id()).at(e.getValue()).build());
      previous = e.getKey().id();
    }
    return Optional.of(LifecycleHistory.of(changes));
  }
}
