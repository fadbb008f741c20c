package dev.revops.handoff.ownership;

import dev.revops.core.InvalidValueException;
import java.util.List;
import java.util.Objects;

/**
 * A change request came from a team that does not own the field. The message names the field, the
 * team that asked and the team that owns it, for example {@code change request of deal D1: team
 * 'sales' must own the field it changes (costToClose is owned by finance)}.
 */
public final class NotOwnerException extends InvalidValueException {
  private static final long serialVersionUID = 1L;

  /** The field asked to change. */
  private final String field;
  /** The team that asked. */
  private final String team;
  /** The team that owns the field. */
  private final String owner;

  /**
   * A refusal.
   *
   * @param dealId the deal
   * @param field the field asked to change
   * @param team the team that asked
   * @param owner the team that owns the field
   */
  public NotOwnerException(String dealId, String field, String team, String owner) {
    super("change request of deal " + dealId, List.of(new Violation("team", team, "must own the field it changes",
        field + " is owned by " + owner)));
    this.field = Objects.requireNonNull(field, "field");
    this.team = team;
    this.owner = Objects.requireNonNull(owner, "owner");
  }

  /**
   * The field asked to change.
   *
   * @return its path
   */
  public String field() {
    return field;
  }

  /**
   * The team that asked.
   *
   * @return the team
   */
  public String team() {
    return team;
  }

  /**
   * The team that owns the field: who to ask instead.
   *
   * @return the owner
   */
  public String owner() {
    return owner;
  }
}
