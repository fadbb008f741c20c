package dev.revops.core.lead;

import dev.revops.core.InvalidValueException;
import dev.revops.core.io.CsvGroupImporter;
import dev.revops.core.io.CsvRow;
import dev.revops.core.io.ImportOptions;
import dev.revops.core.io.ImportReport;
import dev.revops.core.io.RecordImporter;
import dev.revops.core.io.Rejection;
import java.io.IOException;
import java.io.Reader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Reads lifecycle histories from a CSV with one row per lifecycle change, one {@link
 * LifecycleHistory} per lead, with the rejection report of every importer.
 *
 * <p>Rules, as for deal stage histories: the rows of one lead must be together (a later, separate
 * group for a lead already read is rejected); within a lead, rows are ordered by instant, ties
 * keeping file order; stage names are resolved against the lifecycle definition (id, display name
 * or alias); each change must leave the stage the previous one entered (without a from column, from
 * stages are inferred and a row repeating the lead's current stage records no change); a lead's
 * history is accepted only whole. Instants without an offset are read in the definition's zone.
 *
 * <pre>{@code
 * LifecycleChangeCsvImporter importer = LifecycleChangeCsvImporter.of(lifecycle, LifecycleChangeColumns.genLeads());
 * ImportResult<LifecycleHistory> histories = importer.readAll(reader);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class LifecycleChangeCsvImporter implements RecordImporter<LifecycleHistory> {
  private final LifecycleDefinition lifecycle;
  private final LifecycleChangeColumns columns;
  private final ImportOptions options;

  /** One row, read. */
  private record Row(String leadId, Optional<String> from, String to, Instant at, Optional<String> actor,
      Optional<String> reason) {}

  private LifecycleChangeCsvImporter(LifecycleDefinition lifecycle, LifecycleChangeColumns columns,
      ImportOptions options) {
    this.lifecycle = Objects.requireNonNull(lifecycle, "lifecycle");
    this.columns = Objects.requireNonNull(columns, "columns");
    this.options = Objects.requireNonNull(options, "options");
  }

  /**
   * An importer with the default options.
   *
   * @param lifecycle the lifecycle stage names are read against
   * @param columns the column mapping
   * @return the importer
   */
  public static LifecycleChangeCsvImporter of(LifecycleDefinition lifecycle, LifecycleChangeColumns columns) {
    return new LifecycleChangeCsvImporter(lifecycle, columns, ImportOptions.defaults());
  }

  /**
   * This importer with other options.
   *
   * @param options the options
   * @return a new importer
   */
  public LifecycleChangeCsvImporter withOptions(ImportOptions options) {
    return new LifecycleChangeCsvImporter(lifecycle, columns, options);
  }

  @Override
  public ImportReport read(Reader input, Consumer<? super LifecycleHistory> accepted,
      Consumer<? super Rejection> rejected) throws IOException {
    List<String> required = new ArrayList<>(List.of(columns.leadId(), columns.toStage(), columns.changedAt()));
    columns.fromStage().ifPresent(required::add);
    return CsvGroupImporter.of("lifecycle histories", "lead", required, columns.leadId(), this::row, this::history)
        .withOptions(options).read(input, accepted, rejected);
  }

  private Row row(CsvRow row) {
    String lead = row.get(columns.leadId()).orElseThrow();
    Optional<String> from = columns.fromStage().flatMap(c -> stage(row, c));
    Optional<String> to = row.require(columns.toStage()).flatMap(x -> stage(row, columns.toStage()));
    Optional<Instant> at = row.require(columns.changedAt()).flatMap(x -> row.instant(columns.changedAt(),
        lifecycle.timeZone()));
    if (from.isPresent() && to.isPresent() && from.get().equals(to.get())) {
      row.problem(columns.toStage(), "must differ from the stage left");
    }
    if (row.hasProblems()) {
      return null;
    }
    return new Row(lead, from, to.get(), at.get(), columns.actor().flatMap(row::get), columns.reason().flatMap(row::get));
  }

  private Optional<String> stage(CsvRow row, String column) {
    Optional<String> raw = row.get(column);
    Optional<String> id = raw.flatMap(lifecycle::resolveStage).map(LifecycleStage::id);
    if (raw.isPresent() && id.isEmpty()) {
      row.problem(column, "is not a stage, display name or alias of lifecycle " + lifecycle.ref());
    }
    return id;
  }

  private LifecycleHistory history(String leadId, List<Row> rows) {
    List<Row> ordered = new ArrayList<>(rows);
    ordered.sort(Comparator.comparing(Row::at)); // stable: ties keep file order
    List<LifecycleChange> changes = new ArrayList<>();
    String previous = null;
    for (Row r : ordered) {
      Optional<String> from = r.from();
      if (columns.fromStage().isEmpty()) {
        if (r.to().equals(previous)) {
          continue; // the lead is already in this stage: no change
        }
        from = Optional.ofNullable(previous);
      }
      changes.add(LifecycleChange.builder().leadId(leadId).from(from).to(r.to()).at(r.at()).actor(r.actor())
          .reason(r.reason()).build());
      previous = r.to();
    }
    if (changes.isEmpty()) {
      throw new InvalidValueException("changes", "[]", "must contain at least one lifecycle change");
    }
    return LifecycleHistory.of(changes);
  }
}
