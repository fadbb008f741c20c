package dev.revops.core.touch;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.revops.core.InvalidValueException;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One marketing or sales interaction that may earn attribution credit.
 *
 * <p>Touches are ordered by {@link #instant()} and then by {@link #id()}, so that the order in
 * which touches are read never changes who is first or last. Example:
 *
 * <pre>{@code
 * Touch t = new Touch("t1", "D-1", Instant.parse("2026-01-05T10:00:00Z"), "paid-search", "brand", "click", Map.of());
 * }</pre>
 *
 * @param id the touch's id, unique within a deal; not blank
 * @param dealId the deal the touch belongs to; not blank
 * @param instant when the interaction happened
 * @param channel the marketing channel (e.g. {@code paid-search}); not blank
 * @param campaign the campaign; not blank ({@code none} when there is none)
 * @param kind the kind of interaction (e.g. {@code click}, {@code form}, {@code meeting}); not blank
 * @param attributes custom attributes, kept sorted by name
 */
public record Touch(@JsonProperty("id") String id, @JsonProperty("dealId") String dealId, @JsonProperty("instant") Instant instant, @JsonProperty("channel") String channel, @JsonProperty("campaign") String campaign, @JsonProperty("kind") String kind,
    @JsonProperty("attributes") Map<String, String> attributes) {

  /**
   * Checks every field; rejects blank text naming the field and the raw value.
   *
   * @param id see the record's description
   * @param dealId see the record's description
   * @param instant see the record's description
   * @param channel see the record's description
   * @param campaign see the record's description
   * @param kind see the record's description
   * @param attributes see the record's description
   */
  public Touch {
    notBlank("id", id);
    notBlank("dealId", dealId);
    Objects.requireNonNull(instant, "instant");
    notBlank("channel", channel);
    notBlank("campaign", campaign);
    notBlank("kind", kind);
    Objects.requireNonNull(attributes, "attributes");
    attributes = Map.copyOf(new TreeMap<>(attributes));
  }

  /**
   * Whether this touch comes before {@code other} in journey order (instant, then id).
   *
   * @param other another touch
   * @return negative, zero or positive, as {@link Comparable}
   */
  public int compareInJourney(Touch other) {
    int c = instant.compareTo(other.instant);
    return c != 0 ? c : id.compareTo(other.id);
  }

  static void notBlank(String field, String value) {
    Objects.requireNonNull(value, field);
    if (value.isBlank()) {
      throw new InvalidValueException(field, value, "must not be blank");
    }
  }
}
