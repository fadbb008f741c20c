package dev.revops.handoff.protocol;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.Validation;
import dev.revops.core.period.WorkingHours;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How long the receiver has to accept or reject a handoff, in calendar time or business hours.
 *
 * <p>JSON: {@code {"respondWithin": "PT24H", "clock": "BUSINESS", "hours": {"opens": "09:00",
 * "closes": "17:00", "calendar": {"zone": "Europe/Paris", "holidays": ["2026-12-25"]}}}}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSla.class)
@JsonDeserialize(as = ImmutableSla.class)
public abstract class Sla {

  /** Only the generated implementation extends this class, so every instance is validated. */
  Sla() {}

  /**
   * The time allowed.
   *
   * @return a positive duration, counted on the clock
   */
  public abstract Duration respondWithin();

  /**
   * How time is counted.
   *
   * @return the clock
   */
  public abstract SlaClock clock();

  /**
   * The business hours a business clock counts.
   *
   * @return the hours; 09:00 to 17:00 on weekdays in UTC unless set
   */
  @Value.Default
  public WorkingHours hours() {
    return WorkingHours.builder().build();
  }

  /**
   * An SLA in calendar time.
   *
   * @param within the time allowed
   * @return the SLA
   */
  public static Sla calendar(Duration within) {
    return new Builder().respondWithin(within).clock(SlaClock.CALENDAR).build();
  }

  /**
   * An SLA in business hours.
   *
   * @param within the business time allowed
   * @param hours the business hours
   * @return the SLA
   */
  public static Sla business(Duration within, WorkingHours hours) {
    return new Builder().respondWithin(within).clock(SlaClock.BUSINESS).hours(hours).build();
  }

  /**
   * When a handoff sent at an instant is due.
   *
   * @param sent when it was sent
   * @return the deadline
   */
  public Instant deadline(Instant sent) {
    Objects.requireNonNull(sent, "sent");
    return clock() == SlaClock.CALENDAR ? sent.plus(respondWithin()) : hours().plus(sent, respondWithin());
  }

  /**
   * The time between two instants on this SLA's clock.
   *
   * @param from the start
   * @param to the end
   * @return the time counted (negative when {@code to} is before {@code from})
   */
  public Duration elapsed(Instant from, Instant to) {
    return clock() == SlaClock.CALENDAR ? Duration.between(from, to) : hours().between(from, to);
  }

  /** Builds SLAs. */
  static final class Builder extends ImmutableSla.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Validation v = Validation.of("SLA");
    v.check(respondWithin().compareTo(Duration.ZERO) > 0, "respondWithin", respondWithin(), "must be positive");
    v.throwIfInvalid();
  }

  /**
   * The SLA in words.
   *
   * @return for example {@code "24 business hours"} or {@code "90 minutes"}
   */
  @Override
  public String toString() {
    Duration d = respondWithin();
    String amount = d.toSecondsPart() == 0 && d.toMinutesPart() == 0 ? d.toHours() + " hours"
        : d.toSeconds() % 60 == 0 ? d.toMinutes() + " minutes" : d.toSeconds() + " seconds";
    return clock() == SlaClock.BUSINESS ? amount.replace(" ", " business ") : amount;
  }

  /**
   * The SLA's hours, when they count.
   *
   * @return the business hours of a business clock; empty for a calendar clock
   */
  public Optional<WorkingHours> businessHours() {
    return clock() == SlaClock.BUSINESS ? Optional.of(hours()) : Optional.empty();
  }
}
