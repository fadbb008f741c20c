package dev.revops.handoff.lead;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.InvalidValueException;
import dev.revops.core.Validation;
import dev.revops.core.lead.LeadFunnel;
import dev.revops.core.scope.Scope;
import dev.revops.handoff.protocol.HandoffProtocol;
import java.time.Duration;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What the lead-level handoff comparison judges and counts: the scope (the as-of instant handoffs
 * are judged at), the funnel and its two steps (the one whose entry triggers the handoff, and the
 * target of the conversion compared), the protocol, and the cohort rule's window.
 *
 * <pre>{@code
 * LeadHandoffOptions options = LeadHandoffOptions.builder().scope(scope)
 *     .funnel(LeadFunnel.of(lifecycle, "MQL", "SQL", "won")).protocol(map.protocol("mql-to-sal"))
 *     .fromStep("marketingqualifiedlead").toStep("deal-won").build();
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableLeadHandoffOptions.class)
@JsonDeserialize(as = ImmutableLeadHandoffOptions.class)
public abstract class LeadHandoffOptions {
  /** Only the generated implementation extends this class, so every instance is validated. */
  LeadHandoffOptions() {}

  /**
   * What the comparison is as of: handoffs are judged at its as-of instant.
   *
   * @return the scope
   */
  public abstract Scope scope();

  /**
   * The funnel conversion is read through.
   *
   * @return the funnel
   */
  public abstract LeadFunnel funnel();

  /**
   * The protocol of the handoffs compared (MQL to SAL, say).
   *
   * @return the protocol
   */
  public abstract HandoffProtocol protocol();

  /**
   * The step whose entry triggers the handoff: the leads compared are the ones that entered it.
   *
   * @return a step id of the funnel
   */
  public abstract String fromStep();

  /**
   * The step the conversion compared goes to.
   *
   * @return a step id of the funnel, after {@link #fromStep()}
   */
  public abstract String toStep();

  /**
   * How long after entering {@link #fromStep()} a conversion counts.
   *
   * @return the window; empty for no limit
   */
  public abstract Optional<Duration> window();

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds options. */
  public static final class Builder extends ImmutableLeadHandoffOptions.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Validation v = Validation.of("lead handoff options");
    int from = index(v, "fromStep", fromStep());
    int to = index(v, "toStep", toStep());
    v.check(from < 0 || to < 0 || from < to, "toStep", toStep(), "must come after fromStep", fromStep());
    window().ifPresent(w -> v.check(!w.isNegative() && !w.isZero(), "window", w, "must be positive"));
    v.throwIfInvalid();
  }

  private int index(Validation v, String field, String step) {
    try {
      return funnel().indexOf(step);
    } catch (InvalidValueException e) {
      v.check(false, field, step, "must be a step of the funnel", funnel().toString());
      return -1;
    }
  }
}
