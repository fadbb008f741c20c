package dev.revops.core.io;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.Validation;
import dev.revops.core.money.Money;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import org.immutables.value.Value;

/**
 * How the columns of a deals CSV become a {@link dev.revops.core.deal.Deal}: which column holds
 * each field, how ratios and dates are written, the default currency, which columns become custom
 * attributes. Mappings are data (JSON); ready ones are provided for common exports:
 * {@link #genDeals()}, {@link #mavenCrm()}, {@link #salesforceOpportunities()},
 * {@link #hubspotDeals()}.
 *
 * <p>How values are read: text is trimmed and a blank value is absent; amounts are plain decimals
 * (no thousands separators) with no more decimals than the currency has; dates are
 * {@code yyyy-MM-dd}, a date-time (its date, taken in the definition's time zone when it has an
 * offset), or {@link #datePattern()} when set. A probability equal to the stage's default is no
 * override; a different one on an open deal becomes an override set by {@link #overrideSetBy()};
 * on a closed deal it must agree with the outcome (100% won, 0% lost). The forecast category
 * follows the same rule.
 *
 * <pre>{@code
 * ColumnMapping mine = ColumnMapping.builder().name("my-crm")
 *     .columns(DealColumns.builder().addId("Deal ID").addStage("Stage").addAmount("Value").build())
 *     .defaultCurrency("EUR").build();
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableColumnMapping.class)
@JsonDeserialize(as = ImmutableColumnMapping.class)
public abstract class ColumnMapping {
  /** Only the generated implementation extends this class, so every instance is validated. */
  ColumnMapping() {}

  /**
   * The mapping's name, shown in reports.
   *
   * @return for example {@code "salesforce-opportunities"}
   */
  public abstract String name();

  /**
   * Which column holds each field.
   *
   * @return the columns
   */
  public abstract DealColumns columns();

  /**
   * Columns kept as custom attributes: attribute name to column header.
   *
   * @return the attribute columns
   */
  @Value.NaturalOrder
  public abstract SortedMap<String, String> attributeColumns();

  /**
   * Whether every column no field or attribute is read from becomes a custom attribute named as
   * its header (for CRM custom fields).
   *
   * @return false by default
   */
  @Value.Default
  public boolean unmappedColumnsAsAttributes() {
    return false;
  }

  /**
   * The currency of amounts when the file has no currency column.
   *
   * @return an ISO 4217 code
   */
  public abstract Optional<String> defaultCurrency();

  /**
   * How the probability column is written.
   *
   * @return {@link NumberScale#PERCENT} by default
   */
  @Value.Default
  public NumberScale probabilityScale() {
    return NumberScale.PERCENT;
  }

  /**
   * How the projected-margin column is written.
   *
   * @return {@link NumberScale#PERCENT} by default
   */
  @Value.Default
  public NumberScale marginScale() {
    return NumberScale.PERCENT;
  }

  /**
   * A {@link DateTimeFormatter} pattern for dates that are not ISO, for example {@code M/d/yyyy}
   * for a US-locale report export. Dates are resolved strictly ({@code 2/30/2025} is rejected, not
   * read as February 28); {@code yyyy} is taken in the current era, as {@code uuuu} is.
   *
   * @return the pattern
   */
  public abstract Optional<String> datePattern();

  /**
   * Who probability overrides read from the file are attributed to.
   *
   * @return {@code "crm-export"} by default
   */
  @Value.Default
  public String overrideSetBy() {
    return "crm-export";
  }

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
  public static final class Builder extends ImmutableColumnMapping.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Validation v = Validation.of("column mapping " + name());
    v.text("name", name());
    v.check(delimiter().length() == 1 && delimiter().charAt(0) != '"' && delimiter().charAt(0) != '\n'
        && delimiter().charAt(0) != '\r', "delimiter", delimiter(),
        "must be one character other than a quote or a line break");
    defaultCurrency().ifPresent(c -> {
      try {
        Money.currency(c);
      } catch (IllegalArgumentException e) {
        v.check(false, "defaultCurrency", c, "must be an ISO 4217 currency code with a minor unit");
      }
    });
    datePattern().ifPresent(p -> {
      try {
        Values.datePattern(p);
      } catch (IllegalArgumentException e) {
        v.check(false, "datePattern", p, "must be a java.time DateTimeFormatter pattern");
      }
    });
    v.text("overrideSetBy", overrideSetBy());
    attributeColumns().forEach((name, column) -> {
      v.text("attributeColumns", name);
      v.text("attributeColumns." + name, column);
    });
    v.throwIfInvalid();
  }

  /**
   * The layout written by {@code ../shared/bench/gen_deals.py} (and of the bundled sample):
   * {@code deal_id, name, account_id, owner, segment, source, product, currency, amount, stage,
   * probability} (percent){@code , forecast_category, created_date, expected_close_date,
   * closed_date, cost_to_close, margin_pct} (percent).
   *
   * @return the mapping
   */
  public static ColumnMapping genDeals() {
    return builder().name("gen-deals")
        .columns(DealColumns.builder()
            .addId("deal_id").addName("name").addAccount("account_id").addOwner("owner")
            .addSegment("segment").addSource("source").addProduct("product").addCurrency("currency")
            .addAmount("amount").addStage("stage").addProbability("probability")
            .addForecastCategory("forecast_category").addCreatedDate("created_date")
            .addExpectedCloseDate("expected_close_date").addClosedDate("closed_date")
            .addCostToClose("cost_to_close").addProjectedMarginRate("margin_pct").build())
        .probabilityScale(NumberScale.PERCENT).marginScale(NumberScale.PERCENT)
        .build();
  }

  /**
   * The Maven Analytics "CRM Sales Opportunities" {@code sales_pipeline.csv}:
   * {@code opportunity_id, sales_agent, product, account, deal_stage, engage_date, close_date,
   * close_value}, in USD. The data has no creation date; the engage date, the earliest date it
   * records, is read as the created date (blank for Prospecting deals). It has no expected close
   * date; {@code close_date} is the closed date of won and lost deals.
   *
   * @return the mapping
   */
  public static ColumnMapping mavenCrm() {
    return builder().name("maven-crm")
        .columns(DealColumns.builder()
            .addId("opportunity_id").addOwner("sales_agent").addProduct("product").addAccount("account")
            .addStage("deal_stage").addCreatedDate("engage_date").addClosedDate("close_date")
            .addAmount("close_value").build())
        .defaultCurrency("USD")
        .build();
  }

  /**
   * A Salesforce Opportunity export: API names as Data Loader writes them ({@code Id, Name,
   * AccountId, OwnerId, LeadSource, Amount, CurrencyIsoCode, StageName, Probability,
   * ForecastCategoryName, CreatedDate, CloseDate, Type}) or the labels of a report export
   * ({@code Opportunity ID, Opportunity Name, Account Name, Opportunity Owner, Lead Source, Amount,
   * Opportunity Currency, Stage, Probability (%), Forecast Category, Created Date, Close Date,
   * Type}). Close Date is the expected close date of open opportunities and the closed date of
   * closed ones; Type is kept as the attribute {@code type}. Amounts are in USD when the export
   * has no currency column (a single-currency org). Report exports in a non-ISO date locale need
   * {@link #datePattern()}.
   *
   * @return the mapping
   */
  public static ColumnMapping salesforceOpportunities() {
    return builder().name("salesforce-opportunities")
        .columns(DealColumns.builder()
            .addId("Id", "Opportunity ID").addName("Name", "Opportunity Name")
            .addAccount("Account.Name", "Account Name", "AccountId").addOwner("Owner.Name", "Opportunity Owner", "OwnerId")
            .addSource("LeadSource", "Lead Source").addAmount("Amount")
            .addCurrency("CurrencyIsoCode", "Opportunity Currency").addStage("StageName", "Stage")
            .addProbability("Probability", "Probability (%)")
            .addForecastCategory("ForecastCategoryName", "Forecast Category")
            .addCreatedDate("CreatedDate", "Created Date")
            .addExpectedCloseDate("CloseDate", "Close Date").addClosedDate("CloseDate", "Close Date")
            .build())
        .putAttributeColumns("type", "Type")
        .defaultCurrency("USD")
        .probabilityScale(NumberScale.PERCENT)
        .build();
  }

  /**
   * A HubSpot deals export (labels as the export writes them): {@code Record ID, Deal Name,
   * Deal Stage, Amount, Deal owner, Create Date, Close Date, Deal Type, Original Source Type,
   * Forecast category, Currency} (the last two when present). Close Date is the expected close
   * date of open deals and the closed date of closed ones. The deal probability column is not
   * read (HubSpot derives it from the stage); Deal Type and Pipeline are kept as the attributes
   * {@code dealType} and {@code pipeline}. Amounts are in USD without a currency column.
   *
   * @return the mapping
   */
  public static ColumnMapping hubspotDeals() {
    return builder().name("hubspot-deals")
        .columns(DealColumns.builder()
            .addId("Record ID").addName("Deal Name").addStage("Deal Stage").addAmount("Amount")
            .addCurrency("Currency", "Deal currency code").addOwner("Deal owner")
            .addAccount("Associated Company", "Associated Company (Primary)")
            .addSource("Original Source Type", "Original Traffic Source")
            .addForecastCategory("Forecast category")
            .addCreatedDate("Create Date").addExpectedCloseDate("Close Date").addClosedDate("Close Date")
            .build())
        .putAttributeColumns("dealType", "Deal Type")
        .putAttributeColumns("pipeline", "Pipeline")
        .defaultCurrency("USD")
        .build();
  }

  /**
   * The ready mappings, by name.
   *
   * @return gen-deals, maven-crm, salesforce-opportunities, hubspot-deals
   */
  public static List<ColumnMapping> ready() {
    return List.of(genDeals(), mavenCrm(), salesforceOpportunities(), hubspotDeals());
  }
}
