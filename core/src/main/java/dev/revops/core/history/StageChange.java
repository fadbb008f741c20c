package dev.revops.core.history;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.Validation;
import dev.revops.core.json.StageIdDeserializer;
import dev.revops.core.json.StageIdSerializer;
import dev.revops.core.pipeline.Stage;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One move of one deal from a stage to another, at an instant, by someone, for a reason.
 *
 * <p>The first change of a deal's history may have no {@linkplain #from() from} stage: the deal
 * was created in {@linkplain #to() to}. A change never moves a deal to the stage it is in.
 *
 * <p>JSON: {@code {"dealId": "D1", "from": "proposal", "to": "closed-won",
 * "at": "2026-03-02T14:00:00Z", "actor": "alice", "reason": "PO received"}}; stages by id.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableStageChange.class)
@JsonDeserialize(as = ImmutableStageChange.class)
public abstract class StageChange {
  /** Only the generated implementation extends this class, so every instance is validated. */
  StageChange() {}

  /**
   * The deal that moved.
   *
   * @return the deal id
   */
  public abstract String dealId();

  /**
   * The stage the deal left; empty when the deal was created by this change.
   *
   * @return the previous stage
   */
  @JsonSerialize(contentUsing = StageIdSerializer.class)
  @JsonDeserialize(contentUsing = StageIdDeserializer.class)
  public abstract Optional<Stage> from();

  /**
   * The stage the deal entered.
   *
   * @return the new stage
   */
  @JsonSerialize(using = StageIdSerializer.class)
  @JsonDeserialize(using = StageIdDeserializer.class)
  public abstract Stage to();

  /**
   * When the change happened.
   *
   * @return the instant
   */
  public abstract Instant at();

  /**
   * Who made the change (a user or a system).
   *
   * @return the actor, if recorded
   */
  public abstract Optional<String> actor();

  /**
   * Why, in the actor's words.
   *
   * @return the reason, if recorded
   */
  public abstract Optional<String> reason();

  /**
   * A new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds stage changes; see {@link StageChange} for the rules. */
  public static final class Builder extends ImmutableStageChange.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Validation v = Validation.of("stage change of deal " + dealId());
    v.text("dealId", dealId());
    v.text("actor", actor());
    v.text("reason", reason());
    from().ifPresent(f -> v.check(!f.id().equals(to().id()), "to", to().id(),
        "must differ from the stage the deal leaves"));
    v.throwIfInvalid();
  }

  /**
   * A one-line description.
   *
   * @return for example {@code "D1 proposal -> closed-won at 2026-03-02T14:00:00Z"}
   */
  @Override
  public String toString() {
    return dealId() + " " + from().map(Stage::id).orElse("(created)") + " -> " + to().id() + " at " + at();
  }
}
