package dev.revops.core.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.revops.core.json.RevopsJson;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Reads any value type from JSON, with the guarantees of every importer here: either a JSON array
 * of objects or JSON Lines (one object per line), told apart by the first character; each element
 * read, validated and reported on its own, so one bad element never stops the rest.
 *
 * <pre>{@code
 * ImportResult<Contract> r = JsonRecordImporter.of("contracts", "contract", Contract.class, Contract::id)
 *     .readAll(reader);
 * }</pre>
 *
 * <p>A rejected element's row is its position (1-based) in the array or its line number. Syntax
 * that breaks the array itself (an unclosed object) ends the import with a rejection saying so.
 * Immutable and thread-safe.
 *
 * @param <T> the record type
 */
public final class JsonRecordImporter<T> implements RecordImporter<T> {
  private final String records;
  private final String thing;
  private final Class<T> type;
  private final Function<T, String> id;
  private final ObjectMapper mapper;
  private final ObjectReader reader;
  private final ImportOptions options;

  private JsonRecordImporter(String records, String thing, Class<T> type, Function<T, String> id, ObjectMapper mapper,
      ImportOptions options) {
    this.records = Objects.requireNonNull(records, "records");
    this.thing = Objects.requireNonNull(thing, "thing");
    this.type = Objects.requireNonNull(type, "type");
    this.id = Objects.requireNonNull(id, "id");
    this.mapper = Objects.requireNonNull(mapper, "mapper");
    this.reader = mapper.readerFor(type);
    this.options = Objects.requireNonNull(options, "options");
  }

  /**
   * An importer with the strict {@link RevopsJson#mapper()}.
   *
   * @param <T> the record type
   * @param records what the records are, for the report, for example {@code "contracts"}
   * @param thing one record, for messages, for example {@code "contract"}
   * @param type the value type
   * @param id a record's id, for repeated-id checks and the report
   * @return the importer
   */
  public static <T> JsonRecordImporter<T> of(String records, String thing, Class<T> type, Function<T, String> id) {
    return new JsonRecordImporter<>(records, thing, type, id, RevopsJson.mapper(), ImportOptions.defaults());
  }

  /**
   * This importer with another mapper (for example one made with other {@code JsonOptions}).
   *
   * @param mapper the mapper
   * @return a new importer
   */
  public JsonRecordImporter<T> withMapper(ObjectMapper mapper) {
    return new JsonRecordImporter<>(records, thing, type, id, mapper, options);
  }

  /**
   * This importer with other options.
   *
   * @param options the options
   * @return a new importer
   */
  public JsonRecordImporter<T> withOptions(ImportOptions options) {
    return new JsonRecordImporter<>(records, thing, type, id, mapper, options);
  }

  @Override
  public ImportReport read(Reader input, Consumer<? super T> accepted, Consumer<? super Rejection> rejected)
      throws IOException {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(accepted, "accepted");
    Objects.requireNonNull(rejected, "rejected");
    BufferedReader in = input instanceof BufferedReader b ? b : new BufferedReader(input, 1 << 16);
    ReportAccumulator acc = new ReportAccumulator(options.maxExamplesPerReason(), rejected);
    IdFingerprints ids = options.rejectDuplicateIds() ? new IdFingerprints() : null;
    in.mark(1 << 12);
    int c;
    do {
      c = in.read();
    } while (c == '\uFEFF' || (c >= 0 && Character.isWhitespace(c)));
    in.reset();
    if (c == '[') {
      readArray(in, accepted, acc, ids);
      return acc.report().format(InputFormat.JSON).records(records).source(options.source()).build();
    }
    long row = 0;
    String line;
    while ((line = in.readLine()) != null) {
      row++;
      if (row == 1 && !line.isEmpty() && line.charAt(0) == '\uFEFF') {
        line = line.substring(1);
      }
      if (line.isBlank()) {
        acc.blank++;
        continue;
      }
      T value;
      try {
        value = reader.readValue(line);
      } catch (JsonProcessingException e) {
        acc.reject(Rejection.of(row, Optional.empty(), JsonProblems.of(e, thing)));
        continue;
      }
      accept(value, row, accepted, acc, ids);
    }
    return acc.report().format(InputFormat.JSON_LINES).records(records).source(options.source()).build();
  }

  private void readArray(BufferedReader in, Consumer<? super T> accepted, ReportAccumulator acc, IdFingerprints ids)
      throws IOException {
    long row = 0;
    try (JsonParser p = mapper.getFactory().createParser(in)) {
      p.nextToken();
      while (true) {
        JsonToken t;
        JsonNode node;
        try {
          t = p.nextToken();
          if (t == null || t == JsonToken.END_ARRAY) {
            return;
          }
          row++;
          // one element at a time: the array goes on after it, so trailing tokens are expected
          node = mapper.readerFor(JsonNode.class).without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).readValue(p);
        } catch (JsonProcessingException e) {
          acc.reject(Rejection.of(row == 0 ? 1 : row, Optional.empty(), List.of(new Problem.Builder()
              .reason("is not valid JSON: the rest of the array cannot be read").detail(e.getOriginalMessage())
              .build())));
          return;
        }
        T value;
        try {
          value = reader.treeToValue(node, type);
        } catch (JsonProcessingException | IllegalArgumentException e) {
          acc.reject(Rejection.of(row, Optional.empty(), e instanceof JsonProcessingException j
              ? JsonProblems.of(j, thing) : List.of(Problem.of(Optional.empty(), Optional.empty(), e.getMessage()))));
          continue;
        }
        accept(value, row, accepted, acc, ids);
      }
    }
  }

  private void accept(T value, long row, Consumer<? super T> accepted, ReportAccumulator acc, IdFingerprints ids) {
    if (!acc.rejectRepeatedId(ids, id.apply(value), row, "id", thing)) {
      acc.acceptRow();
      accepted.accept(value);
    }
  }
}
