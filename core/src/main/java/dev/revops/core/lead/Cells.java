package dev.revops.core.lead;

import dev.revops.core.io.CsvRow;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/** Reading one row's values through candidate columns, missing-value markers and a date pattern. */
final class Cells {
  private final CsvRow row;
  private final List<String> missing;
  private final DateTimeFormatter pattern;
  private final ZoneId zone;

  Cells(CsvRow row, List<String> missing, Optional<String> datePattern, ZoneId zone) {
    this.row = row;
    this.missing = missing;
    this.pattern = datePattern.map(DateTimeFormatter::ofPattern).orElse(null);
    this.zone = zone;
  }

  /** The first candidate the row's header has, if any. */
  Optional<String> column(List<String> candidates) {
    for (String c : candidates) {
      if (row.has(c)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  /** The value of the first candidate column; empty when blank, a missing marker or no column. */
  Optional<String> text(List<String> candidates) {
    return column(candidates).flatMap(this::text);
  }

  Optional<String> text(String column) {
    return row.get(column).filter(v -> !missing.contains(v));
  }

  /** A required text: a problem when absent. */
  Optional<String> require(List<String> candidates, String field) {
    Optional<String> v = text(candidates);
    if (v.isEmpty()) {
      row.problem(column(candidates).orElse(field), "is required");
    }
    return v;
  }

  /** An instant of the first candidate column; a problem when the value is not one. */
  Optional<Instant> instant(List<String> candidates) {
    Optional<String> column = column(candidates);
    Optional<String> raw = column.flatMap(this::text);
    if (raw.isEmpty()) {
      return Optional.empty();
    }
    if (pattern != null) {
      Optional<Instant> patterned = patterned(raw.get());
      if (patterned.isPresent()) {
        return patterned;
      }
    }
    return row.instant(column.get(), zone);
  }

  private Optional<Instant> patterned(String raw) {
    try {
      return Optional.of(LocalDateTime.parse(raw, pattern).atZone(zone).toInstant());
    } catch (DateTimeException e) {
      try {
        return Optional.of(LocalDate.parse(raw, pattern).atStartOfDay(zone).toInstant());
      } catch (DateTimeException e2) {
        return Optional.empty();
      }
    }
  }

  /** A flag: true/false or 1/0, any case; a problem when it is neither. */
  Optional<Boolean> flag(List<String> candidates) {
    Optional<String> column = column(candidates);
    Optional<String> raw = column.flatMap(this::text);
    if (raw.isEmpty()) {
      return Optional.empty();
    }
    String v = raw.get();
    if (v.equalsIgnoreCase("true") || v.equals("1")) {
      return Optional.of(true);
    }
    if (v.equalsIgnoreCase("false") || v.equals("0")) {
      return Optional.of(false);
    }
    row.problem(column.get(), "is not a flag (true or false, 1 or 0)");
    return Optional.empty();
  }
}
