package dev.revops.forecast.winloss;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.scope.Scope;
import java.util.List;
import org.immutables.value.Value;

/**
 * What win and loss counts: the grouping; the rest comes from the {@link Scope} (its as-of date:
 * deals closed after it are left out; its example limit).
 *
 * <pre>{@code
 * WinLossOptions options = WinLossOptions.builder().scope(Scope.asOf(LocalDate.parse("2018-01-01")))
 *     .addGroupBy(GroupKey.parse("attribute:manager")).build();
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
   * @return the keys; empty for overall figures only
   */
  public abstract List<GroupKey> groupBy();

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
  }
}
