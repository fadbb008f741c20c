package dev.revops.core.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.revops.core.deal.Deal;
import dev.revops.core.json.JsonOptions;
import dev.revops.core.json.RevopsJson;
import dev.revops.core.pipeline.PipelineDefinition;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Reads deals from JSON Lines (one deal per line, in the JSON form of {@link Deal}), streaming,
 * with a rejection report.
 *
 * <p>Each line is read with {@link RevopsJson#mapper(JsonOptions)} against the pipeline
 * definition, so stage names may be ids, display names or aliases. An unknown property rejects the
 * line (naming the property) unless the importer was made with {@code ignoreUnknownProperties}.
 * A line repeating an earlier deal id is rejected (see {@link ImportOptions#rejectDuplicateIds()}).
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
  private final ObjectReader reader;

  private DealJsonLinesImporter(PipelineDefinition definition, boolean ignoreUnknown, ImportOptions options) {
    this.definition = Objects.requireNonNull(definition, "definition");
    this.ignoreUnknown = ignoreUnknown;
    this.options = Objects.requireNonNull(options, "options");
    this.reader = RevopsJson.mapper(JsonOptions.builder().definition(definition)
        .ignoreUnknownProperties(ignoreUnknown).build()).readerFor(Deal.class);
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
    BufferedReader lines = input instanceof BufferedReader br ? br : new BufferedReader(input, 1 << 16);
    ReportAccumulator acc = new ReportAccumulator(options.maxExamplesPerReason(), rejected);
    IdFingerprints ids = options.rejectDuplicateIds() ? new IdFingerprints() : null;
    long row = 0;
    String line;
    while ((line = lines.readLine()) != null) {
      row++;
      if (row == 1 && !line.isEmpty() && line.charAt(0) == '\uFEFF') {
        line = line.substring(1);
      }
      if (line.isBlank()) {
        acc.blank++;
        continue;
      }
      Deal deal;
      try {
        deal = reader.readValue(line);
      } catch (JsonProcessingException e) {
        acc.reject(Rejection.of(row, Optional.empty(), JsonProblems.of(e, "deal")));
        continue;
      }
      if (!acc.rejectRepeatedId(ids, deal.id(), row, "id", "deal")) {
        acc.acceptRow();
        accepted.accept(deal);
      }
    }
    return acc.report().format(InputFormat.JSON_LINES).records("deals").definition(definition.ref())
        .source(options.source()).build();
  }
}
