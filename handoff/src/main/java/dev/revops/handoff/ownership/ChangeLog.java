package dev.revops.handoff.ownership;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.deal.Deal;
import dev.revops.core.history.StageChange;
import java.util.List;
import org.immutables.value.Value;

/**
 * A batch of change requests applied to one deal: the deal before and after, an audit entry per
 * accepted request and a refusal per refused one, so that every request is accounted for.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableChangeLog.class)
@JsonDeserialize(as = ImmutableChangeLog.class)
public abstract class ChangeLog {

  /** Only the generated implementation extends this class, so every instance is validated. */
  ChangeLog() {}

  /**
   * The deal before the batch.
   *
   * @return the deal
   */
  public abstract Deal before();

  /**
   * The deal after the accepted changes.
   *
   * @return the deal
   */
  public abstract Deal after();

  /**
   * The accepted changes, in order.
   *
   * @return the audit entries
   */
  public abstract List<AuditEntry> audit();

  /**
   * The stage moves among them, in order.
   *
   * @return the stage changes
   */
  public abstract List<StageChange> stageChanges();

  /**
   * The refused requests, in order.
   *
   * @return the refusals
   */
  public abstract List<RefusedChange> refused();

  /** Builds logs (field ownership does). */
  static final class Builder extends ImmutableChangeLog.Builder {
    Builder() {}
  }
}
