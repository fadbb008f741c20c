package dev.revops.core.deal;

import dev.revops.core.money.Money;
import dev.revops.core.pipeline.DealField;
import dev.revops.core.pipeline.Stage;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A deal rebuilt with some fields set to other values (strict builders set each field once, so the
 * rest is copied here): what rebuilding a past state and applying a change request share.
 */
final class DealEdits {
  private DealEdits() {}

  /**
   * A copy of {@code base} in {@code stage} with the given fields (paths of {@link DealField} or
   * {@code attributes.<name>}, typed as {@link dev.revops.core.history.FieldChange} types them;
   * an empty value clears the field) and overrides.
   */
  static Deal.Builder copy(Deal base, Stage stage, Optional<LocalDate> closedDate, Map<String, Optional<Object>> values) {
    Deal.Builder b = Deal.builder().id(base.id()).stage(stage).closedDate(closedDate).createdDate(base.createdDate());
    b.name(typed(values, DealField.NAME, base.name(), String.class));
    b.account(typed(values, DealField.ACCOUNT, base.account(), String.class));
    b.owner(typed(values, DealField.OWNER, base.owner(), String.class));
    b.source(typed(values, DealField.SOURCE, base.source(), String.class));
    b.segment(typed(values, DealField.SEGMENT, base.segment(), String.class));
    b.product(typed(values, DealField.PRODUCT, base.product(), String.class));
    b.amount(typed(values, DealField.AMOUNT, base.amount(), Money.class));
    b.expectedCloseDate(typed(values, DealField.EXPECTED_CLOSE_DATE, base.expectedCloseDate(), LocalDate.class));
    b.costToClose(typed(values, DealField.COST_TO_CLOSE, base.costToClose(), Money.class));
    b.projectedMarginRate(typed(values, DealField.PROJECTED_MARGIN_RATE, base.projectedMarginRate(), BigDecimal.class));
    Map<String, String> attributes = new TreeMap<>(base.attributes());
    values.forEach((field, value) -> {
      if (field.startsWith(DealField.ATTRIBUTE_PREFIX)) {
        String name = field.substring(DealField.ATTRIBUTE_PREFIX.length());
        value.ifPresentOrElse(v -> attributes.put(name, (String) v), () -> attributes.remove(name));
      }
    });
    b.putAllAttributes(attributes);
    return b;
  }

  private static <T> Optional<T> typed(Map<String, Optional<Object>> values, DealField field, Optional<T> now,
      Class<T> type) {
    Optional<Object> then = values.get(field.path());
    return then == null ? now : then.map(type::cast);
  }
}
