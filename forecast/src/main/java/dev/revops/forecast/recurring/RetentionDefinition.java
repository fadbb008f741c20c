package dev.revops.forecast.recurring;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.Validation;
import dev.revops.core.definition.DefinitionRef;
import dev.revops.core.metric.Metric;
import dev.revops.core.metric.MetricUnit;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A named, versioned churn or retention definition: its formula ({@link #kind()}) and the choices
 * tools differ on, as data shared in JSON. Every value computed by it is a
 * {@link dev.revops.core.metric.MetricValue} citing {@link #metric()}; computing several side by
 * side on the same customers shows how much the choice matters. The built-in ones, with their
 * published sources, are in {@link RetentionDefinitions}.
 *
 * <p>The choices:
 * <ul>
 *   <li>{@link #excludeJoinedAndChurned()} ({@code CUSTOMER_CHURN}): a customer who joined and
 *       churned in the same period is not counted as churned;</li>
 *   <li>{@link #excludeChurnedAndReactivated()} ({@code CUSTOMER_CHURN}): nor is one who both
 *       churned and came back in the period;</li>
 *   <li>{@link #includeReactivation()} ({@code NET_MRR_CHURN}, {@code NET_REVENUE_RETENTION}):
 *       former customers' reactivation MRR offsets losses (it is not in the opening MRR);</li>
 *   <li>{@link #windowDays()} ({@code SUBSCRIBER_CHURN_ROLLING}): the rolling window's length, the
 *       window ending at each period's close.</li>
 * </ul>
 *
 * <p>JSON: {@code {"id": "stripe-subscriber-churn", "version": 1, "name": "Subscriber churn rate
 * (Stripe)", "description": "...", "source": "https://support.stripe.com/...", "kind":
 * "SUBSCRIBER_CHURN_ROLLING", "windowDays": 30}}.
 *
 * <pre>{@code
 * RetentionDefinition d = RetentionDefinitions.CHARTMOGUL_CUSTOMER_CHURN;
 * d.metric().ref();   // chartmogul-customer-churn@1
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRetentionDefinition.class)
@JsonDeserialize(as = ImmutableRetentionDefinition.class)
public abstract class RetentionDefinition {
  /** The longest rolling window, in days. */
  public static final int MAX_WINDOW_DAYS = 366;

  /** Only the generated implementation extends this class, so every instance is validated. */
  RetentionDefinition() {}

  /**
   * The definition's id, shared by its versions.
   *
   * @return for example {@code "chartmogul-customer-churn"}
   */
  public abstract String id();

  /**
   * Its version, from 1; a changed meaning is a new version.
   *
   * @return the version
   */
  public abstract int version();

  /**
   * The name shown to people.
   *
   * @return the name
   */
  public abstract String name();

  /**
   * The definition in words.
   *
   * @return the description
   */
  public abstract String description();

  /**
   * Where the definition is published, when it follows a published one.
   *
   * @return an address; empty for our own
   */
  public abstract Optional<String> source();

  /**
   * The formula.
   *
   * @return the kind
   */
  public abstract RetentionKind kind();

  /**
   * The rolling window of {@code SUBSCRIBER_CHURN_ROLLING}.
   *
   * @return days, 1 to {@value #MAX_WINDOW_DAYS}; empty for other kinds
   */
  public abstract Optional<Integer> windowDays();

  /**
   * Whether customers who joined and churned in the same period are left out of churn.
   *
   * @return false unless set; only for {@code CUSTOMER_CHURN}
   */
  @Value.Default
  public boolean excludeJoinedAndChurned() {
    return false;
  }

  /**
   * Whether customers who churned and came back in the same period are left out of churn.
   *
   * @return false unless set; only for {@code CUSTOMER_CHURN}
   */
  @Value.Default
  public boolean excludeChurnedAndReactivated() {
    return false;
  }

  /**
   * Whether reactivation MRR offsets losses.
   *
   * @return false unless set; only for {@code NET_MRR_CHURN} and {@code NET_REVENUE_RETENTION}
   */
  @Value.Default
  public boolean includeReactivation() {
    return false;
  }

  /**
   * The team that owns the definition.
   *
   * @return {@code "customer-success"} unless set
   */
  @Value.Default
  public String owningTeam() {
    return "customer-success";
  }

  /**
   * A new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds definitions. */
  public static final class Builder extends ImmutableRetentionDefinition.Builder {
    Builder() {}
  }

  /**
   * The id and version.
   *
   * @return the reference
   */
  @JsonIgnore
  public DefinitionRef ref() {
    return DefinitionRef.of(id(), version());
  }

  /**
   * The governed metric its values cite: same id, name and version, unit {@code RATIO}, the
   * description followed by the source.
   *
   * @return the metric
   */
  @JsonIgnore
  public Metric metric() {
    return Metric.builder().id(id()).name(name())
        .description(description() + source().map(s -> " Source: " + s).orElse(""))
        .unit(MetricUnit.RATIO).owningTeam(owningTeam()).version(version()).build();
  }

  @Value.Check
  void check() {
    Validation v = Validation.of("retention definition " + id());
    v.text("id", id());
    v.text("name", name());
    v.text("description", description());
    v.text("source", source());
    v.text("owningTeam", owningTeam());
    v.check(version() >= 1, "version", version(), "must be at least 1");
    boolean rolling = kind() == RetentionKind.SUBSCRIBER_CHURN_ROLLING;
    v.check(windowDays().isPresent() == rolling, "windowDays", windowDays().orElse(null),
        "must be set for SUBSCRIBER_CHURN_ROLLING and only then");
    windowDays().ifPresent(d -> v.check(d >= 1 && d <= MAX_WINDOW_DAYS, "windowDays", d,
        "must be between 1 and " + MAX_WINDOW_DAYS));
    boolean customers = kind() == RetentionKind.CUSTOMER_CHURN;
    v.check(customers || !excludeJoinedAndChurned(), "excludeJoinedAndChurned", true, "is only for CUSTOMER_CHURN");
    v.check(customers || !excludeChurnedAndReactivated(), "excludeChurnedAndReactivated", true,
        "is only for CUSTOMER_CHURN");
    v.check(kind() == RetentionKind.NET_MRR_CHURN || kind() == RetentionKind.NET_REVENUE_RETENTION
        || !includeReactivation(), "includeReactivation", true, "is only for NET_MRR_CHURN and NET_REVENUE_RETENTION");
    v.throwIfInvalid();
  }
}
