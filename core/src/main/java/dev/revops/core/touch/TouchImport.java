package dev.revops.core.touch;

import dev.revops.core.io.CsvRow;
import dev.revops.core.io.CsvRowImporter;
import dev.revops.core.io.JsonRecordImporter;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Reads touches from CSV or JSON (an array or JSON Lines), with the guarantees of every importer:
 * every record accepted or rejected exactly once, each rejection naming its column (or field), value
 * and rule; a touch id repeating an earlier accepted touch's is rejected, naming the earlier row.
 *
 * <p>CSV columns: {@code touch_id}, {@code touched_at} (an ISO instant, or a local date-time or
 * date taken in the given zone), {@code channel}, {@code kind} (all required); {@code lead_id},
 * {@code deal_id} (at least one), {@code campaign} (optional); every other column is a custom
 * attribute of the touch under the column's name, when its cell is not blank.
 *
 * <pre>
 * touch_id,lead_id,deal_id,touched_at,channel,campaign,kind
 * T000001,L00003,D00012,2026-01-25T11:12:03Z,webinar,revops-live,form
 * </pre>
 *
 * <p>JSON: one {@link Touch} per element, in its JSON form.
 *
 * <pre>{@code
 * ImportReport report = TouchImport.csv(ZoneOffset.UTC).read(reader, touches::add, rejected -> {});
 * }</pre>
 */
public final class TouchImport {
  /** The columns the CSV layout reads as fields; any other is an attribute. */
  public static final Set<String> FIELD_COLUMNS = Set.of("touch_id", "lead_id", "deal_id", "touched_at", "channel",
      "campaign", "kind");

  private TouchImport() {}

  /**
   * An importer of the CSV layout.
   *
   * @param zone the zone of date-times without an offset
   * @return the importer
   */
  public static CsvRowImporter<Touch> csv(ZoneId zone) {
    Objects.requireNonNull(zone, "zone");
    return CsvRowImporter.of("touches", List.of("touch_id", "touched_at", "channel", "kind"), row -> touch(row, zone))
        .withUniqueKey("touch_id", "touch", Touch::id);
  }

  /**
   * An importer of touches as JSON (an array, or JSON Lines), repeated ids rejected.
   *
   * @return the importer
   */
  public static JsonRecordImporter<Touch> json() {
    return JsonRecordImporter.of("touches", "touch", Touch.class, Touch::id);
  }

  private static Touch touch(CsvRow row, ZoneId zone) {
    Optional<String> id = row.require("touch_id");
    Optional<Instant> at = row.require("touched_at").isPresent() ? row.instant("touched_at", zone) : Optional.empty();
    Optional<String> channel = row.require("channel");
    Optional<String> kind = row.require("kind");
    Optional<String> lead = row.get("lead_id");
    Optional<String> deal = row.get("deal_id");
    if (lead.isEmpty() && deal.isEmpty()) {
      row.problem(row.has("lead_id") ? "lead_id" : "deal_id", "is required when the deal id is absent (a touch is a "
          + "lead's, a deal's or both)");
    }
    if (row.hasProblems()) {
      return null;
    }
    row.recordId(id.get());
    Touch.Builder b = Touch.builder().id(id.get()).leadId(lead).dealId(deal).instant(at.get()).channel(channel.get())
        .campaign(row.get("campaign")).kind(kind.get());
    for (String column : row.columns()) {
      if (!FIELD_COLUMNS.contains(column.toLowerCase(Locale.ROOT))) {
        row.get(column).ifPresent(v -> b.putAttributes(column, v));
      }
    }
    return b.build();
  }
}
