package dev.revops.core.definition;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.Validation;
import org.immutables.value.Value;

/**
 * A reference to one version of a shared definition (a pipeline definition, a metric, a handoff
 * protocol): the provenance that results carry, so every number says which definition produced it.
 *
 * <p>JSON: {@code {"id": "b2b-pipeline", "version": 3}}. Text form: {@code b2b-pipeline@3}.
 *
 * <pre>{@code
 * DefinitionRef ref = DefinitionRef.of("b2b-pipeline", 3);
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDefinitionRef.class)
@JsonDeserialize(as = ImmutableDefinitionRef.class)
public abstract class DefinitionRef {
  /** Only the generated implementation extends this class, so every instance is validated. */
  DefinitionRef() {}

  /**
   * The definition's id.
   *
   * @return a non-blank id
   */
  @Value.Parameter
  public abstract String id();

  /**
   * The definition's version, counting from 1.
   *
   * @return the version
   */
  @Value.Parameter
  public abstract int version();

  /**
   * A reference to version {@code version} of definition {@code id}.
   *
   * @param id the definition's id
   * @param version its version, at least 1
   * @return the reference
   */
  public static DefinitionRef of(String id, int version) {
    return ImmutableDefinitionRef.of(id, version);
  }

  @Value.Check
  void check() {
    Validation v = Validation.of("definition reference");
    v.text("id", id());
    v.check(version() >= 1, "version", version(), "must be at least 1");
    v.throwIfInvalid();
  }

  /**
   * The text form.
   *
   * @return {@code id@version}, for example {@code b2b-pipeline@3}
   */
  @Override
  public String toString() {
    return id() + "@" + version();
  }
}
