package dev.revops.core.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.revops.core.json.RevopsJson;
import java.io.IOException;
import java.io.Reader;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Reads JSON records one by one for the JSON importers: each line of JSON Lines or each top-level
 * element of an array (found by {@link JsonElementReader}) is parsed on its own and accepted or
 * rejected once; a {@code null}, a malformed, a too-deep or an over-long one is one rejection and
 * reading goes on with the next.
 *
 * @param <T> the record type
 */
final class JsonRecords<T> {
  private final ObjectReader reader;
  private final String thing;
  private final Function<? super T, String> id;
  private final ImportOptions options;

  /**
   * @param mapper the mapper; a copy bounded by the options reads the records
   * @param id a record's id for the repeated-id check
   */
  JsonRecords(ObjectMapper mapper, Class<T> type, String thing, Function<? super T, String> id,
      ImportOptions options) {
    ObjectMapper bounded = mapper.copy();
    bounded.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
        .maxNestingDepth(options.maxJsonDepth())
        .maxNumberLength(Math.min(RevopsJson.MAX_NUMBER_CHARS,
            mapper.getFactory().streamReadConstraints().getMaxNumberLength()))
        .maxStringLength(Math.max(options.maxRecordChars(), 1))
        .maxNameLength(Math.max(options.maxRecordChars(), 1)).build());
    this.reader = bounded.readerFor(type);
    this.thing = thing;
    this.id = Objects.requireNonNull(id, "id");
    this.options = options;
  }

  /**
   * Reads every record.
   *
   * @param arrays whether the input may be a JSON array (else it is JSON Lines)
   * @return the format found
   */
  InputFormat read(Reader input, boolean arrays, Consumer<? super T> accepted, ReportAccumulator acc)
      throws IOException {
    JsonElementReader in = new JsonElementReader(input, options.maxRecordChars());
    IdFingerprints ids = options.rejectDuplicateIds() ? options.idCheck() : null;
    if (in.start(arrays)) {
      while (in.nextElement()) {
        judge(in, true, accepted, acc, ids);
      }
      long trailing = in.trailing();
      if (trailing >= 0) {
        acc.reject(Rejection.of(in.row() + 1, Optional.empty(), List.of(new Problem.Builder()
            .reason("follows the end of the array").detail("from line " + trailing).build())));
      }
      return InputFormat.JSON;
    }
    acc.add(new RowOutcome.Blank(in.blankBefore()));
    while (in.nextLine()) {
      if (!in.tooLong() && in.text().isBlank()) {
        acc.blankLine();
        continue;
      }
      judge(in, false, accepted, acc, ids);
    }
    return InputFormat.JSON_LINES;
  }

  private void judge(JsonElementReader in, boolean element, Consumer<? super T> accepted, ReportAccumulator acc,
      IdFingerprints ids) {
    long row = in.row();
    String text = in.text();
    Optional<String> where = Optional.ofNullable(element ? "element " + row + ", from line " + in.startLine() : null);
    if (in.tooLong()) {
      reject(acc, row, new Problem.Builder().value(JsonProblems.shown(text))
          .reason("is longer than " + options.maxRecordChars() + " characters (ImportOptions.maxRecordChars)")
          .detail(where).build());
      return;
    }
    if (element && text.isBlank()) {
      reject(acc, row, new Problem.Builder().reason("is missing: a comma with no element before it")
          .detail(where).build());
      return;
    }
    if (in.depth() > options.maxJsonDepth()) {
      reject(acc, row, new Problem.Builder().value(JsonProblems.shown(text))
          .reason("nests objects and arrays deeper than " + options.maxJsonDepth() + " levels (ImportOptions"
              + ".maxJsonDepth)").detail(where).build());
      return;
    }
    T value;
    try {
      value = reader.readValue(text);
    } catch (JsonProcessingException e) {
      acc.reject(Rejection.of(row, Optional.empty(), JsonProblems.of(e, thing, text)));
      return;
    } catch (IOException | RuntimeException e) {
      // one record's surprise is that record's rejection, never the end of the import
      reject(acc, row, new Problem.Builder().value(JsonProblems.shown(text)).reason("could not be read as a " + thing)
          .detail(String.valueOf(e.getMessage())).build());
      return;
    }
    if (value == null) {
      reject(acc, row, new Problem.Builder().value(text.strip()).reason("is null, not a " + thing).detail(where).build());
      return;
    }
    if (ids != null) {
      String key = id.apply(value);
      String raw = JsonProblems.raw(text, List.of("id"));
      Optional<String> cell = Optional.ofNullable(raw);
      Optional<String> column = cell.map(c -> "id");
      if (key == null) {
        reject(acc, row, new Problem.Builder().column(column).value(cell)
            .reason("has no id, so it cannot be checked for repeats").build());
        return;
      }
      if (acc.rejectRepeatedId(ids, key, row, column, Optional.of(cell.orElse(key)), thing)) {
        return;
      }
    }
    acc.acceptRow();
    accepted.accept(value);
  }

  private static void reject(ReportAccumulator acc, long row, Problem p) {
    acc.reject(Rejection.of(row, Optional.empty(), List.of(p)));
  }
}
