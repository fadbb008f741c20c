package dev.revops.core.history;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.Validation;
import dev.revops.core.json.StageIdDeserializer;
import dev.revops.core.json.StageIdSerializer;
import dev.revops.core.pipeline.Stage;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One stay of a deal in a stage: entered at an instant, left at another or still there at the
 * as-of instant (then {@linkplain #isCurrent() current}, and its duration runs to the as-of
 * instant).
 *
 * <p>A deal may visit a stage several times (after moving back); each stay is its own visit.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableStageVisit.class)
@JsonDeserialize(as = ImmutableStageVisit.class)
public abstract class StageVisit {
  /** Only the generated implementation extends this class, so every instance is validated. */
  StageVisit() {}

  /**
   * The stage visited.
   *
   * @return the stage
   */
  @JsonSerialize(using = StageIdSerializer.class)
  @JsonDeserialize(using = StageIdDeserializer.class)
  public abstract Stage stage();

  /**
   * When the deal entered the stage.
   *
   * @return the instant
   */
  public abstract Instant enteredAt();

  /**
   * When the deal left; empty while it is still in the stage at the as-of instant.
   *
   * @return the exit instant
   */
  public abstract Optional<Instant> exitedAt();

  /**
   * Where the deal went; present exactly when {@link #exitedAt()} is.
   *
   * @return the next stage
   */
  @JsonSerialize(contentUsing = StageIdSerializer.class)
  @JsonDeserialize(contentUsing = StageIdDeserializer.class)
  public abstract Optional<Stage> exitedTo();

  /**
   * How long the deal stayed: to the exit, or to the as-of instant for a current visit.
   *
   * @return a non-negative duration
   */
  public abstract Duration duration();

  /**
   * Whether the deal was still in the stage at the as-of instant.
   *
   * @return true when the visit has no exit
   */
  @JsonIgnore
  public boolean isCurrent() {
    return exitedAt().isEmpty();
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds visits (histories do). */
  static final class Builder extends ImmutableStageVisit.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Validation v = Validation.of("visit of " + stage().id() + " entered " + enteredAt());
    v.check(!duration().isNegative(), "duration", duration(), "must not be negative");
    v.check(exitedAt().isPresent() == exitedTo().isPresent(), "exitedTo", exitedTo().map(Stage::id).orElse(null),
        "must be present exactly when exitedAt is");
    exitedAt().ifPresent(x -> {
      v.check(!x.isBefore(enteredAt()), "exitedAt", x, "must not be before enteredAt " + enteredAt());
      v.check(Duration.between(enteredAt(), x).equals(duration()), "duration", duration(),
          "must equal exitedAt - enteredAt for a completed visit");
    });
    v.throwIfInvalid();
  }
}
