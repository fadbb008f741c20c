package dev.revops.core.io;

import dev.revops.core.InvalidValueException;
import dev.revops.core.history.DealHistory;
import dev.revops.core.history.StageChange;
import dev.revops.core.pipeline.PipelineDefinition;
import dev.revops.core.pipeline.Stage;
import java.io.IOException;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * Reads stage histories from a transitions CSV (one row per stage change), streaming, one
 * {@link DealHistory} per deal, with a rejection report.
 *
 * <p>Rules:
 * <ul>
 *   <li>The rows of one deal must be together (the file grouped by deal id, as exports sorted by
 *       deal are). A deal whose rows are in several places is rejected whole, every row of it,
 *       naming its row ranges. To know that before accepting any history, the input is read twice
 *       ({@link #read(TextInput, Consumer, Consumer)}): first the deal id column alone, then
 *       everything. Memory: the first row of each deal id, exactly (see {@link IdFingerprints}:
 *       192 MB at ten million ids), and the rows of one deal at a time. Rows without a deal id, and
 *       malformed records, are rejected alone and do not separate a deal's rows.</li>
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
  /** Rows by their instant (the sort is stable: ties keep file order). */
  private static final Comparator<Change> BY_TIME = Comparator.comparing((Change c) -> c.at);
  private static final String SIBLING = "belongs to a deal whose history has an invalid row";
  private static final String NOT_TOGETHER =
      "belongs to a deal whose rows are not together, so the whole deal is rejected (group the file by deal id)";

  private final PipelineDefinition definition;
  private final TransitionColumns columns;
  private final ImportOptions options;
  /** Whether plain fields are read in place (false: every field as text, a seam for tests comparing the two). */
  private final boolean inPlace;

  private HistoryCsvImporter(PipelineDefinition definition, TransitionColumns columns, ImportOptions options) {
    this(definition, columns, options, true);
  }

  private HistoryCsvImporter(PipelineDefinition definition, TransitionColumns columns, ImportOptions options,
      boolean inPlace) {
    this.inPlace = inPlace;
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
   * a deal has many rows; the id limits bound the deal ids held).
   *
   * @param options the options
   * @return a new importer
   */
  public HistoryCsvImporter withOptions(ImportOptions options) {
    return new HistoryCsvImporter(definition, columns, options);
  }

  /** This importer reading every field as text, as before fields were read in place (for tests). */
  HistoryCsvImporter readingText() {
    return new HistoryCsvImporter(definition, columns, options, false);
  }

  /** One parsed row. */
  private static final class Change {
    long row;
    String dealId;
    String rawId;
    String fromCell;
    String toCell;
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

  /**
   * Reads a one-shot reader: it is held in memory (up to {@link ImportOptions#maxBufferedChars()})
   * to be read twice. Give larger inputs as a {@link TextInput}.
   *
   * @throws ImportFormatException also when the input is longer than that
   */
  @Override
  public ImportReport read(Reader input, Consumer<? super DealHistory> accepted,
      Consumer<? super Rejection> rejected) throws IOException {
    Objects.requireNonNull(input, "input");
    return read(RecordRuns.buffered(input, options), accepted, rejected);
  }

  /**
   * Reads the input twice, streaming both times: first where each deal's rows are, then the
   * histories.
   *
   * @throws IOException also when the input changed between the two readings
   */
  @Override
  public ImportReport read(TextInput input, Consumer<? super DealHistory> accepted,
      Consumer<? super Rejection> rejected) throws IOException {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(accepted, "accepted");
    Objects.requireNonNull(rejected, "rejected");
    RecordRuns runs;
    try (Reader in = input.open()) {
      runs = RecordRuns.find(in, columns.delimiter(), options, h -> h.require("dealId", columns.dealId()));
    }
    try (Reader in = input.open()) {
      return read(in, runs, accepted, rejected);
    }
  }

  /**
   * Reads UTF-8 CSV held in a buffer (a mapped file, say), the second reading on several threads,
   * with the same result as {@link #read(TextInput, Consumer, Consumer)} on the same bytes: the same
   * histories accepted in the same order, the same rejections with the same row numbers, the same
   * report. The first reading (where each deal's rows are: the deal id column alone) runs on the
   * calling thread; then the bytes are cut into ranges as {@link CsvRowImporter#read(ByteBuffer,
   * Executor, int, Consumer, Consumer)} describes, each range's rows are parsed (stages, instants) on
   * the executor's threads, and the rows are grouped into histories, checked and delivered on the
   * calling thread in file order.
   *
   * <pre>{@code
   * try (FileChannel ch = FileChannel.open(path)) {
   *   ByteBuffer bytes = ch.map(FileChannel.MapMode.READ_ONLY, 0, ch.size());
   *   ImportReport report = importer.read(bytes, pool, 2, velocity::add, rejections::add);
   * }
   * }</pre>
   *
   * @param utf8 the input, from its position to its limit (neither is changed)
   * @param executor runs the range tasks (the library creates no thread)
   * @param parallelism how many ranges may be parsed ahead, at least 1
   * @param accepted receives each accepted history, in file order, on the calling thread
   * @param rejected receives each rejected row, in file order, on the calling thread
   * @return the report, equal to the serial read's
   * @throws IOException when the bytes are not UTF-8 ({@link java.nio.charset.MalformedInputException})
   * @throws ImportFormatException when the input as a whole cannot be read, as in the serial read
   */
  public ImportReport read(ByteBuffer utf8, Executor executor, int parallelism,
      Consumer<? super DealHistory> accepted, Consumer<? super Rejection> rejected) throws IOException {
    return read(utf8, executor, parallelism, accepted, rejected, CsvRangeRead.RANGE_BYTES);
  }

  /** The parallel read with ranges of about {@code rangeBytes} (tests cut small ones). */
  ImportReport read(ByteBuffer utf8, Executor executor, int parallelism, Consumer<? super DealHistory> accepted,
      Consumer<? super Rejection> rejected, int rangeBytes) throws IOException {
    Objects.requireNonNull(utf8, "utf8");
    Objects.requireNonNull(executor, "executor");
    Objects.requireNonNull(accepted, "accepted");
    Objects.requireNonNull(rejected, "rejected");
    RecordRuns runs = RecordRuns.find(CsvRangeRead.reader(utf8), columns.delimiter(), options,
        h -> h.require("dealId", columns.dealId()));
    return new CsvRangeRead<>(new Plan(runs, accepted, rejected), utf8, rangeBytes).read(executor, parallelism);
  }

  private ImportReport read(Reader input, RecordRuns runs, Consumer<? super DealHistory> accepted,
      Consumer<? super Rejection> rejected) throws IOException {
    return new Plan(runs, accepted, rejected).serial(input);
  }

  /** One reading of the rows with its consumers: each row parsed (any thread), then grouped in file order. */
  private final class Plan implements CsvRangeRead.Plan<Change> {
    private final RecordRuns runs;
    private final Consumer<? super DealHistory> accepted;
    private final Consumer<? super Rejection> rejected;

    Plan(RecordRuns runs, Consumer<? super DealHistory> accepted, Consumer<? super Rejection> rejected) {
      this.runs = runs;
      this.accepted = accepted;
      this.rejected = rejected;
    }

    @Override
    public String delimiter() {
      return columns.delimiter();
    }

    @Override
    public ImportOptions options() {
      return options;
    }

    @Override
    public List<String> columns() {
      return List.of();
    }

    @Override
    public ImportReport serial(Reader in) throws IOException {
      ReportAccumulator acc = new ReportAccumulator(options, rejected);
      CsvInput csv = new CsvInput(in, columns.delimiter(), options, acc);
      Rows rows = new Rows(csv.header, acc);
      while (csv.next()) {
        rows.take(rows.judge(csv));
      }
      return rows.finish();
    }

    @Override
    public CsvRangeRead.Rows<Change> rows(Header header) {
      return new Rows(header, new ReportAccumulator(options, rejected));
    }

    /** The rows of one reading: the header resolved, a deal's consecutive rows grouped into one history. */
    private final class Rows implements CsvRangeRead.Rows<Change> {
      private final ReportAccumulator acc;
      private final Header header;
      private final int[] cols;
      private final Map<String, String> used = new LinkedHashMap<>();
      private final List<String> notFound = new ArrayList<>();
      private final StageLookup stages = new StageLookup(new ConcurrentHashMap<>(), new Spellings<>());
      private final Grouping grouping;
      private final List<Change> group = new ArrayList<>();
      private String tooLong;
      private String run;

      Rows(Header header, ReportAccumulator acc) {
        this.acc = acc;
        this.header = header;
        int idCol = header.require("dealId", columns.dealId());
        int fromCol = header.find("fromStage", columns.fromStage());
        int toCol = header.require("toStage", columns.toStage());
        int atCol = header.require("changedAt", columns.changedAt());
        int actorCol = header.find("actor", columns.actor());
        int reasonCol = header.find("reason", columns.reason());
        String[] fields = {"dealId", "fromStage", "toStage", "changedAt", "actor", "reason"};
        cols = new int[] {idCol, fromCol, toCol, atCol, actorCol, reasonCol};
        List<List<String>> candidates = List.of(columns.dealId(), columns.fromStage(), columns.toStage(),
            columns.changedAt(), columns.actor(), columns.reason());
        for (int i = 0; i < fields.length; i++) {
          if (cols[i] >= 0) {
            used.put(fields[i], header.names[cols[i]]);
          } else if (!candidates.get(i).isEmpty()) {
            notFound.add(fields[i]);
          }
        }
        grouping = new Grouping(acc, accepted, header, fromCol, toCol, idCol, runs);
      }

      @Override
      public ReportAccumulator acc() {
        return acc;
      }

      @Override
      public Change judge(CsvInput csv) {
        return change(csv, stages, cols);
      }

      /**
       * Groups each deal's consecutive rows into one history (a deal's rows past
       * {@link ImportOptions#maxRowsPerRecord()} are rejected as they come).
       */
      @Override
      public void take(Change c) throws IOException {
        if (c.dealId == null) {
          acc.reject(Rejection.of(c.row, Optional.empty(), c.problems));
          return;
        }
        if (!c.dealId.equals(run)) {
          runs.begin(c.dealId, c.row);
          run = c.dealId;
        }
        if (c.dealId.equals(tooLong)) {
          grouping.rejectTooLong(List.of(c));
          return;
        }
        tooLong = null;
        if (!group.isEmpty() && !group.get(0).dealId.equals(c.dealId)) {
          grouping.flush(group);
          group.clear();
        }
        group.add(c);
        if (group.size() > options.maxRowsPerRecord()) {
          // a history is held whole to be checked: past the limit its rows are rejected as they come
          grouping.rejectTooLong(group);
          tooLong = c.dealId;
          group.clear();
        }
      }

      @Override
      public ImportReport finish() throws IOException {
        grouping.flush(group);
        group.clear();
        runs.end();
        return ImportLog.finished(acc.report().format(InputFormat.CSV).records("stage histories")
            .definition(definition.ref())
            .mapping(columns.name()).source(options.source()).putAllColumns(used)
            .addAllFieldsWithoutColumn(notFound).addAllUnusedColumns(header.unused()).build());
      }
    }
  }

  /**
   * The current row as a change, with its problems; cols holds id, from, to, at, actor, reason. Any
   * thread: {@code stages} is thread-safe, the rest is the row's own.
   */
  private Change change(CsvInput csv, StageLookup stages, int[] cols) {
    Header header = csv.header;
    Change c = new Change();
    c.row = csv.row();
    c.dealId = csv.textRepeated(cols[0]); // a deal's rows come together: its id is made once
    c.rawId = inPlace && csv.plain(cols[0]) ? c.dealId : csv.raw(cols[0]);
    if (!csv.fitsHeader()) {
      // The row still belongs to its deal: a history missing a row is not accepted.
      c.problem(csv.widthProblem());
      return c;
    }
    if (c.dealId == null) {
      c.problem(Problem.of(header.names[cols[0]], c.rawId, "is required"));
    }
    Spellings.Entry<Stage> from = inPlace ? stages.spelled(csv, cols[1]) : null;
    if (from != null) {
      c.fromRaw = c.fromCell = from.spelling;
      c.from = from.value;
    } else {
      c.fromRaw = csv.text(cols[1]);
      c.fromCell = csv.raw(cols[1]);
      c.from = c.fromRaw == null ? null : stage(stages, c, csv, cols[1]);
    }
    Spellings.Entry<Stage> to = inPlace ? stages.spelled(csv, cols[2]) : null;
    if (to != null) {
      c.toRaw = c.toCell = to.spelling;
      c.to = to.value;
    } else {
      c.toRaw = csv.text(cols[2]);
      c.toCell = csv.raw(cols[2]);
      if (c.toRaw == null) {
        c.problem(Problem.of(header.names[cols[2]], c.toCell, "is required"));
      } else {
        c.to = stage(stages, c, csv, cols[2]);
      }
    }
    c.at = instant(csv, cols[3], c);
    c.actor = csv.textRepeated(cols[4]);
    c.reason = csv.text(cols[5]);
    return c;
  }

  /** A column's instant: the usual UTC form read in place, else the text read the general way (null with a problem). */
  private Instant instant(CsvInput csv, int column, Change c) {
    Instant at = inPlace && csv.plain(column) ? Values.utcInstant(csv.chars(column), csv.start(column), csv.length(column)) : null;
    if (at != null) {
      return at;
    }
    String atRaw = csv.text(column);
    at = atRaw == null ? null : Values.instant(atRaw, definition.timeZone());
    if (at == null) {
      c.problem(Problem.of(csv.header.names[column], csv.raw(column),
          atRaw == null ? "is required" : "is not an instant (ISO-8601 date-time)"));
    }
    return at;
  }

  /**
   * The stages of one reading, by text: a thread-safe cache of the definition's reading of each text,
   * and the spellings found in place (a plain field whose characters were read before).
   */
  private record StageLookup(Map<String, Stage> byText, Spellings<Stage> spellings) {
    /** The entry of a plain field's characters, or null (then its text is read). */
    Spellings.Entry<Stage> spelled(CsvInput csv, int column) {
      return csv.plain(column) ? spellings.find(csv.chars(column), csv.start(column), csv.length(column)) : null;
    }
  }

  /** The stage a column names, or null with a problem on the change. */
  private Stage stage(StageLookup stages, Change c, CsvInput csv, int column) {
    Map<String, Stage> cache = stages.byText();
    String text = csv.text(column);
    Stage known = cache.get(text); // a lock-free read first: the ranges of a parallel read share the cache
    Stage s = known != null ? known : cache.computeIfAbsent(text, k -> definition.resolveStage(k).orElse(null));
    if (s != null) {
      stages.spellings().add(text, s);
    } else {
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
    final RecordRuns runs;

    Grouping(ReportAccumulator acc, Consumer<? super DealHistory> accepted, Header header, int fromCol,
        int toCol, int idCol, RecordRuns runs) {
      this.acc = acc;
      this.accepted = accepted;
      this.header = header;
      this.fromCol = fromCol;
      this.toCol = toCol;
      this.idCol = idCol;
      this.runs = runs;
    }

    /** Accepts a deal's rows as one history, or rejects them all saying why. */
    void flush(List<Change> group) {
      if (group.isEmpty() || rejectedAsNotTogether(group)) {
        return;
      }
      if (anyProblem(group)) {
        rejectAll(group);
        return;
      }
      List<StageChange> changes = stageChanges(group);
      if (anyProblem(group)) {
        rejectAll(group);
        return;
      }
      DealHistory history;
      try {
        history = DealHistory.of(changes);
      } catch (InvalidValueException e) {
        for (Change c : group) {
          c.problem(new Problem.Builder().column(header.names[idCol]).value(c.rawId)
              .reason("has an inconsistent history").detail(e.getMessage()).build());
        }
        rejectAll(group);
        return;
      }
      acc.acceptRecord(group.size());
      accepted.accept(history);
    }

    /** Whether each row's instant is at or after the one before (as exports usually have them). */
    private static boolean inTimeOrder(List<Change> group) {
      for (int i = 1; i < group.size(); i++) {
        if (group.get(i).at.isBefore(group.get(i - 1).at)) {
          return false;
        }
      }
      return true;
    }

    private static boolean anyProblem(List<Change> group) {
      for (int i = 0; i < group.size(); i++) {
        if (group.get(i).problems != null) {
          return true;
        }
      }
      return false;
    }

    /** Rejects every row of a deal whose rows are not together in the input (or could not be checked). */
    private boolean rejectedAsNotTogether(List<Change> group) {
      String dealId = group.get(0).dealId;
      long start = group.get(0).row;
      long end = group.get(group.size() - 1).row;
      RecordRuns.Verdict verdict = runs.judge(dealId, start, end);
      if (verdict == RecordRuns.Verdict.WHOLE) {
        return false;
      }
      String ranges = verdict == RecordRuns.Verdict.SPLIT ? runs.ranges(dealId, start, end) : null;
      for (Change c : group) {
        acc.reject(Rejection.of(c.row, Optional.of(dealId), List.of(ranges == null
            ? RecordRuns.unchecked(header.names[idCol], Optional.ofNullable(c.rawId))
            : new Problem.Builder().column(header.names[idCol]).value(c.rawId).reason(NOT_TOGETHER)
                .detail(ranges).build())));
      }
      return true;
    }

    /**
     * The stage changes of a deal's rows in time order (ties keep file order); a change that does not
     * follow from the one before gets a problem and no stage change.
     */
    private List<StageChange> stageChanges(List<Change> group) {
      String dealId = group.get(0).dealId;
      List<Change> ordered = group;
      if (!inTimeOrder(group)) {
        ordered = new ArrayList<>(group);
        ordered.sort(BY_TIME); // stable: ties keep file order
      }
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
            c.problem(Problem.of(header.names[fromCol], c.fromCell,
                "must name the stage left (only a deal's first change may leave it blank)"));
          } else if (!from.id().equals(previous.id())) {
            c.problem(new Problem.Builder().column(header.names[fromCol]).value(c.fromCell)
                .reason("does not match the stage the previous change entered")
                .detail("previous change entered " + previous.id()).build());
          }
        }
        if (from != null && from.id().equals(c.to.id())) {
          c.problem(Problem.of(header.names[toCol], c.toCell, "must differ from the stage left"));
        }
        previous = c.to;
        if (c.problems == null) {
          changes.add(stageChange(dealId, from, c));
        }
      }
      return changes;
    }

    /** The change a row records; its absent values left unset (no Optional made for them). */
    private StageChange stageChange(String dealId, Stage from, Change c) {
      StageChange.Builder b = StageChange.builder().dealId(dealId).to(c.to).at(c.at);
      if (from != null) {
        b.from(from);
      }
      if (c.actor != null) {
        b.actor(c.actor);
      }
      if (c.reason != null) {
        b.reason(c.reason);
      }
      return b.build();
    }

    void rejectTooLong(List<Change> rows) {
      for (Change c : rows) {
        acc.reject(Rejection.of(c.row, Optional.of(c.dealId), List.of(new Problem.Builder()
            .column(header.names[idCol]).value(c.rawId)
            .reason("belongs to a deal with more rows than ImportOptions.maxRowsPerRecord allows")
            .detail("more than " + options.maxRowsPerRecord()).build())));
      }
    }

    private void rejectAll(List<Change> group) {
      List<Long> invalid = group.stream().filter(c -> c.problems != null).map(c -> c.row).toList();
      String invalidRows = "invalid rows: " + invalid.stream().limit(10).map(String::valueOf)
          .collect(java.util.stream.Collectors.joining(", ")) + (invalid.size() > 10 ? " and "
          + (invalid.size() - 10) + " more" : "");
      for (Change c : group) {
        List<Problem> problems = c.problems != null ? c.problems
            : List.of(new Problem.Builder().column(header.names[idCol]).value(c.rawId).reason(SIBLING)
                .detail(invalidRows).build());
        acc.reject(Rejection.of(c.row, Optional.of(c.dealId), problems));
      }
    }
  }
}
