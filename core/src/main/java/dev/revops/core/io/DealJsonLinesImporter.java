package dev.revops.core.io;

import dev.revops.core.deal.Deal;
import dev.revops.core.json.JsonOptions;
import dev.revops.core.json.RevopsJson;
import dev.revops.core.pipeline.PipelineDefinition;
import java.io.IOException;
import java.io.Reader;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Reads deals from JSON Lines (one deal per line, in the JSON form of {@link Deal}), streaming,
 * with a rejection report.
 *
 * <p>Each line is read with {@link RevopsJson#mapper(JsonOptions)} against the pipeline
 * definition, so stage names may be ids, display names or aliases. An unknown property rejects the
 * line (naming the property) unless the importer was made with {@code ignoreUnknownProperties}.
 * A line repeating an earlier deal id is rejected (see {@link ImportOptions#rejectDuplicateIds()}).
 * A {@code null}, malformed, too deep or over-long line is one rejection; reading goes on with the
 * next line. Values are read without coercion: a number is not a date or an id, a string is not a
 * probability.
 *
 * <pre>{@code
 * ImportResult<Deal> all = DealJsonLinesImporter.of(definition).readAll(reader);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class DealJsonLinesImporter implements RecordImporter<Deal> {

  private final PipelineDefinition definition;
  private final boolean ignoreUnknown;
  private final ImportOptions options;
  private final JsonRecords<Deal> json;

  private DealJsonLinesImporter(PipelineDefinition definition, boolean ignoreUnknown, ImportOptions options) {
    this.definition = Objects.requireNonNull(definition, "definition");
    this.ignoreUnknown = ignoreUnknown;
    this.options = Objects.requireNonNull(options, "options");
    this.json = new JsonRecords<>(RevopsJson.mapper(JsonOptions.builder().definition(definition)
        .ignoreUnknownProperties(ignoreUnknown).build()), Deal.class, "deal", Deal::id, options);
  }

  /**
   * A strict importer: unknown properties reject the line.
   *
   * @param definition the pipeline definition stage names are read against
   * @return the importer
   */
  public static DealJsonLinesImporter of(PipelineDefinition definition) {
    return new DealJsonLinesImporter(definition, false, ImportOptions.defaults());
  }

  /**
   * An importer that skips unknown properties instead of rejecting the line.
   *
   * @param definition the pipeline definition stage names are read against
   * @return the importer
   */
  public static DealJsonLinesImporter ignoringUnknownProperties(PipelineDefinition definition) {
    return new DealJsonLinesImporter(definition, true, ImportOptions.defaults());
  }

  /**
   * This importer with other options.
   *
   * @param options the options
   * @return a new importer
   */
  public DealJsonLinesImporter withOptions(ImportOptions options) {
    return new DealJsonLinesImporter(definition, ignoreUnknown, options);
  }

  @Override
  public ImportReport read(Reader input, Consumer<? super Deal> accepted, Consumer<? super Rejection> rejected)
      throws IOException {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(accepted, "accepted");
    Objects.requireNonNull(rejected, "rejected");
    ReportAccumulator acc = new ReportAccumulator(options, rejected);
    json.read(input, false, accepted, acc);
    return ImportLog.finished(acc.report().format(InputFormat.JSON_LINES).records("deals")
        .definition(definition.ref()).source(options.source()).build());
  }
}
