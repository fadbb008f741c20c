package dev.revops.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.revops.core.aggregate.AccumulatorContract;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The accumulator contract for the import report, with room for two groups of their own and two
 * examples a group, so that folding into per-reason groups and the last group is exercised.
 */
class ReportAccumulatorProperties implements
    AccumulatorContract<RowOutcome, ReportAccumulator.Tally, ReportAccumulator> {
  private static final ImportOptions SMALL = ImportOptions.builder().maxRejectionGroups(2).maxExamplesPerReason(2)
      .build();

  @Override
  public ReportAccumulator empty() {
    return new ReportAccumulator(SMALL, r -> { });
  }

  static Arbitrary<Problem> problems() {
    return Combinators.combine(Arbitraries.of("amount", "stage", "owner", "id").optional(0.8),
        Arbitraries.of("is missing", "is not a number", "is too long", "repeats"))
        .as((column, reason) -> Problem.of(column, Optional.empty(), reason));
  }

  /** Rejections at distinct rows (as an input's are), accepted records and blank lines, shuffled. */
  @Provide
  Arbitrary<List<RowOutcome>> records() {
    Arbitrary<RowOutcome> one = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(3, problems().list().ofMinSize(1).ofMaxSize(3)
            .map(ps -> (RowOutcome) new RowOutcome.Rejected(Rejection.of(1, Optional.empty(), ps)))),
        net.jqwik.api.Tuple.of(2, Arbitraries.longs().between(1, 4).map(n -> (RowOutcome) new RowOutcome.Accepted(n))),
        net.jqwik.api.Tuple.of(1, Arbitraries.longs().between(0, 2).map(n -> (RowOutcome) new RowOutcome.Blank(n))));
    return one.list().ofMaxSize(40).map(ReportAccumulatorProperties::numberRows);
  }

  /** Gives each rejection its own row, in list order (an importer's rows are distinct). */
  private static List<RowOutcome> numberRows(List<RowOutcome> outcomes) {
    List<RowOutcome> out = new ArrayList<>();
    long row = 2;
    for (RowOutcome o : outcomes) {
      if (o instanceof RowOutcome.Rejected r) {
        out.add(new RowOutcome.Rejected(Rejection.of(row, Optional.of("R" + row), r.rejection().problems())));
      } else {
        out.add(o);
      }
      row++;
    }
    return out;
  }

  @Property
  void the_report_stays_bounded_and_counts_every_row(@ForAll("records") List<RowOutcome> records) {
    ReportAccumulator.Tally t = empty().addAll(records).result();
    assertEquals(records.stream().filter(r -> r instanceof RowOutcome.Rejected).count(), t.rejected());
    assertEquals(records.stream().mapToLong(r -> r instanceof RowOutcome.Accepted a ? a.rows() : 0).sum(),
        t.accepted());
    long ownGroups = t.rejections().stream().filter(g -> !g.otherColumns()).count();
    long reasonGroups = t.rejections().stream().filter(g -> g.otherColumns()).count();
    assertEquals(true, ownGroups <= 2 && reasonGroups <= 3, t.rejections().toString());
    t.rejections().forEach(g -> assertEquals(true, g.examples().size() <= 2));
  }

  @Test
  void pairs_past_the_limit_fold_into_their_reason_then_into_the_last_group() {
    ReportAccumulator acc = new ReportAccumulator(ImportOptions.builder().maxRejectionGroups(1)
        .maxExamplesPerReason(1).build(), r -> { });
    // (stage, missing) first, then (amount, missing) comes before it in column order and takes its place
    acc.reject(Rejection.of(2, Optional.of("D1"), List.of(Problem.of("stage", "", "is missing"))));
    acc.reject(Rejection.of(3, Optional.of("D2"), List.of(Problem.of("amount", "x", "is missing"))));
    acc.reject(Rejection.of(4, Optional.of("D3"), List.of(Problem.of("owner", "", "is missing"))));
    acc.reject(Rejection.of(5, Optional.of("D4"), List.of(Problem.of("owner", "", "is unknown"))));
    acc.reject(Rejection.of(6, Optional.of("D5"), List.of(Problem.of("amount", "y", "is missing"))));
    ReportAccumulator.Tally t = acc.result();
    // is missing (other columns): stage row 2, owner row 4; amount/is missing: rows 3, 6 (as many rows, first
    // met later); the rest: row 5
    assertEquals(List.of("|is missing|true|2|2", "amount|is missing|false|2|3",
        "|" + ReportAccumulator.OTHER + "|true|1|5"), t.rejections().stream()
        .map(g -> g.column().orElse("") + "|" + g.reason() + "|" + g.otherColumns() + "|" + g.rows() + "|"
            + g.examples().get(0).row()).collect(Collectors.toList()));
    assertEquals(5, t.rejected());
  }
}
