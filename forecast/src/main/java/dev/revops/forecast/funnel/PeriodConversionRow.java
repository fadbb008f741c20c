package dev.revops.forecast.funnel;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.Validation;
import dev.revops.core.lead.ConversionCount;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.SortedMap;
import org.immutables.value.Value;

/**
 * The period rule for one conversion of one group in one period: entries into {@link #from()} in
 * the period, conversions to {@link #to()} in the period (whenever those leads entered), and their
 * ratio, which may exceed 1.
 *
 * <p>JSON: {@code {"group": {}, "from": "lead", "to": "marketingqualifiedlead", "period":
 * "2026-03", "entries": 40, "conversions": 46, "rate": 1.1500, "exceedsOne": true}}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePeriodConversionRow.class)
@JsonDeserialize(as = ImmutablePeriodConversionRow.class)
public abstract class PeriodConversionRow {
  /** Only the generated implementation extends this class, so every instance is validated. */
  PeriodConversionRow() {}

  /**
   * The group: dimension key to value.
   *
   * @return the group; empty without grouping
   */
  @Value.NaturalOrder
  public abstract SortedMap<String, String> group();

  /**
   * The step converted from.
   *
   * @return its id
   */
  public abstract String from();

  /**
   * The step converted to (reaching a later step of its kind counts too: a later lifecycle stage, or the won deal for the deal step).
   *
   * @return its id
   */
  public abstract String to();

  /**
   * The period, by its label.
   *
   * @return the label; empty for the whole span
   */
  public abstract Optional<String> period();

  /**
   * Leads that entered {@link #from()} in the period.
   *
   * @return the count
   */
  public abstract long entries();

  /**
   * Leads that converted in the period, whenever they entered {@link #from()}.
   *
   * @return the count
   */
  public abstract long conversions();

  /**
   * Conversions over entries, 4 decimals half-even.
   *
   * @return the ratio, possibly above 1; empty without entries
   */
  public abstract Optional<BigDecimal> rate();

  /**
   * Whether conversions exceed entries (the rate is above 100%, or there were conversions and no
   * entries): the period rule says so rather than capping.
   *
   * @return true when conversions exceed entries
   */
  public abstract boolean exceedsOne();

  /** Builds rows (the funnel does). */
  static final class Builder extends ImmutablePeriodConversionRow.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Validation v = Validation.of("period conversion " + from() + " -> " + to());
    v.check(entries() >= 0 && conversions() >= 0, "counts", entries() + "/" + conversions(), "must not be negative");
    v.check(rate().equals(ConversionCount.rate(conversions(), entries())), "rate", rate().orElse(null),
        "must be conversions / entries, 4 decimals half-even");
    v.check(exceedsOne() == (conversions() > entries()), "exceedsOne", exceedsOne(),
        "must say whether conversions exceed entries");
    v.throwIfInvalid();
  }
}
