package dev.revops.core.io;

import dev.revops.core.history.FieldChange;
import dev.revops.core.pipeline.DealField;
import java.io.IOException;
import java.io.Reader;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads field changes (a CRM's field history) from a CSV with the columns {@code deal_id, field,
 * from_value, to_value, changed_at} and optionally {@code actor}, one row per change.
 *
 * <pre>
 * deal_id,field,from_value,to_value,changed_at,actor
 * D00042,expectedCloseDate,2026-09-30,2026-10-31,2026-09-25T14:02:11Z,avery
 * D00042,amount,40000.00,48000.00,2026-09-26T09:00:00Z,avery
 * </pre>
 *
 * <p>The field is a {@link DealField} path or {@code attributes.<name>}, matched ignoring case and
 * underscores ({@code expected_close_date} reads as {@code expectedCloseDate}). Values follow
 * {@link FieldChange}; an empty value is "no value". A change time without an offset is taken in
 * the zone given (the definition's).
 */
public final class FieldChangeCsv {
  private FieldChangeCsv() {}

  /**
   * An importer of field changes, with the guarantees of {@link CsvRowImporter}.
   *
   * @param zone the zone of change times without an offset
   * @return the importer
   */
  public static CsvRowImporter<FieldChange> importer(ZoneId zone) {
    return CsvRowImporter.of("field changes", List.of("deal_id", "field", "from_value", "to_value", "changed_at"),
        row -> {
          Optional<String> id = row.require("deal_id");
          id.ifPresent(row::recordId);
          Optional<String> field = row.require("field").map(FieldChangeCsv::field);
          Optional<Instant> at = row.require("changed_at").isPresent() ? row.instant("changed_at", zone)
              : Optional.empty();
          if (row.hasProblems()) {
            return null;
          }
          return FieldChange.builder().dealId(id.get()).field(field.get()).from(row.get("from_value"))
              .to(row.get("to_value")).at(at.get()).actor(row.get("actor")).build();
        });
  }

  /**
   * Reads a whole file of field changes into memory.
   *
   * @param input the CSV
   * @param zone the zone of change times without an offset
   * @return the accepted changes, the report and the rejections
   * @throws IOException if reading fails
   */
  public static ImportResult<FieldChange> readAll(Reader input, ZoneId zone) throws IOException {
    return importer(zone).readAll(input);
  }

  /** The canonical field name: a built-in path matched ignoring case and underscores, else as written. */
  static String field(String raw) {
    if (raw.regionMatches(true, 0, DealField.ATTRIBUTE_PREFIX, 0, DealField.ATTRIBUTE_PREFIX.length())) {
      return DealField.ATTRIBUTE_PREFIX + raw.substring(DealField.ATTRIBUTE_PREFIX.length());
    }
    String key = raw.replace("_", "").toLowerCase(Locale.ROOT);
    for (DealField f : DealField.values()) {
      if (f.path().toLowerCase(Locale.ROOT).equals(key)) {
        return f.path();
      }
    }
    return raw;
  }
}
