package dev.revops.forecast.projection;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.Validation;
import dev.revops.core.money.Money;
import dev.revops.forecast.revenue.BillingInterval;
import dev.revops.forecast.revenue.BillingPlan;
import dev.revops.forecast.revenue.BillingTiming;
import dev.revops.forecast.revenue.Milestone;
import dev.revops.forecast.revenue.PerformanceObligation;
import dev.revops.forecast.revenue.RatableConvention;
import dev.revops.forecast.revenue.RecognitionPattern;
import dev.revops.forecast.revenue.ServicePeriod;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How a won deal of one product becomes revenue, billings, cash and cost: the service starts a
 * lag after the close and runs for a term of whole months; revenue is recognized ratably (by a
 * named {@link RatableConvention}), at the service start, or by a burn-down curve (a share at the
 * end of each service month); the price is invoiced up front or monthly, quarterly or annually,
 * in advance or in arrears, from the service start; invoices are paid a number of days after
 * they are issued, either the payment terms (net N) or the DSO (never both); cost is revenue x
 * (1 - the gross margin rate), plus the cost to close (a rate of the amount or a fixed amount, at
 * the close date).
 *
 * <p>The contract a template gives is one performance obligation (the product, at the deal's
 * amount) scheduled by the revenue engine itself, so a projected deal gets exactly the schedule
 * its won contract would get.
 *
 * <p>JSON: {@code {"product": "platform", "termMonths": 12, "recognition": "RATABLE",
 * "convention": "MONTHLY_EVEN", "invoicing": "QUARTERLY", "paymentTermsDays": 30,
 * "grossMarginRate": 0.8}}.
 *
 * <pre>{@code
 * RevenueTemplate platform = RevenueTemplate.builder().product("platform").serviceStartLagDays(14)
 *     .termMonths(12).recognition(RevenueTemplate.Recognition.RATABLE)
 *     .convention(RatableConvention.MONTHLY_EVEN).invoicing(RevenueTemplate.Invoicing.QUARTERLY)
 *     .paymentTermsDays(30).grossMarginRate(new BigDecimal("0.80")).build();
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRevenueTemplate.class)
@JsonDeserialize(as = ImmutableRevenueTemplate.class)
public abstract class RevenueTemplate {
  /** The longest service term, in months (ten years). */
  public static final int MAX_TERM_MONTHS = 120;
  /** The longest lag or payment term, in days (ten years). */
  public static final int MAX_DAYS = 3_660;

  /** How revenue is recognized over the service. */
  public enum Recognition {
    /** Spread over the term by a {@link RatableConvention}. */
    RATABLE,
    /** All at the service start. */
    POINT_IN_TIME,
    /** A share at the end of each service month, by the burn-down curve. */
    BURN_DOWN
  }

  /** The payment terms of a template naming neither payment terms nor a DSO (net 30). */
  public static final int DEFAULT_PAYMENT_TERMS_DAYS = 30;

  /** How the cash of an invoice is dated. */
  public enum CashRule {
    /** Paid the contractual payment terms (net N days) after the invoice date. */
    PAYMENT_TERMS,
    /**
     * The DSO lag: each invoice collected in full its DSO days after the invoice date (a constant
     * DSO of N days read as every receivable outstanding exactly N days).
     */
    DSO_LAG
  }

  /** When the price is invoiced, from the service start. */
  public enum Invoicing {
    /** One invoice at the service start. */
    UP_FRONT,
    /** Equal invoices every month of the term. */
    MONTHLY,
    /** Equal invoices every quarter of the term. */
    QUARTERLY,
    /** Equal invoices every year of the term. */
    ANNUAL
  }

  /** Only the generated implementation extends this class, so every instance is validated. */
  RevenueTemplate() {}

  /**
   * The product the template is for (a deal's {@code product}).
   *
   * @return the product
   */
  public abstract String product();

  /**
   * Days from the close to the service start.
   *
   * @return 0 to {@value #MAX_DAYS}; 0 unless set
   */
  @Value.Default
  public int serviceStartLagDays() {
    return 0;
  }

  /**
   * The service term in calendar months, from the service start (end exclusive).
   *
   * @return 1 to {@value #MAX_TERM_MONTHS}
   */
  public abstract int termMonths();

