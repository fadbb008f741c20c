package dev.revops.forecast.funnel;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.revops.core.InvalidValueException;
import dev.revops.core.lead.Lead;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;

/**
 * What the funnel can be grouped by: a small open set of lead dimensions. The built-in ones are
 * the lead's {@code source}, {@code campaign}, {@code owner} (the SDR), {@code segment} and {@code
 * entryMonth} (the month it was created, in the scope's zone, as {@code 2026-03}); any custom
 * attribute is {@code attributes.<name>}. A lead without a value is grouped under {@value #NONE}.
 *
 * <p>JSON and text: the dimension's {@linkplain #key() key}.
 *
 * <pre>{@code
 * LeadDimension.parse("sdr");                    // owner
 * LeadDimension.attribute("landingPage").key();  // attributes.landingPage
 * }</pre>
 */
public final class LeadDimension {
  /** The value of a dimension a lead has no value for. */
  public static final String NONE = "(none)";
  private static final String ATTRIBUTE_PREFIX = "attributes.";

  /** The lead's source. */
  public static final LeadDimension SOURCE = new LeadDimension("source");
  /** The lead's campaign. */
  public static final LeadDimension CAMPAIGN = new LeadDimension("campaign");
  /** The lead's owner (SDR). */
  public static final LeadDimension OWNER = new LeadDimension("owner");
  /** The lead's segment. */
  public static final LeadDimension SEGMENT = new LeadDimension("segment");
  /** The month the lead was created in. */
  public static final LeadDimension ENTRY_MONTH = new LeadDimension("entryMonth");

  private final String key;

  private LeadDimension(String key) {
    this.key = key;
  }

  /**
   * A custom attribute as a dimension.
   *
   * @param name the attribute's name
   * @return the dimension {@code attributes.<name>}
   * @throws InvalidValueException if the name is blank or padded
   */
  public static LeadDimension attribute(String name) {
    Objects.requireNonNull(name, "name");
    if (name.isBlank() || !name.strip().equals(name)) {
      throw new InvalidValueException("dimension", ATTRIBUTE_PREFIX + name, "must name an attribute");
    }
    return new LeadDimension(ATTRIBUTE_PREFIX + name);
  }

  /**
   * Reads a dimension by name: {@code source} ({@code origin}, {@code channel}), {@code campaign},
   * {@code owner} ({@code sdr}), {@code segment}, {@code entryMonth} ({@code entry-month},
   * {@code month}), any case, or {@code attributes.<name>}.
   *
   * @param name the name
   * @return the dimension
   * @throws InvalidValueException if the name is no dimension
   */
  @JsonCreator
  public static LeadDimension parse(String name) {
    Objects.requireNonNull(name, "name");
    String s = name.strip();
    if (s.startsWith(ATTRIBUTE_PREFIX)) {
      return attribute(s.substring(ATTRIBUTE_PREFIX.length()));
    }
    switch (s.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "")) {
      case "source":
      case "origin":
      case "channel":
        return SOURCE;
      case "campaign":
        return CAMPAIGN;
      case "owner":
      case "sdr":
        return OWNER;
      case "segment":
        return SEGMENT;
      case "entrymonth":
      case "month":
        return ENTRY_MONTH;
      default:
        throw new InvalidValueException("dimension", name,
            "must be source, campaign, owner, segment, entryMonth or attributes.<name>");
    }
  }

  /**
   * The dimension's name in results and files.
   *
   * @return for example {@code "source"} or {@code "attributes.landingPage"}
   */
  @JsonValue
  public String key() {
    return key;
  }

  /**
   * A lead's value of this dimension.
   *
   * @param lead the lead
   * @param zone the zone its entry month is taken in
   * @return the value, or {@value #NONE}
   */
  public String valueOf(Lead lead, ZoneId zone) {
    Objects.requireNonNull(lead, "lead");
    switch (key) {
      case "source":
        return lead.source().orElse(NONE);
      case "campaign":
        return lead.campaign().orElse(NONE);
      case "owner":
        return lead.owner().orElse(NONE);
      case "segment":
        return lead.segment().orElse(NONE);
      case "entryMonth":
        return YearMonth.from(lead.createdAt().atZone(Objects.requireNonNull(zone, "zone"))).toString();
      default:
        return lead.attribute(key.substring(ATTRIBUTE_PREFIX.length())).orElse(NONE);
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof LeadDimension d && d.key.equals(key);
  }

  @Override
  public int hashCode() {
    return key.hashCode();
  }

  /**
   * The key.
   *
   * @return {@link #key()}
   */
  @Override
  public String toString() {
    return key;
  }
}
