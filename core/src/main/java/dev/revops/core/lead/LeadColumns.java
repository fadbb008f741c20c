package dev.revops.core.lead;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.Validation;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import org.immutables.value.Value;

/**
 * How the columns of a leads CSV (one row per lead) become a {@link LeadJourney}: the lead's
 * fields, its lifecycle (one date column per stage, as HubSpot's "Became a ... Date" columns, or the
 * stage every lead enters when created), and the deal it converted into. Each field lists
 * candidate headers; the first one the file has is used. Mappings are data (JSON); ready ones:
 * {@link #genLeads()}, {@link #hubspotContacts()}, {@link #salesforceLeads()}, {@link #olistMqls()}.
 *
 * <p>How values are read: text is trimmed, and a blank value or one of {@link #missingValues()}
 * is absent; instants are ISO-8601 (a date alone is its start), with a space or a {@code T} before
 * the time, read in the lifecycle definition's zone when they have no offset, or dates and
 * date-times in {@link #datePattern()} when set; the converted flag is {@code true}/{@code false}
 * or {@code 1}/{@code 0}, any case.
 *
 * <pre>{@code
 * LeadColumns mine = LeadColumns.builder().name("my-crm").addId("Lead Id").addCreatedAt("Created")
 *     .addSource("Channel").entryStage("lead").build();
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableLeadColumns.class)
@JsonDeserialize(as = ImmutableLeadColumns.class)
public abstract class LeadColumns {
  /** Only the generated implementation extends this class, so every instance is validated. */
  LeadColumns() {}

  /**
   * The mapping's name, shown in reports.
   *
   * @return for example {@code "hubspot-contacts"}
   */
  public abstract String name();

  /**
   * The candidate headers of the lead id (required).
   *
   * @return the candidates, in order of preference
   */
  public abstract List<String> id();

  /**
   * The candidate headers of the creation instant (required).
   *
   * @return the candidates
   */
  public abstract List<String> createdAt();

  /**
   * The candidate headers of the source (origin, channel).
   *
   * @return the candidates
   */
  public abstract List<String> source();

  /**
   * The candidate headers of the campaign.
   *
   * @return the candidates
   */
  public abstract List<String> campaign();

  /**
   * The candidate headers of the owner (SDR).
   *
   * @return the candidates
   */
  public abstract List<String> owner();

  /**
   * The candidate headers of the segment.
   *
   * @return the candidates
   */
  public abstract List<String> segment();

  /**
   * The candidate headers of the current lifecycle stage. It must name a stage of the definition;
   * it is kept as the attribute {@code lifecycleStage} (the history comes from the stage dates).
   *
   * @return the candidates
   */
  public abstract List<String> lifecycleStage();

  /**
   * The date each stage was entered: stage (id, name or alias) to its candidate headers.
   *
   * @return the stage date columns, by stage
   */
  @Value.NaturalOrder
  public abstract SortedMap<String, List<String>> stageDates();

  /**
   * The stage a lead enters when it is created, for files without stage dates (or rows with none).
   *
   * @return the stage's id, name or alias
   */
  public abstract Optional<String> entryStage();

  /**
   * The candidate headers of the converted flag.
   *
   * @return the candidates
   */
  public abstract List<String> converted();

  /**
   * The candidate headers of the id of the deal the lead converted into.
   *
   * @return the candidates
   */
  public abstract List<String> convertedDealId();

  /**
   * The candidate headers of the conversion instant (required when a deal is named).
   *
   * @return the candidates
   */
  public abstract List<String> convertedAt();

  /**
   * Columns kept as custom attributes: attribute name to column header.
   *
   * @return the attribute columns
   */
  @Value.NaturalOrder
  public abstract SortedMap<String, String> attributeColumns();

  /**
   * Values that mean "no value" in this export besides a blank (for example {@code NaN}).
   *
   * @return the values, compared exactly
   */
  public abstract List<String> missingValues();

  /**
   * The columns of a file that has no header row, in order; empty for a file with one.
   *
   * @return the column names
   */
  public abstract List<String> columnsWithoutHeader();

  /**
   * A {@link DateTimeFormatter} pattern for dates or date-times that are not ISO, for example
   * {@code M/d/yyyy} for a US-locale report export.
   *
   * @return the pattern
   */
  public abstract Optional<String> datePattern();

  /**
   * The field delimiter.
   *
   * @return {@code ","} by default; one character
   */
  @Value.Default
  public String delimiter() {
    return ",";
  }

  /**
   * A new builder.
   *
   * @return a builder with the defaults
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds mappings. */
  public static final class Builder extends ImmutableLeadColumns.Builder {
    Builder() {}
  }

  /**
   * This mapping with a date pattern, for exports in a non-ISO date locale.
   *
   * <pre>{@code
   * LeadColumns us = LeadColumns.salesforceLeads().withDatePattern("M/d/yyyy");
   * }</pre>
   *
   * @param pattern a {@link DateTimeFormatter} pattern
   * @return a new mapping
   */
  public LeadColumns withDatePattern(String pattern) {
    return builder().name(name()).addAllId(id()).addAllCreatedAt(createdAt()).addAllSource(source())
        .addAllCampaign(campaign()).addAllOwner(owner()).addAllSegment(segment()).addAllLifecycleStage(lifecycleStage())
        .putAllStageDates(stageDates()).entryStage(entryStage()).addAllConverted(converted())
        .addAllConvertedDealId(convertedDealId()).addAllConvertedAt(convertedAt())
        .putAllAttributeColumns(attributeColumns()).addAllMissingValues(missingValues())
        .addAllColumnsWithoutHeader(columnsWithoutHeader()).datePattern(pattern).delimiter(delimiter()).build();
  }

  @Value.Check
  void check() {
    Validation v = Validation.of("lead columns " + name());
    v.text("name", name());
    v.check(!id().isEmpty(), "id", "[]", "must name at least one candidate column");
    v.check(!createdAt().isEmpty(), "createdAt", "[]", "must name at least one candidate column");
    v.check(delimiter().length() == 1 && delimiter().charAt(0) != '"' && delimiter().charAt(0) != '\n'
        && delimiter().charAt(0) != '\r', "delimiter", delimiter(),
        "must be one character other than a quote or a line break");
    datePattern().ifPresent(p -> {
      try {
        DateTimeFormatter.ofPattern(p);
      } catch (IllegalArgumentException e) {
        v.check(false, "datePattern", p, "must be a java.time DateTimeFormatter pattern");
      }
    });
    v.check(convertedDealId().isEmpty() || !convertedAt().isEmpty(), "convertedAt", "[]",
        "must name a column when convertedDealId does");
    stageDates().forEach((stage, columns) -> v.check(!columns.isEmpty(), "stageDates." + stage, "[]",
        "must name at least one candidate column"));
    attributeColumns().forEach((name, column) -> {
      v.text("attributeColumns", name);
      v.text("attributeColumns." + name, column);
    });
    columnsWithoutHeader().forEach(c -> v.text("columnsWithoutHeader", c));
    v.throwIfInvalid();
  }

  /**
   * Our own layout, written by the bundled sample: {@code lead_id, created_at, source, campaign,
   * owner, segment} (lifecycle changes and deal links come in their own files).
   *
   * @return the mapping
   */
  public static LeadColumns genLeads() {
    return builder().name("gen-leads").addId("lead_id").addCreatedAt("created_at").addSource("source")
        .addCampaign("campaign").addOwner("owner").addSegment("segment").build();
  }

  /**
   * A HubSpot contacts export (property labels as the export writes them, or internal names):
   * {@code Record ID}, {@code Create Date}, {@code Original Source} (the source),
   * {@code Contact owner}, {@code Lifecycle Stage}, and one {@code Became a ... Date} column per
   * default stage ({@code Became a Lead Date}, {@code Became a Marketing Qualified Lead Date}, ...,
   * or {@code hs_lifecyclestage_lead_date}...). The history is the dated stages in date order; a
   * stage without a date was not entered. Dates without an offset are read in the lifecycle's zone.
   *
   * @return the mapping
   */
  public static LeadColumns hubspotContacts() {
    Builder b = builder().name("hubspot-contacts").addId("Record ID", "Contact ID", "hs_object_id")
        .addCreatedAt("Create Date", "createdate").addSource("Original Source", "Original Traffic Source",
            "hs_analytics_source")
        .addCampaign("First Conversion", "first_conversion_event_name")
        .addOwner("Contact owner", "HubSpot Owner", "hubspot_owner_id").addLifecycleStage("Lifecycle Stage", "lifecyclestage")
        .putAttributeColumns("company", "Company Name");
    String[][] stages = {
        {"subscriber", "Became a Subscriber Date"},
        {"lead", "Became a Lead Date"},
        {"marketingqualifiedlead", "Became a Marketing Qualified Lead Date"},
        {"salesqualifiedlead", "Became a Sales Qualified Lead Date"},
        {"opportunity", "Became an Opportunity Date"},
        {"customer", "Became a Customer Date"},
        {"evangelist", "Became an Evangelist Date"},
        {"other", "Became an Other Lifecycle Date"}};
    for (String[] s : stages) {
      b.putStageDates(s[0], List.of(s[1], "hs_lifecyclestage_" + s[0] + "_date"));
    }
    return b.build();
  }

  /**
   * A Salesforce leads export: API names as Data Loader writes them ({@code Id, LeadSource, Status,
   * CreatedDate, IsConverted, ConvertedOpportunityId, ConvertedDate, OwnerId, Industry}) or the
   * labels of a report export ({@code Lead ID, Lead Source, Status, Created Date, Converted,
   * Converted Opportunity ID, Converted Date, Lead Owner, Industry}). Every lead enters the
   * lifecycle stage {@code lead} when created; a converted lead with an opportunity links to it at
   * its converted date. The Status carries no date, so it is kept as the attribute {@code status}
   * (group by it); Industry is the segment. Report exports in a non-ISO date locale need {@link
   * #datePattern()}.
   *
   * @return the mapping
   */
  public static LeadColumns salesforceLeads() {
    return builder().name("salesforce-leads").addId("Id", "Lead ID").addCreatedAt("CreatedDate", "Created Date")
        .addSource("LeadSource", "Lead Source").addOwner("Owner.Name", "Lead Owner", "OwnerId")
        .addSegment("Industry").addConverted("IsConverted", "Converted")
        .addConvertedDealId("ConvertedOpportunityId", "Converted Opportunity ID")
        .addConvertedAt("ConvertedDate", "Converted Date").putAttributeColumns("status", "Status")
        .entryStage("lead").build();
  }

  /**
   * The Olist marketing-qualified leads ({@code olist_marketing_qualified_leads_dataset.csv}) as
   * the copy in {@code ../shared} has it: no header row; {@code mql_id, first_contact_date,
   * landing_page_id, origin}; dates {@code yyyy-MM-dd 00:00:00}; a blank origin written
   * {@code NaN}. Every lead enters {@code marketingqualifiedlead} at its first contact; the origin
   * is the source and the landing page the attribute {@code landingPage}.
   *
   * @return the mapping
   */
  public static LeadColumns olistMqls() {
    return builder().name("olist-mqls").addId("mql_id").addCreatedAt("first_contact_date").addSource("origin")
        .putAttributeColumns("landingPage", "landing_page_id").entryStage("marketingqualifiedlead")
        .addMissingValues("NaN").addColumnsWithoutHeader("mql_id", "first_contact_date", "landing_page_id", "origin")
        .build();
  }

  /**
   * The ready mappings.
   *
   * @return gen-leads, hubspot-contacts, salesforce-leads, olist-mqls
   */
  public static List<LeadColumns> ready() {
    return List.of(genLeads(), hubspotContacts(), salesforceLeads(), olistMqls());
  }
}
