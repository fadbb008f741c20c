package dev.revops.core.metric;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.Validation;
import java.util.List;
import org.immutables.value.Value;

/**
 * Records left out of a computation for one reason: how many, and a few of their ids as examples.
 *
 * <p>JSON: {@code {"reason": "closed", "count": 412, "examples": ["D00000003", "D00000007"]}}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableExclusion.class)
@JsonDeserialize(as = ImmutableExclusion.class)
public abstract class Exclusion {
  /** Only the generated implementation extends this class, so every instance is validated. */
  Exclusion() {}

  /**
   * Why the records were excluded, as a short stable phrase.
   *
   * @return for example {@code "closed"} or {@code "no amount"}
   */
  public abstract String reason();

  /**
   * How many records.
   *
   * @return at least 1
   */
  public abstract long count();

  /**
   * Ids of some excluded records, so that people can look at them.
   *
   * @return example ids, possibly empty
   */
  public abstract List<String> examples();

  /**
   * An exclusion without examples.
   *
   * @param reason why
   * @param count how many, at least 1
   * @return the exclusion
   */
  public static Exclusion of(String reason, long count) {
    return builder().reason(reason).count(count).build();
  }

  /**
   * A new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds exclusions. */
  public static final class Builder extends ImmutableExclusion.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Validation v = Validation.of("exclusion");
    v.text("reason", reason());
    v.check(count() >= 1, "count", count(), "must be at least 1");
    v.check(examples().size() <= count(), "examples", examples().size(),
        "must not list more examples than the count " + count());
    v.throwIfInvalid();
  }

  /**
   * The reason and count.
   *
   * @return for example {@code "closed: 412"}
   */
  @Override
  public String toString() {
    return reason() + ": " + count();
  }
}
