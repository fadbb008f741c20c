package dev.revops.forecast.projection;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.Validation;
import dev.revops.core.deal.Deal;
import dev.revops.core.definition.DefinitionRef;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The revenue templates of an organisation, a named and versioned definition: one
 * {@link RevenueTemplate} per product, and the product whose template serves deals that name no
 * product (or one without a template), if any. Every projection cites its {@link #ref()}.
 *
 * <p>JSON: {@code {"id": "templates", "version": 1, "templates": [...], "fallback": "platform"}};
 * the schema is {@code dev/revops/forecast/projection/revenue-templates.schema.json} on the class
 * path.
 *
 * <pre>{@code
 * RevenueTemplates templates = RevenueTemplates.builder().id("templates").version(1)
 *     .addTemplates(platform, services).fallback("platform").build();
 * Optional<RevenueTemplate> t = templates.forDeal(deal);
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRevenueTemplates.class)
@JsonDeserialize(as = ImmutableRevenueTemplates.class)
public abstract class RevenueTemplates {
  /** The most templates a definition holds. */
  public static final int MAX_TEMPLATES = 1_000;

  /** Only the generated implementation extends this class, so every instance is validated. */
  RevenueTemplates() {}

  /**
   * The definition's id.
   *
   * @return the id
   */
  public abstract String id();

  /**
   * The definition's version.
   *
   * @return at least 1
   */
  public abstract int version();

  /**
   * The templates, one per product.
   *
   * @return at least one, unique products
   */
  public abstract List<RevenueTemplate> templates();

  /**
   * The product whose template serves deals without a template of their own.
   *
   * @return the product; empty to leave such deals out
   */
  public abstract Optional<String> fallback();

  /**
   * A new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds template definitions. */
  public static final class Builder extends ImmutableRevenueTemplates.Builder {
    Builder() {}
  }

  /**
   * The definition's id and version, cited by every projection made with it.
   *
   * @return for example {@code templates@1}
   */
  public DefinitionRef ref() {
    return DefinitionRef.of(id(), version());
  }

  /**
   * The template of a product.
   *
   * @param product a product
   * @return its template, if there is one (the fallback is not used)
   */
  public Optional<RevenueTemplate> forProduct(String product) {
    Objects.requireNonNull(product, "product");
    return templates().stream().filter(t -> t.product().equals(product)).findFirst();
  }

  /**
   * The template of a deal: its product's, else the fallback's.
   *
   * @param deal a deal
   * @return the template; empty when the deal's product has none and there is no fallback
   */
  public Optional<RevenueTemplate> forDeal(Deal deal) {
    Optional<RevenueTemplate> own = deal.product().flatMap(this::forProduct);
    return own.isPresent() ? own : fallback().flatMap(this::forProduct);
  }

  @Value.Check
  void check() {
    Validation v = Validation.of("revenue templates " + id());
    v.text("id", id());
    v.check(version() >= 1, "version", version(), "must be at least 1");
    v.check(!templates().isEmpty(), "templates", 0, "must have at least one template");
    v.check(templates().size() <= MAX_TEMPLATES, "templates", templates().size(), "must be at most " + MAX_TEMPLATES);
    Set<String> products = new HashSet<>();
    templates().forEach(t -> v.check(products.add(t.product()), "templates", t.product(), "must have unique products"));
    fallback().ifPresent(f -> v.check(products.contains(f), "fallback", f, "must name a template's product"));
    v.throwIfInvalid();
  }
}
