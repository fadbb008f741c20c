package dev.revops.core.io;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Counts rows and groups rejections by problem while an import runs, in bounded memory: at most
 * {@link ImportOptions#maxRejectionGroups()} groups of (column, reason), then one group per reason
 * for the other columns; at most {@link ImportOptions#maxExamplesPerReason()} examples a group,
 * each value in them cut after {@value #EXAMPLE_CHARS} characters (the rejection consumer gets
 * every rejection whole).
 */
final class ReportAccumulator {
  /** The longest value or id an example in the report keeps. */
  static final int EXAMPLE_CHARS = 1_000;
  /** The reason of a row whose id the repeated-id check has no room for. */
  static final String FULL = "cannot be checked for repeats: the id check is full (raise "
      + "ImportOptions.maxDistinctIds or maxIdTextBytes, or turn off rejectDuplicateIds)";
  /** The reason of the one group that takes problems when even the per-reason groups are full. */
  static final String OTHER = "has other problems (the report has no room to list them by reason)";

  private record Key(Optional<String> column, String reason, boolean otherColumns) {}

  private static final class Group {
    long rows;
    final List<Rejection> examples = new ArrayList<>();
  }

  private final int maxExamples;
  private final int maxGroups;
  private final Consumer<? super Rejection> sink;
  private final Map<Key, Group> groups = new LinkedHashMap<>();
  long accepted;
  long rejected;
  long blank;
  long records;

  ReportAccumulator(ImportOptions options, Consumer<? super Rejection> sink) {
    this.maxExamples = options.maxExamplesPerReason();
    this.maxGroups = options.maxRejectionGroups();
    this.sink = sink;
  }

  void reject(Rejection r) {
    rejected++;
    Set<Key> seen = new HashSet<>();
    Rejection example = null;
    for (Problem p : r.problems()) {
      Key key = key(p);
      if (seen.add(key)) {
        Group g = groups.computeIfAbsent(key, k -> new Group());
        g.rows++;
        if (g.examples.size() < maxExamples) {
          example = example == null ? cut(r) : example;
          g.examples.add(example);
        }
      }
    }
    sink.accept(r);
  }

  /** The group a problem counts in: its own, else its reason's for other columns, else the last. */
  private Key key(Problem p) {
    Key own = new Key(p.column(), p.reason(), false);
    if (groups.containsKey(own) || groups.size() < maxGroups) {
      return own;
    }
    Key reason = new Key(Optional.empty(), p.reason(), true);
    if (groups.containsKey(reason) || groups.size() < 2 * maxGroups) {
      return reason;
    }
    return new Key(Optional.empty(), OTHER, true);
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
   * @param ids the ids seen so far, or null when repeats are allowed
   * @param column the id's column, as the input names it
   * @return true when the row was rejected
   */
  boolean rejectRepeatedId(IdFingerprints ids, String id, long row, String column, String raw, String thing) {
    if (ids == null) {
      return false;
    }
    long first = ids.putIfAbsent(id, row);
    if (first == -1) {
      return false;
    }
    if (first == IdFingerprints.FULL) {
      reject(Rejection.of(row, Optional.of(id), List.of(fullProblem(ids, column, raw))));
      return true;
    }
    reject(Rejection.of(row, Optional.of(id), List.of(new Problem.Builder().column(Optional.ofNullable(column))
        .value(Optional.ofNullable(raw)).reason("repeats the " + thing + " id of an earlier row").detail("first at row " + first).build())));
    return true;
  }

  /** The problem of a row whose id the repeated-id check has no room for. */
  static Problem fullProblem(IdFingerprints ids, String column, String raw) {
    return new Problem.Builder().column(Optional.ofNullable(column)).value(Optional.ofNullable(raw)).reason(FULL)
        .detail(ids.size() + " ids, " + ids.textBytes() + " bytes of long ids").build();
  }

  /** Counts an accepted row that is one record. */
  void acceptRow() {
    accepted++;
    records++;
  }

  ImportReport.Builder report() {
    List<Map.Entry<Key, Group>> entries = new ArrayList<>(groups.entrySet());
    // Most frequent first; the stable sort keeps first-seen order among equals.
    entries.sort(Comparator.comparingLong((Map.Entry<Key, Group> e) -> e.getValue().rows).reversed());
    ImportReport.Builder b = new ImportReport.Builder()
        .rowsRead(accepted + rejected).rowsAccepted(accepted).rowsRejected(rejected)
        .blankLinesSkipped(blank).recordsAccepted(records);
    for (Map.Entry<Key, Group> e : entries) {
      b.addRejections(new RejectionGroup.Builder().column(e.getKey().column()).reason(e.getKey().reason())
          .otherColumns(e.getKey().otherColumns()).rows(e.getValue().rows).addAllExamples(e.getValue().examples)
          .build());
    }
    return b;
  }
}
