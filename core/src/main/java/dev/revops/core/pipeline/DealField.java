package dev.revops.core.pipeline;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.revops.core.InvalidValueException;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The built-in fields of a deal, by the names that criteria, column mappings and field ownership
 * refer to. Custom CRM fields are referred to as {@code attributes.<name>} instead.
 *
 * <p>JSON and text use the {@linkplain #path() path}, for example {@code "expectedCloseDate"}.
 */
public enum DealField {
  /** The deal's unique id (text). */
  ID("id", Kind.TEXT),
  /** The deal's name (text). */
  NAME("name", Kind.TEXT),
  /** The account (customer) the deal is with (text). */
  ACCOUNT("account", Kind.TEXT),
  /** The owning sales rep (text). */
  OWNER("owner", Kind.TEXT),
  /** Where the deal came from, for example Inbound or Partner (text). */
  SOURCE("source", Kind.TEXT),
  /** The market segment, for example SMB or Enterprise (text). */
  SEGMENT("segment", Kind.TEXT),
  /** The product or product line (text). */
  PRODUCT("product", Kind.TEXT),
  /** The deal amount (money). */
  AMOUNT("amount", Kind.MONEY),
  /** The current stage's id (text). */
  STAGE("stage", Kind.TEXT),
  /** The effective probability: the override if any, else the stage default (decimal in [0,1]). */
  PROBABILITY("probability", Kind.DECIMAL),
  /** The effective forecast category (category). */
  FORECAST_CATEGORY("forecastCategory", Kind.CATEGORY),
  /** The date the deal was created (date). */
  CREATED_DATE("createdDate", Kind.DATE),
  /** The date the deal is expected to close (date). */
  EXPECTED_CLOSE_DATE("expectedCloseDate", Kind.DATE),
  /** The date the deal closed, won or lost (date). */
  CLOSED_DATE("closedDate", Kind.DATE),
  /** The expected cost of closing the deal (money). */
  COST_TO_CLOSE("costToClose", Kind.MONEY),
  /** The projected margin as a fraction of the amount, for example 0.72 (decimal). */
  PROJECTED_MARGIN_RATE("projectedMarginRate", Kind.DECIMAL);

  /** The kind of value a field holds, which decides the criteria that apply to it. */
  public enum Kind {
    /** Free text, compared exactly. */
    TEXT,
    /** An amount of money. */
    MONEY,
    /** A decimal number. */
    DECIMAL,
    /** A calendar date. */
    DATE,
    /** A {@link ForecastCategory}. */
    CATEGORY
  }

  /** The prefix of custom-attribute references, as in {@code attributes.champion}. */
  public static final String ATTRIBUTE_PREFIX = "attributes.";

  private final String path;
  private final Kind kind;

  DealField(String path, Kind kind) {
    this.path = path;
    this.kind = kind;
  }

  /**
   * The field's name in JSON, criteria and mappings.
   *
   * @return for example {@code "expectedCloseDate"}
   */
  @JsonValue
  public String path() {
    return path;
  }

  /**
   * The kind of value the field holds.
   *
   * @return the kind
   */
  public Kind kind() {
    return kind;
  }

  /**
   * Finds a field by its path.
   *
   * @param path for example {@code "amount"}
   * @return the field, or empty when no built-in field has that path
   */
  public static Optional<DealField> find(String path) {
    Objects.requireNonNull(path, "path");
    for (DealField f : values()) {
      if (f.path.equals(path)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }

  /**
   * The field with the given path.
   *
   * @param path for example {@code "amount"}
   * @return the field
   * @throws InvalidValueException if no built-in field has that path
   */
  @JsonCreator
  public static DealField ofPath(String path) {
    return find(path).orElseThrow(() -> new InvalidValueException("field", path,
        "must be one of " + Arrays.stream(values()).map(DealField::path)
            .collect(Collectors.joining(", "))));
  }

  /**
   * The path itself.
   *
   * @return the {@linkplain #path() path}
   */
  @Override
  public String toString() {
    return path;
  }
}
