package dev.revops.handoff.compliance;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.Validation;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Optional;
import java.util.SortedMap;
import org.immutables.value.Value;

/**
 * The compliance of a group of handoffs (a protocol, a pair of teams, a period): how many were
 * sent and where each stands (every handoff in exactly one status), how complete their payloads
 * were, how often the SLA was met, how long acceptance took, why handoffs were rejected, and how
 * many failed.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableComplianceRow.class)
@JsonDeserialize(as = ImmutableComplianceRow.class)
public abstract class ComplianceRow {

  /** Only the generated implementation extends this class, so every instance is validated. */
  ComplianceRow() {}

  /**
   * How the row groups.
   *
   * @return the kind
   */
  public abstract GroupKind groupKind();

  /**
   * The group.
   *
   * @return a protocol id, {@code "sales -> finance"}, or a period label
   */
  public abstract String group();

  /**
   * Handoffs sent.
   *
   * @return the count
   */
  public abstract long sent();

  /**
   * Accepted.
   *
   * @return the count
   */
  public abstract long accepted();

  /**
   * Rejected.
   *
   * @return the count
   */
  public abstract long rejected();

  /**
   * Expired.
   *
   * @return the count
   */
  public abstract long expired();

  /**
   * Still waiting within the SLA.
   *
   * @return the count
   */
  public abstract long waiting();

  /**
   * Still waiting past the SLA.
   *
   * @return the count
   */
  public abstract long overdue();

  /**
   * Handoffs with a complete payload.
   *
   * @return the count
   */
  public abstract long payloadComplete();

  /**
   * Complete payloads / handoffs sent, four decimals.
   *
   * @return the rate, when any was sent
   */
  public abstract Optional<BigDecimal> payloadCompletionRate();

  /**
   * Handoffs the SLA can be judged on: answered, expired or overdue.
   *
   * @return the count
   */
  public abstract long slaJudged();

  /**
   * Of those, answered by the deadline.
   *
   * @return the count
   */
  public abstract long slaMet();

  /**
   * SLA met / SLA judged, four decimals.
   *
   * @return the rate, when any was judged
   */
  public abstract Optional<BigDecimal> slaAttainment();

  /**
   * Median time to accept, on the SLA's clock.
   *
   * @return the duration (to the second), when any was accepted
   */
  public abstract Optional<Duration> medianTimeToAccept();

  /**
   * 90th percentile of the time to accept.
   *
   * @return the duration (to the second), when any was accepted
   */
  public abstract Optional<Duration> p90TimeToAccept();

  /**
   * Rejections per reason.
   *
   * @return reason to count (rejections without a reason are counted apart)
   */
  @Value.NaturalOrder
  public abstract SortedMap<String, Long> rejectionReasons();

  /**
   * Rejections that gave no reason.
   *
   * @return the count
   */
  public abstract long rejectionsWithoutReason();

  /**
   * Handoffs that failed (incomplete payload, SLA missed, or a rejection without a required reason).
   *
   * @return the count
   */
  public abstract long failures();

  /** Builds rows (compliance does). */
  static final class Builder extends ImmutableComplianceRow.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Validation v = Validation.of("compliance of " + group());
    v.check(accepted() + rejected() + expired() + waiting() + overdue() == sent(), "sent", sent(),
        "must equal accepted + rejected + expired + waiting + overdue: every handoff is in exactly one status");
    v.throwIfInvalid();
  }
}
