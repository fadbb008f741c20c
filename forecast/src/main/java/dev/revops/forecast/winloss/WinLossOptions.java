package dev.revops.forecast.winloss;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.Validation;
import dev.revops.core.deal.Deal;
import dev.revops.core.dimension.Dimension;
import dev.revops.core.dimension.OpenDimension;
import dev.revops.core.roster.CreditDate;
import dev.revops.core.roster.Roster;
import dev.revops.core.scope.Scope;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What win and loss counts: the grouping (any {@link OpenDimension}: a deal field, the account,
 * {@code attribute:NAME}, {@code level:NAME} of the roster, looked up on the named credit day); the
 * rest comes from the {@link Scope} (its as-of date: deals closed after it are left out; its period
 * kind and fiscal calendar for the close period; its example limit).
 *
 * <pre>{@code
 * WinLossOptions options = WinLossOptions.builder().scope(Scope.asOf(LocalDate.parse("2018-01-01")))
 *     .roster(roster).creditDate(CreditDate.CLOSE_DATE)
 *     .addGroupBy(OpenDimension.parse("level:manager", roster)).build();
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableWinLossOptions.class)
@JsonDeserialize(as = ImmutableWinLossOptions.class)
public abstract class WinLossOptions {
  /** Only the generated implementation extends this class, so every instance is validated. */
  WinLossOptions() {}

  /**
   * What the computation is as of.
   *
   * @return the scope
   */
  public abstract Scope scope();

  /**
   * What to group by.
   *
   * @return the dimensions; empty for overall figures only
   */
  public abstract List<OpenDimension> groupBy();

  /**
   * The sales hierarchy {@code level:NAME} dimensions are looked up in.
   *
   * @return the roster; empty unless set (grouping by a level needs one)
   */
  public abstract Optional<Roster> roster();

  /**
   * The day deals are credited to the roster on: required with a roster, so results name it.
   *
   * @return the credit date; empty without a roster
   */
  public abstract Optional<CreditDate> creditDate();

  /**
   * A new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds options. */
  public static final class Builder extends ImmutableWinLossOptions.Builder {
    Builder() {}

    /**
     * Adds fixed dimensions to group by (each as {@link OpenDimension#of}).
     *
     * <pre>{@code
     * WinLossOptions.builder().scope(scope).addGroupBy(Dimension.PRODUCT).build();
     * }</pre>
     *
     * @param dimensions the dimensions, in order
     * @return this builder
     */
    public Builder addGroupBy(Dimension... dimensions) {
      Arrays.stream(dimensions).forEach(d -> addGroupBy(OpenDimension.of(d)));
      return this;
    }

    /**
     * Adds group keys (each as the {@link OpenDimension} of the same name).
     *
     * <pre>{@code
     * WinLossOptions.builder().scope(scope).addGroupBy(GroupKey.parse("attribute:manager")).build();
     * }</pre>
     *
     * @param keys the keys, in order
     * @return this builder
     */
    public Builder addGroupBy(GroupKey... keys) {
      Arrays.stream(keys).forEach(k -> addGroupBy(k.dimension().map(OpenDimension::of)
          .orElseGet(() -> OpenDimension.parse(k.key()))));
      return this;
    }
  }

  /** A deal's values of the grouping: close period of its close date, levels on its credit day. */
  List<String> groupOf(Deal deal) {
    Optional<LocalDate> close = deal.isClosed() ? deal.closedDate() : deal.expectedCloseDate();
    return OpenDimension.groupKey(groupBy(), deal, close.map(scope()::periodOf), roster().orElse(Roster.empty()),
        creditDate().orElse(CreditDate.CLOSE_DATE).dayOf(deal, scope().asOfDate()));
  }

  @Value.Check
  void check() {
    Validation v = Validation.of("win and loss options");
    OpenDimension.check(v, groupBy(), roster(), creditDate());
    v.throwIfInvalid();
  }
}
