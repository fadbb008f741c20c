package dev.revops.core.io;

import dev.revops.core.aggregate.Accumulator;
import dev.revops.core.metric.MergeCheck;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * Counts rows and groups rejections by problem while an import runs, in bounded memory: an {@link
 * Accumulator} of {@link RowOutcome}s whose result is the import report's counts and rejection
 * groups.
 *
 * <p>Bounds: at most {@link ImportOptions#maxRejectionGroups()} groups of their own (column,
 * reason), then at most as many groups of one reason for other columns, then one group for the
 * rest; at most {@link ImportOptions#maxExamplesPerReason()} examples a group, each value in them
 * cut after {@value #EXAMPLE_CHARS} characters (the rejection consumer gets every rejection
 * whole).
 *
 * <p>Which problems keep a group of their own does not depend on the order rows arrive in, so that
 * any split of an input, counted apart and merged, gives the report of one pass: the groups of
 * their own are those of the first (column, reason) pairs in column then reason order, the
 * per-reason groups those of the first reasons in text order; a pair that has no room is folded
 * into its reason's group (its rows added: a row with that reason in two such columns counts in
 * it twice), a reason that has no room into the last group. Examples are the rejections of the
 * lowest rows; groups with as many rows are listed in the order of the row (and problem) they
 * first occur at, which for an input read from top to bottom is the order they were met.
 */
final class ReportAccumulator implements Accumulator<RowOutcome, ReportAccumulator.Tally, ReportAccumulator> {
  /** The longest value or id an example in the report keeps. */
  static final int EXAMPLE_CHARS = 1_000;
  /** The reason of a row whose id the repeated-id check has no room for. */
  static final String FULL = "cannot be checked for repeats: the id check is full (raise "
      + "ImportOptions.maxDistinctIds or maxIdTextBytes, or turn off rejectDuplicateIds)";
  /** The reason of the one group that takes problems when even the per-reason groups are full. */
  static final String OTHER = "has other problems (the report has no room to list them by reason)";

  /**
   * The counts and rejection groups of an import so far.
   *
   * @param accepted rows accepted
   * @param rejected rows rejected
   * @param blank blank lines skipped
   * @param records records accepted
   * @param rejections the groups, most frequent first
   */
  record Tally(long accepted, long rejected, long blank, long records, List<RejectionGroup> rejections) {}

  private record Key(Optional<String> column, String reason) {}

  private static final Comparator<Key> KEY_ORDER = Comparator
      .comparing((Key k) -> k.column().orElse(""), Comparator.naturalOrder())
      .thenComparing(k -> k.column().isPresent()).thenComparing(Key::reason);

  /** The lowest row first; rejections of one row in a fixed order. */
  private static final Comparator<Rejection> EXAMPLE_ORDER = Comparator.comparingLong(Rejection::row)
      .thenComparing(Rejection::toString);

  /** One group's rows, where it first occurs and its examples. */
  private final class Group {
    long rows;
    long firstRow = Long.MAX_VALUE;
    int firstProblem;
    final TreeSet<Rejection> examples = new TreeSet<>(EXAMPLE_ORDER);

    void count(Rejection r, int problem, Rejection[] cut) {
      rows++;
      if (r.row() < firstRow || r.row() == firstRow && problem < firstProblem) {
        firstRow = r.row();
        firstProblem = problem;
      }
      if (maxExamples > 0 && (examples.size() < maxExamples || r.row() < examples.last().row())) {
        if (cut[0] == null) {
          cut[0] = cut(r);
        }
        keep(cut[0]);
      }
    }

    void keep(Rejection example) {
      examples.add(example);
      if (examples.size() > maxExamples) {
        examples.pollLast();
      }
    }

    void absorb(Group o) {
      rows += o.rows;
      if (o.firstRow < firstRow || o.firstRow == firstRow && o.firstProblem < firstProblem) {
        firstRow = o.firstRow;
        firstProblem = o.firstProblem;
      }
      o.examples.forEach(this::keep);
    }
  }

  private final int maxExamples;
  private final int maxGroups;
  private final Consumer<? super Rejection> sink;
  private final boolean logs;
  private final TreeMap<Key, Group> own = new TreeMap<>(KEY_ORDER);
  private final TreeMap<String, Group> byReason = new TreeMap<>();
  private Optional<Group> other = Optional.empty();
  private long accepted;
  private long rejected;
  private long blank;
  private long records;

