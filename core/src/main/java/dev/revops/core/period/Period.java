package dev.revops.core.period;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.Validation;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * One reporting period: a kind, a first day, the day after its last day, and a label.
 *
 * <p>Periods come from a {@link FiscalCalendar}, which decides where quarters and years start and
 * how they are labelled. They order by start, then by length.
 *
 * <p>JSON: {@code {"kind": "QUARTER", "start": "2026-10-01", "end": "2027-01-01", "label": "2026-Q4"}}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePeriod.class)
@JsonDeserialize(as = ImmutablePeriod.class)
public abstract class Period implements Comparable<Period> {
  private static final Comparator<Period> ORDER =
      Comparator.comparing(Period::start).thenComparing(Period::end).thenComparing(Period::kind);

  /** Only the generated implementation extends this class, so every instance is validated. */
  Period() {}

  /**
   * The period's length.
   *
   * @return month, quarter or fiscal year
   */
  public abstract PeriodKind kind();

  /**
   * The first day.
   *
   * @return the first day, inclusive
   */
  public abstract LocalDate start();

  /**
   * The day after the last day.
   *
   * @return the end, exclusive
   */
  public abstract LocalDate end();

  /**
   * The label people use.
   *
   * @return for example {@code 2026-11}, {@code 2026-Q4}, {@code FY2027-Q1} or {@code FY2027}
   */
  public abstract String label();

  static Period of(PeriodKind kind, LocalDate start, LocalDate end, String label) {
    return new Builder().kind(kind).start(start).end(end).label(label).build();
  }

  /** Builds periods (calendars do). */
  static final class Builder extends ImmutablePeriod.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Validation v = Validation.of("period " + label());
    v.text("label", label());
    v.check(end().isAfter(start()), "end", end(), "must be after start", "start is " + start());
    v.throwIfInvalid();
  }

  /**
   * Whether a date falls in this period.
   *
   * @param date a date
   * @return true when {@code start <= date < end}
   */
  public boolean contains(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return !date.isBefore(start()) && date.isBefore(end());
  }

  /**
   * Orders by start, then end, then kind.
   *
   * @param other another period
   * @return negative, zero or positive
   */
  @Override
  public int compareTo(Period other) {
    return ORDER.compare(this, other);
  }

  /**
   * The label.
   *
   * @return {@link #label()}
   */
  @Override
  public String toString() {
    return label();
  }
}
