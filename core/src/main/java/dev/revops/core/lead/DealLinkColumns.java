package dev.revops.core.lead;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.Validation;
import java.util.List;
import java.util.SortedMap;
import org.immutables.value.Value;

/**
 * How the columns of a CSV of converted leads (one row per lead that became a deal) become {@link
 * DealLink}s. Each field lists candidate headers; the first one the file has is used. Ready:
 * {@link #genLeads()} and {@link #olistClosedDeals()}.
 *
 * <pre>{@code
 * DealLinkColumns mine = DealLinkColumns.builder().name("mine").addLeadId("Lead").addDealId("Deal")
 *     .addConvertedAt("Converted").addWonAt("Won").build();
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDealLinkColumns.class)
@JsonDeserialize(as = ImmutableDealLinkColumns.class)
public abstract class DealLinkColumns {
  /** Only the generated implementation extends this class, so every instance is validated. */
  DealLinkColumns() {}

  /**
   * The mapping's name.
   *
   * @return for example {@code "olist-closed-deals"}
   */
  public abstract String name();

  /**
   * The candidate headers of the lead id (required).
   *
   * @return the candidates
   */
  public abstract List<String> leadId();

  /**
   * The candidate headers of the deal id (required).
   *
   * @return the candidates
   */
  public abstract List<String> dealId();

  /**
   * The candidate headers of the conversion instant (required).
   *
   * @return the candidates
   */
  public abstract List<String> convertedAt();

  /**
   * The candidate headers of the instant the deal was won.
   *
   * @return the candidates
   */
  public abstract List<String> wonAt();

  /**
   * The candidate headers of the instant the deal was lost.
   *
   * @return the candidates
   */
  public abstract List<String> lostAt();

  /**
   * Columns kept as the link's attributes: attribute name to column header.
   *
   * @return the attribute columns
   */
  @Value.NaturalOrder
  public abstract SortedMap<String, String> attributeColumns();

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds mappings. */
  public static final class Builder extends ImmutableDealLinkColumns.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Validation v = Validation.of("deal link columns " + name());
    v.text("name", name());
    v.check(!leadId().isEmpty(), "leadId", "[]", "must name at least one candidate column");
    v.check(!dealId().isEmpty(), "dealId", "[]", "must name at least one candidate column");
    v.check(!convertedAt().isEmpty(), "convertedAt", "[]", "must name at least one candidate column");
    attributeColumns().forEach((name, column) -> {
      v.text("attributeColumns", name);
      v.text("attributeColumns." + name, column);
    });
    v.throwIfInvalid();
  }

  /**
   * Our own layout, written by the bundled sample: {@code lead_id, deal_id, converted_at, won_at,
   * lost_at}.
   *
   * @return the mapping
   */
  public static DealLinkColumns genLeads() {
    return builder().name("gen-leads").addLeadId("lead_id").addDealId("deal_id").addConvertedAt("converted_at")
        .addWonAt("won_at").addLostAt("lost_at").build();
  }

  /**
   * The Olist closed deals ({@code olist_closed_deals_dataset.csv}, or the "cleaned" copy): every
   * row is a marketing-qualified lead that became a seller, won at {@code won_date} (the only
   * instant the file has, so it is also the conversion instant). The deal is the {@code seller_id};
   * {@code sdr_id}, {@code sr_id}, {@code business_segment}, {@code lead_type} and {@code
   * lead_behaviour_profile} are kept as the attributes {@code sdr}, {@code salesRep}, {@code
   * segment}, {@code leadType} and {@code behaviourProfile}. The file has no lost deals: a lead
   * absent from it has not converted.
   *
   * @return the mapping
   */
  public static DealLinkColumns olistClosedDeals() {
    return builder().name("olist-closed-deals").addLeadId("mql_id").addDealId("seller_id").addConvertedAt("won_date")
        .addWonAt("won_date").putAttributeColumns("sdr", "sdr_id").putAttributeColumns("salesRep", "sr_id")
        .putAttributeColumns("segment", "business_segment").putAttributeColumns("leadType", "lead_type")
        .putAttributeColumns("behaviourProfile", "lead_behaviour_profile").build();
  }

  /**
   * The ready mappings.
   *
   * @return gen-leads, olist-closed-deals
   */
  public static List<DealLinkColumns> ready() {
    return List.of(genLeads(), olistClosedDeals());
  }
}
