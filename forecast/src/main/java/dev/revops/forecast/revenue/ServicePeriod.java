package dev.revops.forecast.revenue;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.Validation;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.immutables.value.Value;

/**
 * When a performance obligation is delivered: from a start instant, inclusive, to an end instant,
 * exclusive, at most {@value ContractBounds#MAX_SERVICE_YEARS} years long, within the
 * {@link ContractBounds}. Made from dates, it says whether the last date is part of it: 2026-01-01 to
 * 2026-12-31 inclusive is the same period as 2026-01-01 to 2027-01-01 exclusive.
 *
 * <pre>{@code
 * ServicePeriod year = ServicePeriod.ofDates(LocalDate.parse("2026-01-01"), LocalDate.parse("2026-12-31"),
 *     true, ZoneOffset.UTC);   // 365 days
 * }</pre>
 *
 * <p>JSON: {@code {"start": "2026-01-01T00:00:00Z", "end": "2027-01-01T00:00:00Z"}}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableServicePeriod.class)
@JsonDeserialize(as = ImmutableServicePeriod.class)
public abstract class ServicePeriod {

  /** Only the generated implementation extends this class, so every instance is validated. */
  ServicePeriod() {}

  /**
   * The first instant of service.
   *
   * @return the start, inclusive
   */
  public abstract Instant start();

  /**
   * The instant service ends.
   *
   * @return the end, exclusive
   */
  public abstract Instant end();

  /**
   * A period between two instants.
   *
   * @param start the start, inclusive
   * @param end the end, exclusive, after the start
   * @return the period
   */
  public static ServicePeriod of(Instant start, Instant end) {
    return new Builder().start(start).end(end).build();
  }

  /**
   * A period between two dates, each day starting at midnight in the zone.
   *
   * @param start the first day
   * @param end the last day (inclusive) or the day after the last (exclusive)
   * @param endInclusive whether {@code end} is a day of service
   * @param zone the zone days start in
   * @return the period
   */
  public static ServicePeriod ofDates(LocalDate start, LocalDate end, boolean endInclusive, ZoneId zone) {
    return of(start.atStartOfDay(zone).toInstant(), (endInclusive ? end.plusDays(1) : end).atStartOfDay(zone)
        .toInstant());
  }

  /**
   * How long the service lasts.
   *
   * @return the duration, positive
   */
  public Duration length() {
    return Duration.between(start(), end());
  }

  /**
   * This period with another end.
   *
   * @param end the new end, after the start
   * @return the period
   */
  public ServicePeriod endingAt(Instant end) {
    return of(start(), end);
  }

  /** Builds periods. */
  static final class Builder extends ImmutableServicePeriod.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Validation v = Validation.of("service period");
    ContractBounds.instant(v, "start", start());
    ContractBounds.instant(v, "end", end());
    v.check(end().isAfter(start()), "end", end(), "must be after start", "start is " + start());
    if (ContractBounds.within(start())) {
      v.check(!end().isAfter(ContractBounds.latestEnd(start())), "end", end(), "must be at most "
          + ContractBounds.MAX_SERVICE_YEARS + " years after the start (contract bounds)", "start is " + start());
    }
    v.throwIfInvalid();
  }

  @Override
  public String toString() {
    return start() + "/" + end();
  }
}
