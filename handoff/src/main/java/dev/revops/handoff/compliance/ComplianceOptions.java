package dev.revops.handoff.compliance;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.Validation;
import dev.revops.core.period.FiscalCalendar;
import dev.revops.core.period.PeriodKind;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.immutables.value.Value;

/** How compliance groups handoffs by period, and how many overdue handoffs it lists. */
@Value.Immutable
@JsonSerialize(as = ImmutableComplianceOptions.class)
@JsonDeserialize(as = ImmutableComplianceOptions.class)
public abstract class ComplianceOptions {

  /** Only the generated implementation extends this class, so every instance is validated. */
  ComplianceOptions() {}

  /**
   * The periods handoffs are grouped by (by when they were sent).
   *
   * @return a month unless set
   */
  @Value.Default
  public PeriodKind periodKind() {
    return PeriodKind.MONTH;
  }

  /**
   * Where quarters and fiscal years start.
   *
   * @return the calendar year unless set
   */
  @Value.Default
  public FiscalCalendar calendar() {
    return FiscalCalendar.calendarYear();
  }

  /**
   * The zone dates are taken in.
   *
   * @return UTC unless set
   */
  @Value.Default
  public ZoneId zone() {
    return ZoneOffset.UTC;
  }

  /**
   * How many overdue handoffs the result lists, most overdue first.
   *
   * @return 20 unless set
   */
  @Value.Default
  public int maxListed() {
    return 20;
  }

  /**
   * The defaults.
   *
   * @return monthly, UTC, 20 listed
   */
  public static ComplianceOptions defaults() {
    return builder().build();
  }

  /**
   * A new builder.
   *
   * @return a builder with the defaults
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds options. */
  public static final class Builder extends ImmutableComplianceOptions.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Validation v = Validation.of("compliance options");
    v.check(maxListed() >= 0, "maxListed", maxListed(), "must not be negative");
    v.throwIfInvalid();
  }
}
