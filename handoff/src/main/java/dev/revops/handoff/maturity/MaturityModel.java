package dev.revops.handoff.maturity;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.Validation;
import dev.revops.core.definition.DefinitionRef;
import java.math.BigDecimal;
import java.util.List;
import org.immutables.value.Value;

/**
 * The rules of the maturity stages as one versioned definition (data, JSON): the thresholds the
 * measured facts are held against. A change of a threshold is a new version.
 *
 * <ul>
 *   <li>documented: the protocol is in the handoff map with at least one payload field; overall,
 *       at most {@link #maxUndocumentedShare()} of the handoffs were sent under no protocol of the
 *       map;
 *   <li>systematic: at least {@link #minHandoffs()} handoffs sent; payload completion rate at least
 *       {@link #minPayloadCompleteness()}; SLA attainment at least {@link #minSlaAttainment()}; and,
 *       when {@link #gateRequired()}, the protocol is triggered by entering a stage, so the stage
 *       gate refuses the move while its payload is incomplete;
 *   <li>optimized: the outcome link of the protocol is measured (at least {@link
 *       #minDealsPerGroup()} deals with a known outcome among complete and among incomplete
 *       handoffs) and the share of {@link #goodOutcomes()} among complete handoffs exceeds that
 *       among incomplete ones by at least {@link #minOutcomeDifference()}.
 * </ul>
 *
 * <pre>{@code
 * MaturityModel model = MaturityModel.standard();          // handoff-maturity@1
 * MaturityModel strict = MaturityModel.builder().id("handoff-maturity").version(2)
 *     .maxUndocumentedShare(new BigDecimal("0.02")).minHandoffs(50)
 *     .minPayloadCompleteness(new BigDecimal("0.95")).minSlaAttainment(new BigDecimal("0.90"))
 *     .gateRequired(true).minDealsPerGroup(30).addGoodOutcomes("renewed")
 *     .minOutcomeDifference(new BigDecimal("0.10")).build();
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableMaturityModel.class)
@JsonDeserialize(as = ImmutableMaturityModel.class)
public abstract class MaturityModel {

  /** Only the generated implementation extends this class, so every instance is validated. */
  MaturityModel() {}

  /**
   * The model's id.
   *
   * @return the id, for example {@code "handoff-maturity"}
   */
  public abstract String id();

  /**
   * Its version.
   *
   * @return 1 or more
   */
  public abstract int version();

  /**
   * The largest share of handoffs sent under no protocol of the map for the whole to be more than
   * tribal.
   *
   * @return a share from 0 to 1
   */
  public abstract BigDecimal maxUndocumentedShare();

  /**
   * Handoffs a protocol must have sent for its compliance to count as measured.
   *
   * @return 1 or more
   */
  public abstract long minHandoffs();

  /**
   * The lowest payload completion rate (complete payloads / handoffs sent) of a systematic protocol.
   *
   * @return a share from 0 to 1
   */
  public abstract BigDecimal minPayloadCompleteness();

  /**
   * The lowest SLA attainment (answered in time / judged) of a systematic protocol.
   *
   * @return a share from 0 to 1
   */
  public abstract BigDecimal minSlaAttainment();

  /**
   * Whether a systematic protocol must be gated: triggered by entering a stage, whose gate refuses
   * the move while the payload is incomplete. Protocols triggered by an event cannot be gated.
   *
   * @return true when a gate is required
   */
  public abstract boolean gateRequired();

  /**
   * Deals with a known outcome needed in each group (complete, incomplete) for the outcome link to
   * count as measured.
   *
   * @return 1 or more
   */
  public abstract long minDealsPerGroup();

  /**
   * The outcomes that count as good, for example {@code healthy} and {@code renewed}.
   *
   * @return at least one label
   */
  public abstract List<String> goodOutcomes();

  /**
   * The smallest difference, complete minus incomplete, in the share of good outcomes for the link
   * to show a difference.
   *
   * @return a difference of shares, from 0 to 1
   */
  public abstract BigDecimal minOutcomeDifference();

  /**
   * The model's reference.
   *
   * @return id and version
   */
  public DefinitionRef ref() {
    return DefinitionRef.of(id(), version());
  }

  /**
   * The standard model, {@code handoff-maturity@1}: at most 5% of handoffs outside the map; at least
   * 20 handoffs, 90% complete payloads and 85% SLA attainment, gated; at least 10 deals with an
   * outcome per group and 5 points more good outcomes ({@code healthy}, {@code renewed}) after
   * complete handoffs.
   *
   * @return the model
   */
  public static MaturityModel standard() {
    return builder().id("handoff-maturity").version(1).maxUndocumentedShare(new BigDecimal("0.05"))
        .minHandoffs(20).minPayloadCompleteness(new BigDecimal("0.90")).minSlaAttainment(new BigDecimal("0.85"))
        .gateRequired(true).minDealsPerGroup(10).addGoodOutcomes("healthy", "renewed")
        .minOutcomeDifference(new BigDecimal("0.05")).build();
  }

  /**
   * A new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds models. */
  public static final class Builder extends ImmutableMaturityModel.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Validation v = Validation.of("maturity model " + id());
    v.text("id", id());
    v.check(version() >= 1, "version", version(), "must be at least 1");
    share(v, "maxUndocumentedShare", maxUndocumentedShare());
    share(v, "minPayloadCompleteness", minPayloadCompleteness());
    share(v, "minSlaAttainment", minSlaAttainment());
    share(v, "minOutcomeDifference", minOutcomeDifference());
    v.check(minHandoffs() >= 1, "minHandoffs", minHandoffs(), "must be at least 1");
    v.check(minDealsPerGroup() >= 1, "minDealsPerGroup", minDealsPerGroup(), "must be at least 1");
    v.check(!goodOutcomes().isEmpty(), "goodOutcomes", goodOutcomes(), "must name at least one outcome");
    goodOutcomes().forEach(o -> v.text("goodOutcomes", o));
    v.throwIfInvalid();
  }

  private static void share(Validation v, String field, BigDecimal value) {
    v.check(value.signum() >= 0 && value.compareTo(BigDecimal.ONE) <= 0, field, value, "must be from 0 to 1");
  }
}
