package dev.revops.handoff.lead;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.lead.ConversionCount;
import org.immutables.value.Value;

/**
 * The leads of one kind of handoff (met, not met... or accepted, rejected...) and their conversion
 * by the cohort rule.
 *
 * <p>JSON: {@code {"group": "MET", "count": {"entered": 40, "converted": 12, ...}}}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableLeadHandoffRow.class)
@JsonDeserialize(as = ImmutableLeadHandoffRow.class)
public abstract class LeadHandoffRow {
  /** Only the generated implementation extends this class, so every instance is validated. */
  LeadHandoffRow() {}

  /**
   * The kind of handoff: a {@link HandoffAdherence} or a handoff status name ({@code ACCEPTED},
   * {@code REJECTED}, {@code EXPIRED}, {@code WAITING}, {@code OVERDUE}, or {@code NOT_SENT}).
   *
   * @return the name
   */
  public abstract String group();

  /**
   * The leads' conversion from the trigger step to the target.
   *
   * @return the counts and rates
   */
  public abstract ConversionCount count();

  /** Builds rows (the comparison does). */
  static final class Builder extends ImmutableLeadHandoffRow.Builder {
    Builder() {}
  }
}
