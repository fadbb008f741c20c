package dev.revops.handoff.ownership;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.InvalidValueException;
import java.util.Optional;
import org.immutables.value.Value;

/** A change request that was refused, with its place in the batch and why. */
@Value.Immutable
@JsonSerialize(as = ImmutableRefusedChange.class)
@JsonDeserialize(as = ImmutableRefusedChange.class)
public abstract class RefusedChange {

  /** Only the generated implementation extends this class, so every instance is validated. */
  RefusedChange() {}

  /**
   * Its index among the requests.
   *
   * @return from 0
   */
  public abstract int index();

  /**
   * The request.
   *
   * @return the request
   */
  public abstract ChangeRequest request();

  /**
   * Why it was refused.
   *
   * @return the refusal's message
   */
  public abstract String reason();

  /**
   * The team that owns the field, when the request came from another team.
   *
   * @return the owner to ask instead
   */
  public abstract Optional<String> owner();

  static RefusedChange of(int index, ChangeRequest request, InvalidValueException e) {
    return new Builder().index(index).request(request).reason(e.getMessage())
        .owner(e instanceof NotOwnerException n ? Optional.of(n.owner()) : Optional.empty()).build();
  }

  /** Builds refusals (field ownership does). */
  static final class Builder extends ImmutableRefusedChange.Builder {
    Builder() {}
  }
}
