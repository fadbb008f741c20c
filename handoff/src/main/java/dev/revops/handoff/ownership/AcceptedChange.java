package dev.revops.handoff.ownership;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.deal.Deal;
import dev.revops.core.history.StageChange;
import java.util.Optional;
import org.immutables.value.Value;

/** A change request the field's owner made: the changed deal and what to keep of it. */
@Value.Immutable
@JsonSerialize(as = ImmutableAcceptedChange.class)
@JsonDeserialize(as = ImmutableAcceptedChange.class)
public abstract class AcceptedChange {

  /** Only the generated implementation extends this class, so every instance is validated. */
  AcceptedChange() {}

  /**
   * The deal after the change.
   *
   * @return the deal
   */
  public abstract Deal deal();

  /**
   * The audit entry.
   *
   * @return the entry
   */
  public abstract AuditEntry audit();

  /**
   * The stage history entry of a stage move.
   *
   * @return the stage change; empty for any other field
   */
  public abstract Optional<StageChange> stageChange();

  /** Builds accepted changes (field ownership does). */
  static final class Builder extends ImmutableAcceptedChange.Builder {
    Builder() {}
  }
}
