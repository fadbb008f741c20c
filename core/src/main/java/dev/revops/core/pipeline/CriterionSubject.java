package dev.revops.core.pipeline;

import java.util.Optional;

/**
 * Something criteria can be checked against: a deal, seen through its field values.
 *
 * <p>{@link dev.revops.core.deal.Deal} implements it; the definition never needs the concrete type.
 */
public interface CriterionSubject {

  /**
   * The value of a built-in field, typed by its {@link DealField.Kind}: {@code String} for text,
   * {@link dev.revops.core.money.Money} for money, {@link java.math.BigDecimal} for decimals
   * (the probability too), {@link java.time.LocalDate} for dates and {@link ForecastCategory} for
   * the category.
   *
   * @param field the field
   * @return the value, or empty when the field is not set
   */
  Optional<Object> fieldValue(DealField field);

  /**
   * The value of a custom attribute.
   *
   * @param name the attribute's name, without the {@code attributes.} prefix
   * @return the value, or empty when not set
   */
  Optional<String> attribute(String name);
}
