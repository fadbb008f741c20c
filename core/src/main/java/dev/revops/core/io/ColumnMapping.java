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
 * {@link #hubspotDeals()}, {@link #salesforceReport()}, {@link #salesforceDataLoader()},
 * {@link #pipedriveDeals()}. Reference tables are joined by key ({@link #joins()}).
 *
 * <p>How values are read: text is trimmed and a blank value is absent; amounts are decimals in
 * the mapping's {@link #decimalSeparator()} and {@link #thousandsSeparator()} (plain by default),
 * optionally with their currency code ({@code USD 12,500.00}), with no more decimals than the
 * currency has; dates are {@code yyyy-MM-dd}, a date-time (its date, taken in the definition's time
 * zone when it has an offset), or {@link #datePattern()} when set. The currency is never assumed
 * silently: a file with a column naming a currency that the mapping does not read is refused, and a
 * default currency that applied is said in the report's {@link ImportReport#notes()}. A probability equal to the stage's default is no
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
   * The decimal separator of amounts, costs, probabilities and margins: {@code "."} or
   * {@code ","} (a German or French locale's export).
   *
   * @return {@code "."} by default
   */
  @Value.Default
  public String decimalSeparator() {
    return ".";
  }

  /**
   * The thousands separator of amounts and costs when the export writes one ({@code ","} in a US
   * report export's {@code 12,500.00}; {@code "."}, a space, a no-break space or {@code "'"}
   * elsewhere). Digits must then come in groups of three: {@code 1,25.00} is rejected, never
   * read as 125. Without it, a separator in a number is a rejection.
   *
   * @return the separator, when the export writes one
   */
  public abstract Optional<String> thousandsSeparator();

  /**
   * Reference tables joined by key to fill attributes, or amounts from a price list; see
   * {@link ReferenceJoin}.
   *
   * @return the joins, applied in order
   */
  public abstract List<ReferenceJoin> joins();

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

  /** The thousands separators a mapping may name. */
  private static final List<String> GROUPING = List.of(",", ".", "'", " ", "\u00a0", "\u202f");

  /**
   * The decimal separator as a character.
   *
   * @return '.' or ','
   */
  char decimalChar() {
    return decimalSeparator().charAt(0);
  }

  /**
   * The thousands separator as a character.
   *
   * @return the separator, or 0 when the export writes none
   */
  char groupingChar() {
    return thousandsSeparator().map(t -> t.charAt(0)).orElse((char) 0);
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
    v.check(decimalSeparator().equals(".") || decimalSeparator().equals(","), "decimalSeparator",
        decimalSeparator(), "must be \".\" or \",\"");
    thousandsSeparator().ifPresent(t -> v.check(GROUPING.contains(t) && !t.equals(decimalSeparator()),
        "thousandsSeparator", t, "must be one of , . ' space, no-break space or narrow no-break space, other than "
            + "the decimal separator"));
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
   * <p>Joins, applied when their tables are given: {@code sales_teams.csv} by agent (attributes
   * {@code manager}, {@code regionalOffice}), {@code accounts.csv} by account ({@code sector},
   * {@code officeLocation}, {@code subsidiaryOf}) and {@code products.csv} by product, ignoring case
   * and spaces since the pipeline writes {@code GTXPro} for the list's {@code GTX Pro}
   * ({@code series}, and the {@code sales_price} in USD as the amount of open deals, which the file
   * leaves blank).
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
        .addJoins(ReferenceJoin.builder().table("sales_teams").on("owner").key("sales_agent")
            .putAttributes("manager", "manager").putAttributes("regionalOffice", "regional_office").build())
        .addJoins(ReferenceJoin.builder().table("accounts").on("account").key("account")
            .putAttributes("sector", "sector").putAttributes("officeLocation", "office_location")
            .putAttributes("subsidiaryOf", "subsidiary_of").build())
        .addJoins(ReferenceJoin.builder().table("products").on("product").key("product")
            .match(KeyMatch.IGNORING_CASE_AND_SPACES).putAttributes("series", "series")
            .price("sales_price").priceCurrency("USD").build())
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
            .addCurrency("CurrencyIsoCode", "Opportunity Currency", "Amount Currency").addStage("StageName", "Stage")
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
            .addForecastCategory("Forecast category").addPipeline("Pipeline")
            .addCreatedDate("Create Date").addExpectedCloseDate("Close Date").addClosedDate("Close Date")
            .build())
        .putAttributeColumns("dealType", "Deal Type")
        .defaultCurrency("USD")
        .build();
  }

  /**
   * A Salesforce report export ("Export Details", formatted values) in a US-locale org:
   * {@code "Opportunity ID","Opportunity Name","Account Name","Opportunity Owner","Amount",
   * "Amount Currency","Stage","Probability (%)","Forecast Category","Created Date","Close Date"},
   * amounts like {@code 12,500.00} (or {@code EUR 12,500.00}), dates {@code M/d/yyyy}. An org in
   * another locale exports other formats: copy this mapping and set {@link #datePattern()},
   * {@link #decimalSeparator()} and {@link #thousandsSeparator()} to the org's (a pattern is never
   * guessed: {@code 3/11/2025} is March 11 or November 3). Close Date is the expected close date of
   * open opportunities and the closed date of closed ones. Without a currency column (a
   * single-currency org) amounts are in USD, and the report says so.
   *
   * @return the mapping
   */
  public static ColumnMapping salesforceReport() {
    return builder().name("salesforce-report")
        .columns(DealColumns.builder()
            .addId("Opportunity ID").addName("Opportunity Name").addAccount("Account Name")
            .addOwner("Opportunity Owner").addSource("Lead Source").addAmount("Amount")
            .addCurrency("Amount Currency", "Opportunity Currency").addStage("Stage")
            .addProbability("Probability (%)").addForecastCategory("Forecast Category")
            .addCreatedDate("Created Date").addExpectedCloseDate("Close Date").addClosedDate("Close Date").build())
        .putAttributeColumns("type", "Type")
        .defaultCurrency("USD").datePattern("M/d/yyyy").thousandsSeparator(",")
        .build();
  }

  /**
   * A Salesforce Data Loader (or API) export of Opportunity: {@code Id, Name, AccountId, OwnerId,
   * Amount, CurrencyIsoCode, StageName, Probability, ForecastCategoryName, CreatedDate, CloseDate,
   * IsClosed, IsWon}: plain decimals, ISO dates, {@code CreatedDate} a UTC date-time (its date taken
   * in the definition's time zone). {@code IsClosed} and {@code IsWon} are kept as the attributes
   * {@code isClosed} and {@code isWon}; the stage decides the outcome.
   *
   * @return the mapping
   */
  public static ColumnMapping salesforceDataLoader() {
    return builder().name("salesforce-data-loader")
        .columns(DealColumns.builder()
            .addId("Id").addName("Name").addAccount("AccountId").addOwner("OwnerId").addSource("LeadSource")
            .addAmount("Amount").addCurrency("CurrencyIsoCode").addStage("StageName").addProbability("Probability")
            .addForecastCategory("ForecastCategoryName").addCreatedDate("CreatedDate")
            .addExpectedCloseDate("CloseDate").addClosedDate("CloseDate").build())
        .putAttributeColumns("isClosed", "IsClosed").putAttributeColumns("isWon", "IsWon")
        .putAttributeColumns("type", "Type")
        .defaultCurrency("USD")
        .build();
  }

  /**
   * A Pipedrive deals export: {@code Deal - ID, Deal - Title, Deal - Value, Deal - Currency,
   * Deal - Stage, Deal - Status, Deal - Expected close date, Deal - Deal created, Deal - Won time,
   * Deal - Lost time, Deal - Owner, Deal - Organization}. The status (open, won, lost) decides the
   * outcome: a won deal is in the definition's won stage and closed at its won time, a lost one in
   * its lost stage at its lost time, and the stage column (the last stage the deal was in) is kept
   * as the attribute {@code stageAtClose}.
   *
   * @return the mapping
   */
  public static ColumnMapping pipedriveDeals() {
    return builder().name("pipedrive-deals")
        .columns(DealColumns.builder()
            .addId("Deal - ID").addName("Deal - Title").addAmount("Deal - Value").addCurrency("Deal - Currency")
            .addStage("Deal - Stage").addStatus("Deal - Status").addExpectedCloseDate("Deal - Expected close date")
            .addCreatedDate("Deal - Deal created").addWonDate("Deal - Won time").addLostDate("Deal - Lost time")
            .addOwner("Deal - Owner").addAccount("Deal - Organization").addSource("Deal - Source channel")
            .addPipeline("Deal - Pipeline").build())
        .build();
  }

  /**
   * The ready mappings, by name.
   *
   * @return gen-deals, maven-crm, salesforce-opportunities, hubspot-deals, salesforce-report,
   *     salesforce-data-loader, pipedrive-deals
   */
  public static List<ColumnMapping> ready() {
    return List.of(genDeals(), mavenCrm(), salesforceOpportunities(), hubspotDeals(), salesforceReport(),
        salesforceDataLoader(), pipedriveDeals());
  }
}
