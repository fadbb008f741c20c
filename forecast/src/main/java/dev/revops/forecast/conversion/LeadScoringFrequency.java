package dev.revops.forecast.conversion;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.Validation;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One row of Odoo's lead scoring frequency table ({@code crm.lead.scoring.frequency}): how many
 * won and lost deals of a team had one value of one field. Odoo stores each count plus 0.1 (its
 * smoothing); this row holds the count, and the model adds the 0.1.
 *
 * <p>JSON: {@code {"team": "EMEA", "field": "source", "value": "Web", "won": 3, "lost": 1}}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableLeadScoringFrequency.class)
@JsonDeserialize(as = ImmutableLeadScoringFrequency.class)
public abstract class LeadScoringFrequency {

  /** Only the generated implementation extends this class, so every instance is validated. */
  LeadScoringFrequency() {}

  /**
   * The team the row counts for.
   *
   * @return the team; empty for deals without one (Odoo's rows without a team)
   */
  public abstract Optional<String> team();

  /**
   * The field: {@code stage}, or a deal field path such as {@code source} or
   * {@code attributes.country}.
   *
   * @return the field
   */
  public abstract String field();

  /**
   * The value.
   *
   * @return for example a stage id or {@code Web}
   */
  public abstract String value();

  /**
   * Won deals with the value (weighted when the counts decay by age).
   *
   * @return the count, without Odoo's 0.1
   */
  public abstract BigDecimal won();

  /**
   * Lost deals with the value.
   *
   * @return the count, without Odoo's 0.1
   */
  public abstract BigDecimal lost();

  /** Builds rows (the counts do; public for JSON). */
  public static final class Builder extends ImmutableLeadScoringFrequency.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Validation v = Validation.of("lead scoring frequency " + field() + "=" + value());
    v.check(won().signum() >= 0, "won", won(), "must not be negative");
    v.check(lost().signum() >= 0, "lost", lost(), "must not be negative");
    v.throwIfInvalid();
  }
}
