package dev.revops.core.io;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.Validation;
import dev.revops.core.pipeline.DealField;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * Which CSV column holds each deal field. Each field lists candidate header names; the first one
 * the file's header has is used (headers match ignoring case and surrounding spaces), so one
 * mapping can serve several spellings of an export. An empty list leaves the field unmapped.
 *
 * <p>{@link #id()} and {@link #stage()} are required; {@link #currency()} names the column of the
 * amount's and cost's currency (or the mapping gives a default currency).
 *
 * <p>JSON: {@code {"id": ["deal_id"], "stage": ["stage"], "amount": ["amount"], "currency":
 * ["currency"]}}; fields not listed are unmapped.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDealColumns.class)
@JsonDeserialize(as = ImmutableDealColumns.class)
public abstract class DealColumns {
  /** Only the generated implementation extends this class, so every instance is validated. */
  DealColumns() {}

  /**
   * The candidate headers of the deal id (required).
   *
   * @return the candidates, in order of preference
   */
  public abstract List<String> id();

  /**
   * The candidate headers of the deal name.
   *
   * @return the candidates, in order of preference
   */
  public abstract List<String> name();

  /**
   * The candidate headers of the account.
   *
   * @return the candidates, in order of preference
   */
  public abstract List<String> account();

  /**
   * The candidate headers of the owner.
   *
   * @return the candidates, in order of preference
   */
  public abstract List<String> owner();

  /**
   * The candidate headers of the source.
   *
   * @return the candidates, in order of preference
   */
  public abstract List<String> source();

  /**
   * The candidate headers of the segment.
   *
   * @return the candidates, in order of preference
   */
  public abstract List<String> segment();

  /**
   * The candidate headers of the product.
   *
   * @return the candidates, in order of preference
   */
  public abstract List<String> product();

  /**
   * The candidate headers of the amount (a decimal in the mapping's number format).
   *
   * @return the candidates, in order of preference
   */
  public abstract List<String> amount();

  /**
   * The candidate headers of the currency code of the amount and cost to close.
   *
   * @return the candidates, in order of preference
   */
  public abstract List<String> currency();

  /**
   * The candidate headers of the stage name (required; read through the definition's aliases).
   *
   * @return the candidates, in order of preference
   */
  public abstract List<String> stage();

  /**
   * The candidate headers of the probability (scale set by the mapping).
   *
   * @return the candidates, in order of preference
   */
  public abstract List<String> probability();

  /**
   * The candidate headers of the forecast category.
   *
   * @return the candidates, in order of preference
   */
  public abstract List<String> forecastCategory();

  /**
   * The candidate headers of the created date.
   *
   * @return the candidates, in order of preference
   */
  public abstract List<String> createdDate();

  /**
   * The candidate headers of the expected close date.
   *
   * @return the candidates, in order of preference
   */
  public abstract List<String> expectedCloseDate();

  /**
   * Candidate headers of the closed date. When it resolves to the same column as the expected
   * close date (as in Salesforce's single Close Date), that column is the closed date of closed
   * deals and the expected close date of every deal.
   *
   * @return the candidates
   */
  public abstract List<String> closedDate();

  /**
   * The candidate headers of the cost to close (a decimal in the mapping's number format, in the
   * deal's currency).
   *
   * @return the candidates, in order of preference
   */
  public abstract List<String> costToClose();

  /**
   * The candidate headers of the projected margin (scale set by the mapping).
   *
   * @return the candidates, in order of preference
   */
  public abstract List<String> projectedMarginRate();

  /**
   * Candidate headers of the pipeline a row belongs to (HubSpot's {@code Pipeline}). Its value is
   * kept as the attribute {@code pipeline} and, when the importer is given definitions by pipeline
   * ({@link DealCsvImporter#withPipelines}), selects the definition the row's stage is read in.
   *
   * @return the candidates, in order of preference
   */
  public abstract List<String> pipeline();

  /**
   * Candidate headers of the deal's status, {@code open}, {@code won} or {@code lost} (any case;
   * Pipedrive's {@code Deal - Status}). When mapped, a won or lost status decides the stage (the
   * definition's won stage, or its lost stage), since such exports keep in the stage column the
   * last open stage the deal was in; that stage is kept as the attribute {@code stageAtClose}. A
   * {@code deleted} status is rejected.
   *
   * @return the candidates, in order of preference
   */
  public abstract List<String> status();

  /**
   * Candidate headers of the date a deal was won (Pipedrive's {@code Deal - Won time}): the closed
   * date of won deals, when mapped.
   *
   * @return the candidates, in order of preference
   */
  public abstract List<String> wonDate();

  /**
   * Candidate headers of the date a deal was lost (Pipedrive's {@code Deal - Lost time}): the
   * closed date of lost deals, when mapped.
   *
   * @return the candidates, in order of preference
   */
  public abstract List<String> lostDate();

  /**
   * A new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds column lists. */
  public static final class Builder extends ImmutableDealColumns.Builder {
    Builder() {}
  }

  /**
   * The candidates of every mapped field, keyed by field path ({@code "currency"} for the currency
   * column), in field order.
   *
   * @return field path to candidate headers; unmapped fields left out
   */
  public Map<String, List<String>> byField() {
    Map<String, List<String>> m = new LinkedHashMap<>();
    put(m, DealField.ID.path(), id());
    put(m, DealField.NAME.path(), name());
    put(m, DealField.ACCOUNT.path(), account());
    put(m, DealField.OWNER.path(), owner());
    put(m, DealField.SOURCE.path(), source());
    put(m, DealField.SEGMENT.path(), segment());
    put(m, DealField.PRODUCT.path(), product());
    put(m, DealField.AMOUNT.path(), amount());
    put(m, "currency", currency());
    put(m, DealField.STAGE.path(), stage());
    put(m, DealField.PROBABILITY.path(), probability());
    put(m, DealField.FORECAST_CATEGORY.path(), forecastCategory());
    put(m, DealField.CREATED_DATE.path(), createdDate());
    put(m, DealField.EXPECTED_CLOSE_DATE.path(), expectedCloseDate());
    put(m, DealField.CLOSED_DATE.path(), closedDate());
    put(m, DealField.COST_TO_CLOSE.path(), costToClose());
    put(m, DealField.PROJECTED_MARGIN_RATE.path(), projectedMarginRate());
    put(m, "pipeline", pipeline());
    put(m, "status", status());
    put(m, "wonDate", wonDate());
    put(m, "lostDate", lostDate());
    return m;
  }

  private static void put(Map<String, List<String>> m, String field, List<String> candidates) {
    if (!candidates.isEmpty()) {
      m.put(field, candidates);
    }
  }

  @Value.Check
  void check() {
    Validation v = Validation.of("deal columns");
    v.check(!id().isEmpty(), "id", "[]", "must name at least one candidate column");
    v.check(!stage().isEmpty(), "stage", "[]", "must name at least one candidate column");
    byField().forEach((field, candidates) -> candidates.forEach(c -> v.text(field, c)));
    v.throwIfInvalid();
  }
}
