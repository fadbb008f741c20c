package dev.revops.forecast.pipeline;

import dev.revops.core.dimension.Dimension;
import dev.revops.core.period.PeriodKind;
import dev.revops.core.scope.Scope;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/** The scopes and options tests build most: as of a date in UTC, in calendar quarters. */
final class PipelineTestScopes {
  static final LocalDate AS_OF = LocalDate.parse("2026-10-01");

  private PipelineTestScopes() {}

  /** A scope as of the start of {@code asOf} in UTC, in calendar quarters, to finish building. */
  static Scope.Builder quarters(LocalDate asOf) {
    return in(asOf, PeriodKind.QUARTER);
  }

  /** A scope as of the start of {@code asOf} in UTC, in periods of {@code kind}, to finish building. */
  static Scope.Builder in(LocalDate asOf, PeriodKind kind) {
    Scope.Builder b = Scope.builder();
    b.asOf(asOf, ZoneOffset.UTC).periodKind(kind);
    return b;
  }

  /** Options as of 2026-10-01 in calendar quarters, grouped as given. */
  static PipelineOptions options(Dimension... groupBy) {
    return PipelineOptions.builder().scope(quarters(AS_OF).build()).addGroupBy(groupBy).build();
  }
}
