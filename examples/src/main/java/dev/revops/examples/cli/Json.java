package dev.revops.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import dev.revops.core.json.JsonOptions;
import dev.revops.core.json.RevopsJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reading and writing the commands' JSON files and output, with one-line errors. */
final class Json {
  private Json() {}

  /** The largest settings file read (definitions, mappings, models, handoff maps, rates and targets as JSON). */
  static final long MAX_SETTINGS_BYTES = 16L << 20;

  /**
   * Reads a settings file (a definition, mapping, model, handoff map, rates or targets): at most
   * {@value #MAX_SETTINGS_BYTES} bytes, so that a wrong file cannot fill memory.
   */
  static <T> T readSettings(Path path, Class<T> type) {
    checkSize(path);
    return read(path, type);
  }

  static <T> T readSettings(Path path, TypeReference<T> type) {
    checkSize(path);
    return read(path, type);
  }

  static void checkSize(Path path) {
    try {
      long size = Files.size(StandardInput.local(path));
      if (size > MAX_SETTINGS_BYTES) {
        throw new CliException(String.format(java.util.Locale.ROOT, "%s has %,d bytes: a settings file may have at "
            + "most %,d", StandardInput.shown(path), size, MAX_SETTINGS_BYTES));
      }
    } catch (IOException e) {
      throw Inputs.unreadable(path, e);
    }
  }

  static <T> T read(Path path, Class<T> type) {
    try (Reader in = Files.newBufferedReader(StandardInput.local(path))) {
      return notNull(path, RevopsJson.mapper().readValue(in, type));
    } catch (IOException e) {
      throw problem(path, e);
    }
  }

  static <T> T read(Path path, TypeReference<T> type) {
    try (Reader in = Files.newBufferedReader(StandardInput.local(path))) {
      return notNull(path, RevopsJson.mapper().readValue(in, type));
    } catch (IOException e) {
      throw problem(path, e);
    }
  }

  /** A file holding {@code null} (or nothing but white space) holds no value. */
  static <T> T notNull(Path path, T value) {
    if (value == null) {
      throw new CliException(StandardInput.shown(path) + " holds no value (null or empty)");
    }
    return value;
  }

  static void print(PrintWriter out, Object value) {
    try {
      out.println(RevopsJson.mapper(JsonOptions.builder().indent(true).build()).writeValueAsString(value));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the results as JSON", e);
    }
  }

  /** Writes a value as indented JSON to a file, atomically (see {@link AtomicFile}). */
  static void write(Path path, Object value) {
    AtomicFile.write(path, out -> {
      RevopsJson.mapper(JsonOptions.builder().indent(true).build()).writer()
          .without(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValue(out, value);
      out.write("\n");
    });
  }

  private static CliException problem(Path path, IOException e) {
    if (e instanceof JsonProcessingException j) {
      return new CliException(StandardInput.shown(path) + " is not valid" + where(j) + ": "
          + readable(j.getOriginalMessage()), e);
    }
    return Inputs.unreadable(path, e);
  }

  /** Where the parser stopped: {@code  (line 3, column 14)}, or nothing when it does not say. */
  static String where(JsonProcessingException e) {
    return e.getLocation() == null || e.getLocation().getLineNr() < 1 ? ""
        : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
  }

  /**
   * A parser's message with the names of our generated classes made readable:
   * {@code `dev.revops.core.money.ImmutableExchangeRateTable$Json`} becomes {@code ExchangeRateTable}.
   */
  static String readable(String message) {
    return String.valueOf(message).replaceAll("`(?:[a-z0-9_]+\\.)*Immutable([A-Za-z0-9]+)\\$Json`", "$1")
        .replaceAll("`(?:[a-z0-9_]+\\.)+([A-Za-z0-9$]+)`", "$1");
  }
}
