package dev.revops.core.io;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.revops.core.json.RevopsJson;
import java.io.IOException;
import java.io.Reader;
import java.util.Objects;
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
 * <p>A rejected element's row is its position (1-based) in the array or its line number. A
 * {@code null}, malformed, too deep or over-long element is one rejected record, and reading goes
 * on with the next line, or the next top-level element of the array: elements are found at the
 * character level before they are parsed (see the recovery rules of the importers' package
 * documentation and the README), so a syntax error inside one element does not abandon the rest.
 * Values are read without coercion ({@link RevopsJson#mapper()}). Immutable and thread-safe.
 *
 * @param <T> the record type
 */
public final class JsonRecordImporter<T> implements RecordImporter<T> {
  private final String records;
  private final String thing;
  private final Class<T> type;
  private final Function<T, String> id;
  private final ObjectMapper mapper;
  private final ImportOptions options;
  private final JsonRecords<T> json;

  private JsonRecordImporter(String records, String thing, Class<T> type, Function<T, String> id, ObjectMapper mapper,
      ImportOptions options) {
    this.records = Objects.requireNonNull(records, "records");
    this.thing = Objects.requireNonNull(thing, "thing");
    this.type = Objects.requireNonNull(type, "type");
    this.id = Objects.requireNonNull(id, "id");
    this.mapper = Objects.requireNonNull(mapper, "mapper");
    this.options = Objects.requireNonNull(options, "options");
    this.json = new JsonRecords<>(mapper, type, thing, id, options);
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
   * This importer with another mapper (for example one made with other {@code JsonOptions}). The
   * importer reads with a copy of it bounded by its options.
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
    ReportAccumulator acc = new ReportAccumulator(options, rejected);
    InputFormat format = json.read(input, true, accepted, acc);
    return ImportLog.finished(acc.report().format(format).records(records).source(options.source()).build());
  }
}
