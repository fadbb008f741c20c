package dev.revops.forecast.revenue;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.Validation;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * How an obligation's amount becomes revenue: all at a point in time, ratably over its service
 * period by a {@link RatableConvention}, or on milestones.
 *
 * <pre>{@code
 * RecognitionPattern.ratable(RatableConvention.WHOLE_DAYS)
 * RecognitionPattern.pointInTime()                       // at the service start
 * RecognitionPattern.milestones(List.of(Milestone.of("design", designDone, new BigDecimal("0.4")), ...))
 * }</pre>
 *
 * <p>JSON: {@code {"kind": "RATABLE", "convention": "WHOLE_DAYS"}}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRecognitionPattern.class)
@JsonDeserialize(as = ImmutableRecognitionPattern.class)
public abstract class RecognitionPattern {

  /** The kinds of pattern. */
  public enum Kind {
    /** All at one instant: control passes at once (a licence, hardware, a one-off service). */
    POINT_IN_TIME,
    /** Spread over the service period (a subscription, support). */
    RATABLE,
    /** In shares, as milestones are reached (an implementation project). */
    MILESTONES
  }

  /** Only the generated implementation extends this class, so every instance is validated. */
  RecognitionPattern() {}

  /**
   * The kind.
   *
   * @return the kind
   */
  public abstract Kind kind();

  /**
   * The convention of a ratable pattern.
   *
   * @return the convention; empty for other kinds
   */
  public abstract Optional<RatableConvention> convention();

  /**
   * When a point-in-time obligation is recognized.
   *
   * @return the instant; empty for the start of its service period (and for other kinds)
   */
  public abstract Optional<Instant> at();

  /**
   * The milestones of a milestone pattern, in time order.
   *
   * @return the milestones, whose shares sum to 1; empty for other kinds
   */
  public abstract List<Milestone> milestones();

  /**
   * All at the start of the service period.
   *
   * @return the pattern
   */
  public static RecognitionPattern pointInTime() {
    return new Builder().kind(Kind.POINT_IN_TIME).build();
  }

  /**
   * All at an instant.
   *
   * @param at when control passes
   * @return the pattern
   */
  public static RecognitionPattern pointInTime(Instant at) {
    return new Builder().kind(Kind.POINT_IN_TIME).at(at).build();
  }

  /**
   * Spread over the service period.
   *
   * @param convention how
   * @return the pattern
   */
  public static RecognitionPattern ratable(RatableConvention convention) {
    return new Builder().kind(Kind.RATABLE).convention(convention).build();
  }

  /**
   * On milestones.
   *
   * @param milestones in any order; their shares sum to 1
   * @return the pattern
   */
  public static RecognitionPattern milestones(List<Milestone> milestones) {
    return new Builder().kind(Kind.MILESTONES).addAllMilestones(milestones.stream()
        .sorted(java.util.Comparator.comparing(Milestone::at)).toList()).build();
  }

  /** Builds patterns. */
  static final class Builder extends ImmutableRecognitionPattern.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Validation v = Validation.of("recognition pattern");
    v.check(convention().isPresent() == (kind() == Kind.RATABLE), "convention", convention().orElse(null),
        "must be set for a ratable pattern and only then");
    v.check(at().isEmpty() || kind() == Kind.POINT_IN_TIME, "at", at().orElse(null),
        "is only for a point-in-time pattern");
    v.check(milestones().isEmpty() != (kind() == Kind.MILESTONES), "milestones", milestones().size(),
        "must be given for a milestone pattern and only then");
    ContractBounds.count(v, "milestones", milestones().size(), ContractBounds.MAX_MILESTONES, "milestones");
    if (milestones().size() <= ContractBounds.MAX_MILESTONES) {
      milestones().forEach(m -> ContractBounds.decimals(v, "milestones." + m.id() + ".share", m.share()));
    }
    if (kind() == Kind.MILESTONES && !milestones().isEmpty() && !v.hasViolations()) {
      BigDecimal total = milestones().stream().map(Milestone::share).reduce(BigDecimal.ZERO, BigDecimal::add);
      v.check(total.compareTo(BigDecimal.ONE) == 0, "milestones", total.toPlainString(), "must have shares summing to 1");
      Set<String> ids = new HashSet<>();
      milestones().forEach(m -> v.check(ids.add(m.id()), "milestones", m.id(), "must have unique ids"));
      for (int i = 1; i < milestones().size(); i++) {
        v.check(!milestones().get(i).at().isBefore(milestones().get(i - 1).at()), "milestones",
            milestones().get(i).id(), "must be in time order");
      }
    }
    v.throwIfInvalid();
  }
}
