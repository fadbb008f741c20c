package dev.revops.forecast.revenue;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.Validation;
import java.math.BigDecimal;
import java.time.Instant;
import org.immutables.value.Value;

/**
 * One milestone of an obligation recognized on milestones: its share of the obligation's amount,
 * recognized at the instant it is reached.
 *
 * <p>JSON: {@code {"id": "go-live", "at": "2026-03-31T00:00:00Z", "share": 0.4}}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableMilestone.class)
@JsonDeserialize(as = ImmutableMilestone.class)
public abstract class Milestone {

  /** Only the generated implementation extends this class, so every instance is validated. */
  Milestone() {}

  /**
   * The milestone's name.
   *
   * @return the id
   */
  public abstract String id();

  /**
   * When it is (or is expected to be) reached.
   *
   * @return the instant
   */
  public abstract Instant at();

  /**
   * Its share of the obligation.
   *
   * @return a fraction in (0, 1]; an obligation's milestones sum to 1
   */
  public abstract BigDecimal share();

  /**
   * A milestone.
   *
   * @param id its name
   * @param at when it is reached
   * @param share its share, in (0, 1]
   * @return the milestone
   */
  public static Milestone of(String id, Instant at, BigDecimal share) {
    return new Builder().id(id).at(at).share(share).build();
  }

  /** Builds milestones. */
  static final class Builder extends ImmutableMilestone.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Validation v = Validation.of("milestone " + id());
    v.text("id", id());
    ContractBounds.instant(v, "at", at());
    v.check(share().signum() > 0 && share().compareTo(BigDecimal.ONE) <= 0, "share", ContractBounds.text(share()),
        "must be more than 0 and at most 1");
    v.throwIfInvalid();
  }
}
