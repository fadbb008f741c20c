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
final class OptionsJson<T> implements Serializable {
  private static final long serialVersionUID = 1L;

  private final String json;
  private final Class<T> type;
  private transient T value;

  OptionsJson(T options, Class<T> type) {
    this.type = type;
    this.value = options;
    try {
      this.json = RevopsJson.mapper().writeValueAsString(options);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  T get() {
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
