package dev.revops.handoff.compliance;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.InvalidValueException;
import dev.revops.core.deal.Deal;
import dev.revops.core.definition.DefinitionRef;
import dev.revops.handoff.Handoff;
import dev.revops.handoff.HandoffOutcome;
import dev.revops.handoff.OutcomeKind;
import dev.revops.handoff.protocol.FieldSource;
import dev.revops.handoff.protocol.HandoffGate;
import dev.revops.handoff.protocol.HandoffProtocol;
import dev.revops.handoff.protocol.PayloadField;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One handoff judged against its protocol as of an instant: whether its payload was complete
 * (which fields were missing or invalid), where it stands, whether the SLA was met and by how much
 * it was missed (on the SLA's clock, business hours included), and whether a rejection said why.
 *
 * <pre>{@code
 * HandoffEvaluation e = HandoffEvaluation.of(handoff, map.protocol(handoff.protocolId()), Optional.of(deal), asOf);
 * e.status();       // ACCEPTED, REJECTED, EXPIRED, WAITING or OVERDUE
 * e.breachedBy();   // how late the answer came, if it was late
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableHandoffEvaluation.class)
@JsonDeserialize(as = ImmutableHandoffEvaluation.class)
public abstract class HandoffEvaluation {

  /** Only the generated implementation extends this class, so every instance is validated. */
  HandoffEvaluation() {}

  /**
   * The handoff.
   *
   * @return its id
   */
  public abstract String handoffId();

  /**
   * Its deal.
   *
   * @return the deal id; empty for a handoff about a lead only
   */
  public abstract Optional<String> dealId();

  /**
   * Its lead, for a lead-level handoff.
   *
   * @return the lead id; empty for a handoff about a deal only
   */
  public abstract Optional<String> leadId();

  /**
   * The protocol it was judged by.
   *
   * @return id and version
   */
  public abstract DefinitionRef protocol();

  /**
   * When it was sent.
   *
   * @return the instant
   */
  public abstract Instant sentAt();

  /**
   * When it was due.
   *
   * @return the SLA's deadline
   */
  public abstract Instant deadline();

  /**
   * Where it stands as of the evaluation.
   *
   * @return the status
   */
  public abstract HandoffStatus status();

  /**
   * When it was answered (accepted or rejected).
   *
   * @return the instant, if answered by the as-of instant
   */
  public abstract Optional<Instant> answeredAt();

  /**
   * How long the answer took, on the SLA's clock.
   *
   * @return the time, if answered
   */
  public abstract Optional<Duration> responseTime();

  /**
   * Whether the SLA was met.
   *
   * @return true when answered by the deadline; false when answered late, expired or overdue;
   *     empty while waiting within the SLA
   */
  public abstract Optional<Boolean> slaMet();

  /**
   * By how much the SLA was missed, on its clock: how late the answer came, or how far past the
   * deadline an unanswered or expired handoff is.
   *
   * @return the time past the deadline, when missed
   */
  public abstract Optional<Duration> breachedBy();

  /**
   * Whether every required payload field was there and valid.
   *
   * @return true when complete
   */
  public abstract boolean payloadComplete();

  /**
   * The payload fields missing or invalid.
   *
   * @return the problems
   */
  public abstract List<FieldProblem> payloadProblems();

  /**
   * Whether a rejection said why.
   *
   * @return for a rejection: whether it has a reason; empty otherwise
   */
  public abstract Optional<Boolean> rejectionDocumented();

  /**
   * The rejection's reason.
   *
   * @return the reason, for a rejection that gave one
   */
  public abstract Optional<String> rejectionReason();

  /**
   * Whether the handoff failed: its payload was incomplete, its SLA was missed, or it was rejected
   * without the reason its protocol requires.
   *
   * @return true when failed
   */
  public abstract boolean failed();

  /** Builds evaluations (use {@link #of}). */
  static final class Builder extends ImmutableHandoffEvaluation.Builder {
    Builder() {}
  }

  /**
   * Judges a handoff against its protocol.
   *
   * @param handoff the handoff
   * @param protocol its protocol
   * @param deal its deal, for payload fields taken from the deal (empty: those fields count as
   *     missing, with a reason saying the deal was not given)
   * @param asOf the instant it is judged at: an outcome after it is not known yet
   * @return the evaluation
   * @throws InvalidValueException if the protocol is not the handoff's
   */
  public static HandoffEvaluation of(Handoff handoff, HandoffProtocol protocol, Optional<Deal> deal, Instant asOf) {
    Objects.requireNonNull(handoff, "handoff");
    Objects.requireNonNull(protocol, "protocol");
    Objects.requireNonNull(deal, "deal");
    Objects.requireNonNull(asOf, "asOf");
    if (!protocol.id().equals(handoff.protocolId())) {
      throw new InvalidValueException("protocol", protocol.id(), "must be the handoff's protocol "
          + handoff.protocolId());
    }
    Builder b = new Builder().handoffId(handoff.id()).dealId(handoff.dealId()).leadId(handoff.leadId())
        .protocol(protocol.ref())
        .sentAt(handoff.sentAt());
    Instant deadline = protocol.sla().deadline(handoff.sentAt());
    b.deadline(deadline);
    List<FieldProblem> problems = problemsOf(handoff, protocol, deal);
    boolean complete = problems.isEmpty();
    b.addAllPayloadProblems(problems).payloadComplete(complete);
    Optional<HandoffOutcome> outcome = handoff.outcome().filter(o -> !o.at().isAfter(asOf));
    boolean slaMissed;
    boolean undocumented = false;
    if (outcome.isEmpty()) {
      boolean overdue = asOf.isAfter(deadline);
      b.status(overdue ? HandoffStatus.OVERDUE : HandoffStatus.WAITING);
      slaMissed = overdue;
      if (overdue) {
        b.slaMet(false).breachedBy(protocol.sla().elapsed(deadline, asOf));
      }
    } else {
      HandoffOutcome o = outcome.get();
      if (o.kind() == OutcomeKind.EXPIRED) {
        b.status(HandoffStatus.EXPIRED).slaMet(false);
        slaMissed = true;
        Instant end = o.at().isAfter(deadline) ? o.at() : deadline;
        b.breachedBy(protocol.sla().elapsed(deadline, end));
      } else {
        b.status(o.kind() == OutcomeKind.ACCEPTED ? HandoffStatus.ACCEPTED : HandoffStatus.REJECTED)
            .answeredAt(o.at()).responseTime(protocol.sla().elapsed(handoff.sentAt(), o.at()));
        slaMissed = o.at().isAfter(deadline);
        b.slaMet(!slaMissed);
        if (slaMissed) {
          b.breachedBy(protocol.sla().elapsed(deadline, o.at()));
        }
        if (o.kind() == OutcomeKind.REJECTED) {
          boolean documented = o.reason().isPresent();
          b.rejectionDocumented(documented).rejectionReason(o.reason());
          undocumented = !documented && protocol.rejectionNeedsReason();
        }
      }
    }
    return b.failed(!complete || slaMissed || undocumented).build();
  }

  /** Each payload field's problem, in protocol order: missing, malformed, or not checkable without its deal. */
  private static List<FieldProblem> problemsOf(Handoff handoff, HandoffProtocol protocol, Optional<Deal> deal) {
    List<FieldProblem> problems = new ArrayList<>();
    for (PayloadField f : protocol.payload()) {
      Optional<String> value = f.source() == FieldSource.PAYLOAD ? Optional.ofNullable(handoff.payload().get(f.name()))
          : deal.flatMap(d -> HandoffGate.value(f, d, Map.of()));
      Optional<String> problem = f.source() == FieldSource.DEAL && deal.isEmpty() && f.required()
          ? Optional.of(handoff.dealId().map(d -> "cannot be checked: deal " + d + " is not among the deals given")
              .orElse("cannot be checked: the handoff names no deal"))
          : f.problem(value);
      problem.ifPresent(p -> problems.add(FieldProblem.of(f.name(), value.filter(v -> !v.isBlank()), p)));
    }
    return problems;
  }
}
