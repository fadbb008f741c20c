package dev.revops.core.io;

import dev.revops.core.InvalidValueException;
import dev.revops.core.history.DealHistory;
import dev.revops.core.history.StageChange;
import dev.revops.core.pipeline.PipelineDefinition;
import dev.revops.core.pipeline.Stage;
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
 * Reads stage histories from a transitions CSV (one row per stage change), streaming, one
 * {@link DealHistory} per deal, with a rejection report.
 *
 * <p>Rules:
 * <ul>
 *   <li>The rows of one deal must be contiguous (the file grouped by deal id, as exports sorted by
 *       deal are); a later, separate group of rows for a deal already read is rejected. Memory is
 *       bounded by the largest deal's history, not the file.</li>
 *   <li>Within a deal, rows may come in any order: they are ordered by their instant, ties keeping
 *       file order.</li>
 *   <li>Each change must leave the stage the previous one entered (only the first may leave the from
 *       stage blank, creating the deal). Without a from column, from stages are inferred, and a row
 *       repeating the stage the deal is already in records no change (it is accepted and counted,
 *       as OpportunityHistory-style exports log other field changes that way).</li>
 *   <li>A deal's history is accepted only whole: when any of its rows is invalid, every row of the
 *       deal is rejected, the others with the reason that their history has an invalid row.</li>
 *   <li>Instants without an offset are read in the definition's time zone.</li>
 * </ul>
 *
 * <pre>{@code
 * HistoryCsvImporter importer = HistoryCsvImporter.of(definition, TransitionColumns.genDeals());
 * ImportReport report = importer.read(reader, velocity::add, rejection -> {});
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class HistoryCsvImporter implements RecordImporter<DealHistory> {
  private static final String SIBLING = "belongs to a deal whose history has an invalid row";

  private final PipelineDefinition definition;
  private final TransitionColumns columns;
  private final ImportOptions options;

  private HistoryCsvImporter(PipelineDefinition definition, TransitionColumns columns, ImportOptions options) {
    this.definition = Objects.requireNonNull(definition, "definition");
    this.columns = Objects.requireNonNull(columns, "columns");
    this.options = Objects.requireNonNull(options, "options");
  }

  /**
   * An importer with the default options.
   *
   * @param definition the pipeline definition stage names are read against
   * @param columns the column mapping
   * @return the importer
   */
  public static HistoryCsvImporter of(PipelineDefinition definition, TransitionColumns columns) {
    return new HistoryCsvImporter(definition, columns, ImportOptions.defaults());
  }

  /**
   * This importer with other options ({@link ImportOptions#rejectDuplicateIds()} does not apply:
   * a deal has many rows).
   *
   * @param options the options
   * @return a new importer
   */
  public HistoryCsvImporter withOptions(ImportOptions options) {
    return new HistoryCsvImporter(definition, columns, options);
  }

  /** One parsed row. */
  private static final class Change {
    long row;
    String dealId;
    String fromRaw;
    Stage from;
    String toRaw;
    Stage to;
    Instant at;
    String actor;
    String reason;
    List<Problem> problems;

    void problem(Problem p) {
      if (problems == null) {
        problems = new ArrayList<>(2);
      }
      problems.add(p);
    }
  }

  @Override
  public ImportReport read(Reader input, Consumer<? super DealHistory> accepted,
      Consumer<? super Rejection> rejected) throws IOException {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(accepted, "accepted");
    Objects.requireNonNull(rejected, "rejected");
    ReportAccumulator acc = new ReportAccumulator(options.maxExamplesPerReason(), rejected);
    CsvInput csv = new CsvInput(input, columns.delimiter(), options, acc);
    Header header = csv.header;
    Map<String, String> used = new LinkedHashMap<>();
    List<String> notFound = new ArrayList<>();
    int idCol = header.require("dealId", columns.dealId());
    int fromCol = header.find("fromStage", columns.fromStage());
    int toCol = header.require("toStage", columns.toStage());
    int atCol = header.require("changedAt", columns.changedAt());
    int actorCol = header.find("actor", columns.actor());
    int reasonCol = header.find("reason", columns.reason());
    String[] fields = {"dealId", "fromStage", "toStage", "changedAt", "actor", "reason"};
    int[] cols = {idCol, fromCol, toCol, atCol, actorCol, reasonCol};
    List<List<String>> candidates = List.of(columns.dealId(), columns.fromStage(), columns.toStage(),
        columns.changedAt(), columns.actor(), columns.reason());
    for (int i = 0; i < fields.length; i++) {
      if (cols[i] >= 0) {
        used.put(fields[i], header.names[cols[i]]);
      } else if (!candidates.get(i).isEmpty()) {
        notFound.add(fields[i]);
      }
    }
    Map<String, Stage> stages = new HashMap<>();
    IdFingerprints finished = new IdFingerprints();
    List<Change> group = new ArrayList<>();
    Grouping grouping = new Grouping(acc, accepted, header, fromCol, toCol, idCol, finished);
    while (csv.next()) {
      long row = csv.row();
      Change c = new Change();
      c.row = row;
      c.dealId = csv.text(idCol);
      if (!csv.fitsHeader()) {
        // The row still belongs to its deal: a history missing a row is not accepted.
        c.problem(csv.widthProblem());
      } else {
        if (c.dealId == null) {
          c.problem(Problem.of(header.names[idCol], csv.raw(idCol), "is required"));
        }
        c.fromRaw = csv.text(fromCol);
        c.from = c.fromRaw == null ? null : stage(stages, c, csv, fromCol);
        c.toRaw = csv.text(toCol);
        if (c.toRaw == null) {
          c.problem(Problem.of(header.names[toCol], csv.raw(toCol), "is required"));
        } else {
          c.to = stage(stages, c, csv, toCol);
        }
        String atRaw = csv.text(atCol);
        c.at = atRaw == null ? null : Values.instant(atRaw, definition.timeZone());
        if (c.at == null) {
          c.problem(Problem.of(header.names[atCol], csv.raw(atCol),
              atRaw == null ? "is required" : "is not an instant (ISO-8601 date-time)"));
        }
        c.actor = csv.text(actorCol);
        c.reason = csv.text(reasonCol);
      }
      if (c.dealId == null) {
        acc.reject(Rejection.of(row, Optional.empty(), c.problems));
        continue;
      }
      if (!group.isEmpty() && !group.get(0).dealId.equals(c.dealId)) {
        grouping.flush(group);
        group.clear();
      }
      group.add(c);
    }
    grouping.flush(group);
    return acc.report().format(InputFormat.CSV).records("stage histories").definition(definition.ref())
        .mapping(columns.name()).source(options.source()).putAllColumns(used)
        .addAllFieldsWithoutColumn(notFound).addAllUnusedColumns(header.unused()).build();
  }

  /** The stage a column names, or null with a problem on the change. */
  private Stage stage(Map<String, Stage> cache, Change c, CsvInput csv, int column) {
    Stage s = cache.computeIfAbsent(csv.text(column), k -> definition.resolveStage(k).orElse(null));
    if (s == null) {
      c.problem(Problem.of(csv.header.names[column], csv.raw(column),
          "is not a stage, display name or alias of the pipeline definition"));
    }
    return s;
  }

  /** Turns each deal's rows into a history, or rejects them all. */
  private final class Grouping {
    final ReportAccumulator acc;
    final Consumer<? super DealHistory> accepted;
    final Header header;
    final int fromCol;
    final int toCol;
    final int idCol;
    final IdFingerprints finished;

    Grouping(ReportAccumulator acc, Consumer<? super DealHistory> accepted, Header header, int fromCol,
        int toCol, int idCol, IdFingerprints finished) {
      this.acc = acc;
      this.accepted = accepted;
      this.header = header;
      this.fromCol = fromCol;
      this.toCol = toCol;
      this.idCol = idCol;
      this.finished = finished;
    }

    void flush(List<Change> group) {
      if (group.isEmpty()) {
        return;
      }
      String dealId = group.get(0).dealId;
      long firstRow = finished.putIfAbsent(dealId, group.get(0).row);
      if (firstRow >= 0) {
        for (Change c : group) {
          c.problem(new Problem.Builder().column(header.names[idCol]).value(dealId)
              .reason("continues a deal whose rows ended earlier (group the file by deal id)")
              .detail("the deal's first rows start at row " + firstRow).build());
        }
        rejectAll(group);
        return;
      }
      if (group.stream().anyMatch(c -> c.problems != null)) {
        rejectAll(group);
        return;
      }
      List<Change> ordered = new ArrayList<>(group);
      ordered.sort(Comparator.comparing((Change c) -> c.at)); // stable: ties keep file order
      List<StageChange> changes = new ArrayList<>(ordered.size());
      Stage previous = null;
      for (Change c : ordered) {
        Stage from = c.from;
        if (fromCol < 0) {
          if (previous != null && previous.id().equals(c.to.id())) {
            continue; // the deal is already in this stage: no stage change
          }
          from = previous;
        } else if (previous != null) {
          if (from == null) {
            c.problem(Problem.of(header.names[fromCol], "",
                "must name the stage left (only a deal's first change may leave it blank)"));
          } else if (!from.id().equals(previous.id())) {
            c.problem(new Problem.Builder().column(header.names[fromCol]).value(c.fromRaw)
                .reason("does not match the stage the previous change entered")
                .detail("previous change entered " + previous.id()).build());
          }
        }
        if (from != null && from.id().equals(c.to.id())) {
          c.problem(Problem.of(header.names[toCol], c.toRaw, "must differ from the stage left"));
        }
        previous = c.to;
        if (c.problems == null) {
          changes.add(StageChange.builder().dealId(dealId).from(Optional.ofNullable(from)).to(c.to).at(c.at)
              .actor(Optional.ofNullable(c.actor)).reason(Optional.ofNullable(c.reason)).build());
        }
      }
      if (group.stream().anyMatch(c -> c.problems != null)) {
        rejectAll(group);
        return;
      }
      DealHistory history;
      try {
        history = DealHistory.of(changes);
      } catch (InvalidValueException e) {
        for (Change c : group) {
          c.problem(new Problem.Builder().column(header.names[idCol]).value(dealId)
              .reason("has an inconsistent history").detail(e.getMessage()).build());
        }
        rejectAll(group);
        return;
      }
      acc.accepted += group.size();
      acc.records++;
      accepted.accept(history);
    }

    private void rejectAll(List<Change> group) {
      String invalidRows = group.stream().filter(c -> c.problems != null)
          .map(c -> String.valueOf(c.row)).reduce((a, b) -> a + ", " + b).orElse("");
      for (Change c : group) {
        List<Problem> problems = c.problems != null ? c.problems
            : List.of(new Problem.Builder().column(header.names[idCol]).value(c.dealId).reason(SIBLING)
                .detail("invalid rows: " + invalidRows).build());
        acc.reject(Rejection.of(c.row, Optional.of(c.dealId), problems));
      }
    }
  }
}
