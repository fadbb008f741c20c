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

/** Counts rows and groups rejections by problem while an import runs. */
final class ReportAccumulator {
  private record Key(Optional<String> column, String reason) {}

  private static final class Group {
    long rows;
    final List<Rejection> examples = new ArrayList<>();
  }

  private final int maxExamples;
  private final Consumer<? super Rejection> sink;
  private final Map<Key, Group> groups = new LinkedHashMap<>();
  long accepted;
  long rejected;
  long blank;
  long records;

  ReportAccumulator(int maxExamples, Consumer<? super Rejection> sink) {
    this.maxExamples = maxExamples;
    this.sink = sink;
  }

  void reject(Rejection r) {
    rejected++;
    Set<Key> seen = new HashSet<>();
    for (Problem p : r.problems()) {
      Key key = new Key(p.column(), p.reason());
      if (seen.add(key)) {
        Group g = groups.computeIfAbsent(key, k -> new Group());
        g.rows++;
        if (g.examples.size() < maxExamples) {
          g.examples.add(r);
        }
      }
    }
    sink.accept(r);
  }

  /**
   * Rejects the row when its record id repeats an earlier row's.
   *
   * @param ids the ids seen so far, or null when repeats are allowed
   * @return true when the row was rejected
   */
  boolean rejectRepeatedId(IdFingerprints ids, String id, long row, String column, String thing) {
    if (ids == null) {
      return false;
    }
    long first = ids.putIfAbsent(id, row);
    if (first < 0) {
      return false;
    }
    reject(Rejection.of(row, Optional.of(id), List.of(Problem.of(Optional.of(column),
        Optional.of(id + " (first at row " + first + ")"), "repeats the " + thing + " id of an earlier row"))));
    return true;
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
          .rows(e.getValue().rows).addAllExamples(e.getValue().examples).build());
    }
    return b;
  }
}