  /**
   * The sink of a pass that only looks (the first pass of a grouped import): the pass that reads
   * judges the same rows again and logs their rejections, so this one does not.
   */
  static final Consumer<Rejection> LOOK_ONLY = r -> { };

  ReportAccumulator(ImportOptions options, Consumer<? super Rejection> sink) {
    this(options, sink, true);
  }

  /** With {@code logs} false, rejections are passed on but not logged (a part's read, replayed later). */
  ReportAccumulator(ImportOptions options, Consumer<? super Rejection> sink, boolean logs) {
    this.logs = logs;
    this.maxExamples = options.maxExamplesPerReason();
    this.maxGroups = options.maxRejectionGroups();
    this.sink = Objects.requireNonNull(sink, "sink");
  }

  @Override
  public void add(RowOutcome outcome) {
    Objects.requireNonNull(outcome, "outcome");
    if (outcome instanceof RowOutcome.Accepted a) {
      accepted += a.rows();
      records++;
    } else if (outcome instanceof RowOutcome.Blank b) {
      blank += b.lines();
    } else {
      reject(((RowOutcome.Rejected) outcome).rejection());
    }
  }

  /** Counts an accepted row that is one record. */
  void acceptRow() {
    add(RowOutcome.ONE_ROW);
  }

  /** Counts an accepted record made of {@code rows} rows. */
  void acceptRecord(long rows) {
    add(new RowOutcome.Accepted(rows));
  }

  /** Counts one blank line. */
  void blankLine() {
    add(RowOutcome.ONE_BLANK_LINE);
  }

  /** Counts a rejected row, in each of its problems' groups, and passes it to the consumer. */
  void reject(Rejection r) {
    Objects.requireNonNull(r, "rejection");
    if (sink != LOOK_ONLY && logs) {
      ImportLog.rejected(r);
    }
    rejected++;
    Rejection[] cut = new Rejection[1];
    List<Problem> problems = r.problems();
    Set<Key> seen = problems.size() == 1 ? Set.of() : new HashSet<>();
    for (int i = 0; i < problems.size(); i++) {
      Problem p = problems.get(i);
      Key key = new Key(p.column(), p.reason());
      if (problems.size() == 1 || seen.add(key)) {
        groupOf(key).count(r, i, cut);
      }
    }
    sink.accept(r);
  }

  /** The group a problem counts in: its own, else its reason's for other columns, else the last. */
  private Group groupOf(Key key) {
    Group g = own.get(key);
    if (g != null) {
      return g;
    }
    if (own.size() < maxGroups) {
      g = new Group();
      own.put(key, g);
      return g;
    }
    if (KEY_ORDER.compare(key, own.lastKey()) < 0) {
      Map.Entry<Key, Group> evicted = own.pollLastEntry();
      reasonGroup(evicted.getKey().reason()).absorb(evicted.getValue());
      g = new Group();
      own.put(key, g);
      return g;
    }
    return reasonGroup(key.reason());
  }

  /** The group of a reason for other columns, else the last group. */
  private Group reasonGroup(String reason) {
    Group g = byReason.get(reason);
    if (g != null) {
      return g;
    }
    if (byReason.size() < maxGroups || reason.compareTo(byReason.lastKey()) < 0) {
      if (byReason.size() >= maxGroups) {
        otherGroup().absorb(byReason.pollLastEntry().getValue());
      }
      g = new Group();
      byReason.put(reason, g);
      return g;
    }
    return otherGroup();
  }

  private Group otherGroup() {
    if (other.isEmpty()) {
      other = Optional.of(new Group());
    }
    return other.get();
  }

  @Override
  public ReportAccumulator merge(ReportAccumulator o) {
    MergeCheck.of("import report", this, o).same("maxExamplesPerReason", maxExamples, o.maxExamples)
        .same("maxRejectionGroups", maxGroups, o.maxGroups);
    accepted += o.accepted;
    rejected += o.rejected;
    blank += o.blank;
    records += o.records;
    o.own.forEach((k, g) -> groupOf(k).absorb(g));
    o.byReason.forEach((reason, g) -> reasonGroup(reason).absorb(g));
    o.other.ifPresent(g -> otherGroup().absorb(g));
    return this;
  }

