package dev.revops.core.period;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.Validation;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * Business hours: the hours from {@link #opens()} to {@link #closes()} on the working days of a
 * {@link WorkingCalendar}. What an SLA of "24 business hours" counts: three working days of
 * 09:00 to 17:00.
 *
 * <pre>{@code
 * WorkingHours hours = WorkingHours.builder().calendar(WorkingCalendar.weekdays()).build();  // 09:00-17:00
 * hours.plus(Instant.parse("2026-11-20T17:00:00Z"), Duration.ofHours(24));   // Wednesday 25th, 17:00
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableWorkingHours.class)
@JsonDeserialize(as = ImmutableWorkingHours.class)
public abstract class WorkingHours {

  /** Only the generated implementation extends this class, so every instance is validated. */
  WorkingHours() {}

  /**
   * The working days and their zone.
   *
   * @return weekdays in UTC unless set
   */
  @Value.Default
  public WorkingCalendar calendar() {
    return WorkingCalendar.weekdays();
  }

  /**
   * When a working day starts, on the zone's clock.
   *
   * @return 09:00 unless set
   */
  @Value.Default
  public LocalTime opens() {
    return LocalTime.of(9, 0);
  }

  /**
   * When a working day ends, on the zone's clock.
   *
   * @return 17:00 unless set
   */
  @Value.Default
  public LocalTime closes() {
    return LocalTime.of(17, 0);
  }

  /**
   * A new builder.
   *
   * @return a builder with the defaults
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds business hours. */
  public static final class Builder extends ImmutableWorkingHours.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Validation v = Validation.of("working hours");
    v.check(opens().isBefore(closes()), "closes", closes(), "must be after opens", "opens " + opens());
    v.throwIfInvalid();
  }

  private Instant open(LocalDate d) {
    return d.atTime(opens()).atZone(calendar().zone()).toInstant();
  }

  private Instant close(LocalDate d) {
    return d.atTime(closes()).atZone(calendar().zone()).toInstant();
  }

  /**
   * The business time between two instants.
   *
   * @param from the start
   * @param to the end
   * @return the time within business hours; negative when {@code to} is before {@code from}
   */
  public Duration between(Instant from, Instant to) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (to.isBefore(from)) {
      return between(to, from).negated();
    }
    LocalDate first = LocalDate.ofInstant(from, calendar().zone());
    LocalDate last = LocalDate.ofInstant(to, calendar().zone());
    Duration total = Duration.ZERO;
    for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
      if (!d.equals(first) && !d.equals(last) && d.plusDays(1).isBefore(last)) {
        // the whole days in between, at once
        long days = calendar().workingDaysBetween(d, last);
        total = total.plus(Duration.between(opens(), closes()).multipliedBy(days));
        d = last.minusDays(1);
        continue;
      }
      if (calendar().isWorkingDay(d)) {
        Instant start = max(from, open(d));
        Instant end = min(to, close(d));
        if (end.isAfter(start)) {
          total = total.plus(Duration.between(start, end));
        }
      }
    }
    return total;
  }

  /**
   * The instant an amount of business time after another: an SLA's deadline.
   *
   * @param from the start (outside business hours, counting starts at the next opening)
   * @param time business time, not negative
   * @return the instant the time is used up
   */
  public Instant plus(Instant from, Duration time) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(time, "time");
    if (time.isNegative()) {
      throw new IllegalArgumentException("business time must not be negative, was " + time);
    }
    Duration left = time;
    LocalDate d = LocalDate.ofInstant(from, calendar().zone());
    Instant at = from;
    while (true) {
      if (calendar().isWorkingDay(d)) {
        Instant start = max(at, open(d));
        Instant end = close(d);
        if (end.isAfter(start)) {
          Duration today = Duration.between(start, end);
          if (left.compareTo(today) <= 0) {
            return start.plus(left);
          }
          left = left.minus(today);
        }
      }
      d = d.plusDays(1);
      at = d.atStartOfDay(calendar().zone()).toInstant();
    }
  }

  private static Instant max(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }

  private static Instant min(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }
}