  /**
   * How revenue is recognized.
   *
   * @return the recognition
   */
  public abstract Recognition recognition();

  /**
   * The convention of ratable recognition.
   *
   * @return the convention; set for {@link Recognition#RATABLE} and only then
   */
  public abstract Optional<RatableConvention> convention();

  /**
   * The burn-down curve: the share of the price recognized at the end of each service month, from
   * the first.
   *
   * @return shares summing to 1, at most {@link #termMonths()} of them; set for
   *     {@link Recognition#BURN_DOWN} and only then
   */
  public abstract List<BigDecimal> burnDown();

  /**
   * When the price is invoiced.
   *
   * @return the invoicing
   */
  public abstract Invoicing invoicing();

  /**
   * Whether periodic invoices are issued at the start or the end of their billing period.
   *
   * @return in advance unless set
   */
  @Value.Default
  public BillingTiming billingTiming() {
    return BillingTiming.IN_ADVANCE;
  }

  /**
   * Days from an invoice to its payment (net N): the contractual rule of {@link CashRule#PAYMENT_TERMS}.
   *
   * @return 0 to {@value #MAX_DAYS}; empty when the template names a DSO instead, or neither (net
   *     {@value #DEFAULT_PAYMENT_TERMS_DAYS} then)
   */
  public abstract Optional<Integer> paymentTermsDays();

  /**
   * Days sales outstanding: the rule {@link CashRule#DSO_LAG}, each invoice collected in full
   * this many days after its date (the observed collection time, late payers included, in place of
   * the contractual terms).
   *
   * @return 0 to {@value #MAX_DAYS}; empty unless the template names a DSO (never with payment terms)
   */
  public abstract Optional<Integer> dsoDays();

  /**
   * The gross margin rate: cost is revenue x (1 - rate), in the periods of the revenue.
   *
   * @return a rate in [0, 1]; empty for no cost figure
   */
  public abstract Optional<BigDecimal> grossMarginRate();

  /**
   * The cost incurred when a deal closes (commission, acquisition cost): a rate of the amount or a
   * fixed amount, dated at the close date, beside the cost of revenue from {@link #grossMarginRate()}.
   *
   * @return the rule; empty for none
   */
  public abstract Optional<CostToClose> costToClose();

  /**
   * How cash follows the invoices: by the payment terms, or by the DSO.
   *
   * @return {@link CashRule#DSO_LAG} when {@link #dsoDays()} is set, else {@link CashRule#PAYMENT_TERMS}
   */
  public CashRule cashRule() {
    return dsoDays().isPresent() ? CashRule.DSO_LAG : CashRule.PAYMENT_TERMS;
  }

  /**
   * Days from an invoice to the cash, by the template's rule: its DSO, else its payment terms, else
   * net {@value #DEFAULT_PAYMENT_TERMS_DAYS}.
   *
   * <pre>{@code
   * RevenueTemplate.builder().product("p").termMonths(1).recognition(Recognition.POINT_IN_TIME)
   *     .invoicing(Invoicing.UP_FRONT).dsoDays(52).build().collectionDays();   // 52
   * }</pre>
   *
   * @return 0 to {@value #MAX_DAYS}
   */
  public int collectionDays() {
    return dsoDays().orElse(paymentTermsDays().orElse(DEFAULT_PAYMENT_TERMS_DAYS));
  }

  /**
   * A new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds templates. */
  public static final class Builder extends ImmutableRevenueTemplate.Builder {
    Builder() {}
  }

  /**
   * The service start of a deal closing on a date.
   *
   * @param close the close date
   * @return the close date plus the lag
   */
  public LocalDate serviceStart(LocalDate close) {
    return close.plusDays(serviceStartLagDays());
  }

  /**
   * What a deal of this product closing on a date sells: one obligation, the product, at the
   * deal's amount, for the term from the service start.
   *
   * <pre>{@code
   * List<PerformanceObligation> lines = template.obligations(close, Money.parse("USD 12000.00"), ZoneOffset.UTC);
   * }</pre>
   *
   * @param close the close date
   * @param amount the deal's amount, positive
   * @param zone the zone days start in
   * @return the obligation
   */
  public List<PerformanceObligation> obligations(LocalDate close, Money amount, ZoneId zone) {
    LocalDate start = serviceStart(close);
    ServicePeriod service = ServicePeriod.ofDates(start, start.plusMonths(termMonths()), false, zone);
    return List.of(PerformanceObligation.builder().id(product()).standaloneSellingPrice(amount).service(service)
        .pattern(pattern(start, zone)).build());
  }

