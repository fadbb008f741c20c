package dev.revops.forecast.review;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.Validation;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One pipeline state: the deals as of an instant, named. The deals themselves reach the reviews as
 * {@link DealSeries}; this value says which state they belong to, and is what results cite.
 *
 * <p>JSON: {@code {"label": "2026-09-24", "asOf": "2026-09-24T00:00:00Z", "source": "snapshot
 * deals-2026-09-24.csv"}}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePipelineState.class)
@JsonDeserialize(as = ImmutablePipelineState.class)
public abstract class PipelineState {

  /** Only the generated implementation extends this class, so every instance is validated. */
  PipelineState() {}

  /**
   * The state's name, as reviews print it.
   *
   * @return for example {@code "2026-09-24"} or {@code "last week"}
   */
  public abstract String label();

  /**
   * The instant the deals are as of.
   *
   * @return the instant
   */
  public abstract Instant asOf();

  /**
   * Where the deals came from.
   *
   * @return for example {@code "snapshot deals-2026-09-24.csv"}; empty when not said
   */
  public abstract Optional<String> source();

  /**
   * A state with a label and an instant.
   *
   * @param label the name
   * @param asOf the instant
   * @return the state
   */
  public static PipelineState of(String label, Instant asOf) {
    return builder().label(label).asOf(asOf).build();
  }

  /**
   * A new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds states. */
  public static final class Builder extends ImmutablePipelineState.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Validation v = Validation.of("pipeline state");
    v.text("label", label());
    v.text("source", source());
    v.throwIfInvalid();
  }
}
