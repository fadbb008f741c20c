package dev.revops.forecast.winloss;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.metric.Provenance;
import java.util.List;
import org.immutables.value.Value;

/**
 * Win and loss overall and per group, with its provenance.
 *
 * <pre>{@code
 * WinLossResult r = winLoss.result();
 * r.overall().winRate();   // Optional[0.6315]
 * r.groups().get(0).group(); // {attribute:manager=Cara Losch}
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableWinLossResult.class)
@JsonDeserialize(as = ImmutableWinLossResult.class)
public abstract class WinLossResult {
  /** Only the generated implementation extends this class. */
  WinLossResult() {}

  /**
   * The options it was computed with.
   *
   * @return the options
   */
  public abstract WinLossOptions options();

  /**
   * All deals counted.
   *
   * @return the overall row
   */
  public abstract WinLossRow overall();

  /**
   * One row per group, in order of the group values; empty without grouping.
   *
   * @return the rows
   */
  public abstract List<WinLossRow> groups();

  /**
   * Definition, as-of, deals counted and deals left out (closed after the as-of date) by reason.
   *
   * @return the provenance
   */
  public abstract Provenance provenance();

  /** Builds results (win and loss does). */
  static final class Builder extends ImmutableWinLossResult.Builder {
    Builder() {}
  }
}