  /**
   * How a deal of this product closing on a date is invoiced.
   *
   * <pre>{@code
   * BillingPlan plan = template.billing(LocalDate.parse("2026-11-15"));
   * }</pre>
   *
   * @param close the close date
   * @return the billing plan, from the service start; periodic plans issue one invoice per
   *     billing period the term starts (a 5-month term billed quarterly: 2 invoices)
   */
  public BillingPlan billing(LocalDate close) {
    LocalDate start = serviceStart(close);
    if (invoicing() == Invoicing.UP_FRONT) {
      return BillingPlan.upFront(start);
    }
    BillingInterval interval = BillingInterval.valueOf(invoicing().name());
    int count = (termMonths() + interval.months() - 1) / interval.months();
    return BillingPlan.periodic(start, interval, count, billingTiming());
  }

  private RecognitionPattern pattern(LocalDate start, ZoneId zone) {
    switch (recognition()) {
      case RATABLE:
        return RecognitionPattern.ratable(convention().get());
      case POINT_IN_TIME:
        return RecognitionPattern.pointInTime();
      default:
        List<Milestone> ms = new ArrayList<>();
        for (int k = 0; k < burnDown().size(); k++) {
          ms.add(Milestone.of("month-" + (k + 1), start.plusMonths(k + 1L).minusDays(1).atStartOfDay(zone).toInstant(),
              burnDown().get(k)));
        }
        return RecognitionPattern.milestones(ms);
    }
  }

  @Value.Check
  void check() {
    Validation v = Validation.of("revenue template " + product());
    v.text("product", product());
    v.check(serviceStartLagDays() >= 0 && serviceStartLagDays() <= MAX_DAYS, "serviceStartLagDays",
        serviceStartLagDays(), "must be 0 to " + MAX_DAYS);
    v.check(termMonths() >= 1 && termMonths() <= MAX_TERM_MONTHS, "termMonths", termMonths(),
        "must be 1 to " + MAX_TERM_MONTHS);
    paymentTermsDays().ifPresent(d -> v.check(d >= 0 && d <= MAX_DAYS, "paymentTermsDays", d,
        "must be 0 to " + MAX_DAYS));
    dsoDays().ifPresent(d -> v.check(d >= 0 && d <= MAX_DAYS, "dsoDays", d, "must be 0 to " + MAX_DAYS));
    v.check(paymentTermsDays().isEmpty() || dsoDays().isEmpty(), "dsoDays", dsoDays().orElse(null),
        "must not be given with paymentTermsDays " + paymentTermsDays().orElse(null)
            + " (a template names payment terms or a DSO, never both)");
    v.check(convention().isPresent() == (recognition() == Recognition.RATABLE), "convention",
        convention().orElse(null), "must be set for ratable recognition and only then");
    v.check(burnDown().isEmpty() != (recognition() == Recognition.BURN_DOWN), "burnDown", burnDown().size(),
        "must be given for burn-down recognition and only then");
    v.check(burnDown().size() <= termMonths(), "burnDown", burnDown().size(),
        "must have at most one share per month of the term " + termMonths());
    BigDecimal sum = BigDecimal.ZERO;
    for (BigDecimal s : burnDown()) {
      v.check(s.signum() > 0, "burnDown", s.toPlainString(), "must have positive shares (nothing in the first months: a longer lag)");
      sum = sum.add(s);
    }
    v.check(burnDown().isEmpty() || sum.compareTo(BigDecimal.ONE) == 0, "burnDown", sum.toPlainString(),
        "must have shares summing to 1");
    grossMarginRate().ifPresent(r -> v.check(r.signum() >= 0 && r.compareTo(BigDecimal.ONE) <= 0,
        "grossMarginRate", r.toPlainString(), "must be in [0, 1]"));
    v.throwIfInvalid();
  }
}