  @Override
  public Tally result() {
    record Listed(RejectionGroup group, long firstRow, int firstProblem) {}
    List<Listed> listed = new ArrayList<>();
    own.forEach((k, g) -> listed.add(new Listed(group(k.column(), k.reason(), false, g), g.firstRow,
        g.firstProblem)));
    byReason.forEach((reason, g) -> listed.add(new Listed(group(Optional.empty(), reason, true, g), g.firstRow,
        g.firstProblem)));
    other.ifPresent(g -> listed.add(new Listed(group(Optional.empty(), OTHER, true, g), g.firstRow,
        g.firstProblem)));
    // Most frequent first, then in the order met; the stable sort keeps key order for the rest.
    listed.sort(Comparator.comparingLong((Listed l) -> l.group().rows()).reversed()
        .thenComparingLong(Listed::firstRow).thenComparingInt(Listed::firstProblem));
    return new Tally(accepted, rejected, blank, records, listed.stream().map(Listed::group).toList());
  }

  private static RejectionGroup group(Optional<String> column, String reason, boolean otherColumns, Group g) {
    return new RejectionGroup.Builder().column(column).reason(reason).otherColumns(otherColumns).rows(g.rows)
        .addAllExamples(g.examples).build();
  }

  /** The report's counts and groups, for the importer to complete. */
  ImportReport.Builder report() {
    Tally t = result();
    return new ImportReport.Builder().rowsRead(t.accepted() + t.rejected()).rowsAccepted(t.accepted())
        .rowsRejected(t.rejected()).blankLinesSkipped(t.blank()).recordsAccepted(t.records())
        .addAllRejections(t.rejections());
  }

  /** The rejection with every value and id cut to {@value #EXAMPLE_CHARS} characters. */
  static Rejection cut(Rejection r) {
    boolean longValue = r.recordId().map(String::length).orElse(0) > EXAMPLE_CHARS
        || r.problems().stream().anyMatch(p -> p.value().map(String::length).orElse(0) > EXAMPLE_CHARS
            || p.detail().map(String::length).orElse(0) > EXAMPLE_CHARS);
    if (!longValue) {
      return r;
    }
    List<Problem> problems = new ArrayList<>();
    for (Problem p : r.problems()) {
      problems.add(new Problem.Builder().column(p.column()).reason(p.reason())
          .value(p.value().map(ReportAccumulator::cut)).detail(p.detail().map(ReportAccumulator::cut)).build());
    }
    return Rejection.of(r.row(), r.recordId().map(ReportAccumulator::cut), problems);
  }

  private static String cut(String s) {
    return s.length() <= EXAMPLE_CHARS ? s
        : s.substring(0, EXAMPLE_CHARS) + "... (" + s.length() + " characters)";
  }

  /**
   * Rejects the row when its record id repeats an earlier row's, or when the check is full.
   *
   * @param ids the ids seen so far (when repeats are allowed, do not call this)
   * @param column the id's column, as the input names it; empty when the input has none
   * @param raw the id as the input has it; empty when the input has none
   * @return true when the row was rejected
   */
  boolean rejectRepeatedId(IdFingerprints ids, String id, long row, Optional<String> column, Optional<String> raw,
      String thing) {
    Objects.requireNonNull(ids, "ids");
    long first = ids.putIfAbsent(id, row);
    if (first == -1) {
      return false;
    }
    if (first == IdFingerprints.FULL) {
      reject(Rejection.of(row, Optional.of(id), List.of(fullProblem(ids, column, raw))));
      return true;
    }
    reject(Rejection.of(row, Optional.of(id), List.of(new Problem.Builder().column(column)
        .value(raw).reason("repeats the " + thing + " id of an earlier row").detail("first at row " + first).build())));
    return true;
  }

  /** The problem of a row whose id the repeated-id check has no room for. */
  static Problem fullProblem(IdFingerprints ids, Optional<String> column, Optional<String> raw) {
    return new Problem.Builder().column(column).value(raw).reason(FULL)
        .detail(ids.size() + " ids, " + ids.textBytes() + " bytes of long ids").build();
  }
}
