package dev.revops.forecast.conversion;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.Validation;
import dev.revops.core.deal.Deal;
import dev.revops.core.dimension.Dimension;
import dev.revops.core.dimension.OpenDimension;
import dev.revops.core.roster.CreditDate;
import dev.revops.core.roster.Roster;
import dev.revops.core.scope.Scope;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Which closed deals a conversion model learns from, and how; what the computation is as of and in
 * comes from the {@link Scope}.
 *
 * <ul>
 *   <li>Deals closed before the scope's as-of instant, and on or after {@link #since()} (the start of
 *       that day in the scope's zone) when set.</li>
 *   <li>With a {@link #halfLifeDays() half-life}, a deal closed h days before the as-of date
 *       weighs 0.5^(h / half-life); weights are kept to 9 decimals so that sums stay exact.</li>
 *   <li>Each probability is smoothed toward the stage's default probability with a Beta prior of
 *       {@link #priorStrength()} pseudo-deals: (n x p + k x p0) / (n + k); its interval is the
 *       central {@link #intervalLevel()} of that Beta posterior.</li>
 *   <li>With {@link #segmentBy()}, a model per value of any {@link OpenDimension} (a deal field,
 *       the account, {@code attribute:NAME}, or {@code level:NAME} of the {@linkplain #roster()
 *       roster}, looked up on the day the deal is {@linkplain #creditDate() credited}); a segment
 *       with fewer than {@link #minDeals()} closed deals uses the overall estimates, and says so.
 *       A saved model carries these options, roster included, so it names what it was grouped by
 *       and looks deals up the same way wherever it is read back.</li>
 * </ul>
 *
 * <p>Of the scope, conversion uses: the as-of instant, the zone (for {@link #since()} and the
 * hold-out's dates), the definitions read under and the example limit. It does not use the period
 * kind, the calendars or the reporting currency.
 *
 * <pre>{@code
 * ConversionOptions options = ConversionOptions.builder().scope(Scope.asOf(LocalDate.parse("2026-10-01")))
 *     .halfLifeDays(180).segmentBy(Dimension.SEGMENT).build();
 * ConversionOptions byManager = ConversionOptions.builder().scope(scope).roster(roster)
 *     .creditDate(CreditDate.CLOSE_DATE).segmentBy(OpenDimension.parse("level:manager", roster)).build();
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableConversionOptions.class)
@JsonDeserialize(as = ImmutableConversionOptions.class)
public abstract class ConversionOptions {

  /** Only the generated implementation extends this class, so every instance is validated. */
  ConversionOptions() {}

  /**
   * What the computation is as of and in: the as-of instant, the zone, the definitions read under
   * and the example limit.
   *
   * @return the scope
   */
  public abstract Scope scope();

  /**
   * The first closed date learned from.
   *
   * @return the look-back start; empty for all history
   */
  public abstract Optional<LocalDate> since();

  /**
   * The age at which a closed deal weighs half.
   *
   * @return days; empty for no decay
   */
  public abstract Optional<Integer> halfLifeDays();

  /**
   * The prior's weight in pseudo-deals.
   *
   * @return 10 unless set; 0 for no smoothing
   */
  @Value.Default
  public BigDecimal priorStrength() {
    return BigDecimal.TEN;
  }

  /**
   * The share of the posterior the interval covers.
   *
   * @return 0.9 unless set
   */
  @Value.Default
  public BigDecimal intervalLevel() {
    return new BigDecimal("0.9");
  }

  /**
   * The dimension models are segmented by: a deal field, {@code account}, {@code attribute:NAME} or
   * {@code level:NAME} of the roster. In JSON its name ({@code "segment"} as before for the fixed
   * dimensions, so models saved before read back unchanged).
   *
   * @return the dimension; empty for one model
   */
  public abstract Optional<OpenDimension> segmentBy();

  /**
   * The sales hierarchy a {@code level:NAME} segment is looked up in.
   *
   * @return the roster; empty unless set (segmenting by a level needs one)
   */
  public abstract Optional<Roster> roster();

  /**
   * The day a deal is credited to the roster on: required with a roster, so models name it.
   *
   * @return the credit date; empty without a roster
   */
  public abstract Optional<CreditDate> creditDate();

  /**
   * The fewest closed deals a segment needs for its own estimates.
   *
   * @return 30 unless set
   */
  @Value.Default
  public int minDeals() {
    return 30;
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
  public static final class Builder extends ImmutableConversionOptions.Builder {
    Builder() {}

    /**
     * Segments by a fixed dimension (as {@link OpenDimension#of}).
     *
     * <pre>{@code
     * ConversionOptions.builder().scope(scope).segmentBy(Dimension.SEGMENT).build();
     * }</pre>
     *
     * @param dimension the dimension
     * @return this builder
     */
    public Builder segmentBy(Dimension dimension) {
      segmentBy(OpenDimension.of(dimension));
      return this;
    }
  }

  /**
   * A deal's segment: its value of {@link #segmentBy()}, the close period from its closed date if
   * closed, else its expected close date; a level looked up on its credit day.
   *
   * <pre>{@code
   * options.segmentOf(deal);   // "bo" when segmented by level:manager and bo manages the owner
   * }</pre>
   *
   * @param deal the deal
   * @return the value, or {@value Dimension#NONE}; empty when the options are not segmented
   */
  public Optional<String> segmentOf(Deal deal) {
    if (segmentBy().isEmpty()) {
      return Optional.empty();
    }
    OpenDimension d = segmentBy().get();
    Optional<LocalDate> close = deal.isClosed() ? deal.closedDate() : deal.expectedCloseDate();
    return Optional.of(d.valueOf(deal, close.map(day -> scope().periodOf(day)), roster().orElse(Roster.empty()),
        creditDate().orElse(CreditDate.CLOSE_DATE).dayOf(deal, scope().asOfDate())));
  }

  /**
   * The scope's as-of instant.
   *
   * @return the as-of instant
   */
  @JsonIgnore
  public Instant asOfInstant() {
    return scope().asOf();
  }

  @Value.Check
  void check() {
    Validation v = Validation.of("conversion options");
    since().ifPresent(s -> v.check(s.isBefore(scope().asOfDate()), "since", s, "must be before the as-of date",
        "as of " + scope().asOfDate()));
    halfLifeDays().ifPresent(h -> v.check(h > 0, "halfLifeDays", h, "must be positive"));
    v.check(priorStrength().signum() >= 0, "priorStrength", priorStrength(), "must not be negative");
    v.check(intervalLevel().signum() > 0 && intervalLevel().compareTo(BigDecimal.ONE) < 0, "intervalLevel",
        intervalLevel(), "must be between 0 and 1, exclusive");
    OpenDimension.check(v, segmentBy().map(List::of).orElse(List.of()), roster(), creditDate());
    v.check(minDeals() >= 0, "minDeals", minDeals(), "must not be negative");
    v.throwIfInvalid();
  }
}
