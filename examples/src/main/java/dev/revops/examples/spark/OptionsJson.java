package dev.revops.examples.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.revops.core.json.RevopsJson;
import java.io.Serializable;
import java.io.UncheckedIOException;

/**
 * Options (immutable values, not {@link Serializable}) carried to Spark's executors as their JSON,
 * read back once per executor-side copy.
 *
 * @param <T> the options type
 */
public final class OptionsJson<T> implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The options as the library's JSON writes them. */
  private final String json;
  /** The options' type, to read them back. */
  private final Class<T> type;
  /** The options, once read back in this copy. */
  private transient T value;

  /**
   * Options to ship to the executors.
   *
   * @param options the options (any value the library's JSON writes and reads back)
   * @param type their type, to read them back
   */
  public OptionsJson(T options, Class<T> type) {
    this.type = type;
    this.value = options;
    try {
      this.json = RevopsJson.mapper().writeValueAsString(options);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The options, read back from their JSON once per copy.
   *
   * @return the options
   */
  public T get() {
    if (value == null) {
      try {
        value = RevopsJson.mapper().readValue(json, type);
      } catch (JsonProcessingException e) {
        throw new UncheckedIOException(e);
      }
    }
    return value;
  }
}
