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

  static <T> T read(Path path, Class<T> type) {
    try (Reader in = Files.newBufferedReader(path)) {
      return RevopsJson.mapper().readValue(in, type);
    } catch (IOException e) {
      throw problem(path, e);
    }
  }

  static <T> T read(Path path, TypeReference<T> type) {
    try (Reader in = Files.newBufferedReader(path)) {
      return RevopsJson.mapper().readValue(in, type);
    } catch (IOException e) {
      throw problem(path, e);
    }
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
      return new CliException(path + " is not valid: " + j.getOriginalMessage(), e);
    }
    return Inputs.unreadable(path, e);
  }
}
