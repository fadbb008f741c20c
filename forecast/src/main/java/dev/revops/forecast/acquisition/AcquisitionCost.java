package dev.revops.forecast.acquisition;

import dev.revops.core.InvalidValueException;
import dev.revops.core.metric.Metric;
import dev.revops.core.metric.MetricValue;
import dev.revops.core.money.Money;
import dev.revops.core.money.Rounding;
import dev.revops.core.touch.DealJourney;
import dev.revops.core.touch.Touch;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Acquisition cost figures from spend, new customers and named revenue inputs, each a
 * {@link MetricValue} citing {@link AcquisitionMetrics}.
 *
 * <p>New customers are counted by <em>first touch</em>: a won deal counts once, for the channel of
 * its earliest touch at or before closed won (a deal without such a touch counts in blended and
 * segment CAC only). Example: {@code AcquisitionCost.ltv(Money.parse("USD 100.00"), new BigDecimal("0.8"),
 * new BigDecimal("0.02"), asOf)} is USD 4000.00.
 */
public final class AcquisitionCost {
  private static final int RATIO_SCALE = 2;

  private AcquisitionCost() {}

  /**
   * CAC blended, paid, by channel and by segment.
   *
   * @param spend the period's spend records, all in {@code currency}
   * @param newCustomers the won deals of the period (open deals are refused)
   * @param currency the reporting currency
   * @param asOf the as-of date the values carry
   * @return the report
   * @throws InvalidValueException if a spend or deal is in another currency, or a deal is not won
   */
  public static CacReport cac(List<Spend> spend, List<DealJourney> newCustomers, Currency currency, LocalDate asOf) {
    Objects.requireNonNull(spend, "spend");
    Objects.requireNonNull(newCustomers, "newCustomers");
    Money zero = Money.zero(currency);
    Money all = zero;
    Money paid = zero;
    Set<String> paidChannels = new HashSet<>();
    SortedMap<String, Money> byChannel = new TreeMap<>();
    SortedMap<String, Money> bySegment = new TreeMap<>();
    for (Spend s : spend) {
      sameCurrency("spend", s.amount(), currency);
      all = all.plus(s.amount());
      if (s.paid()) {
        paid = paid.plus(s.amount());
        paidChannels.add(s.channel());
      }
      byChannel.merge(s.channel(), s.amount(), Money::plus);
      bySegment.merge(s.segment(), s.amount(), Money::plus);
    }
    SortedMap<String, Long> customersByChannel = new TreeMap<>();
    SortedMap<String, Long> customersBySegment = new TreeMap<>();
    long paidCustomers = 0;
    for (DealJourney d : newCustomers) {
      if (!d.won()) {
        throw new InvalidValueException("newCustomers", d.dealId(), "must be won deals");
      }
      customersBySegment.merge(d.segment(), 1L, Long::sum);
      Optional<String> channel = firstTouchChannel(d);
      if (channel.isPresent()) {
        customersByChannel.merge(channel.get(), 1L, Long::sum);
        paidCustomers += paidChannels.contains(channel.get()) ? 1 : 0;
      }
    }
    return new CacReport(cac(AcquisitionMetrics.BLENDED_CAC, all, newCustomers.size(), asOf, Map.of()),
        cac(AcquisitionMetrics.PAID_CAC, paid, paidCustomers, asOf, Map.of()),
        perKey(AcquisitionMetrics.CHANNEL_CAC, "channel", byChannel, customersByChannel, asOf),
        perKey(AcquisitionMetrics.SEGMENT_CAC, "segment", bySegment, customersBySegment, asOf));
  }

  private static List<MetricValue> perKey(Metric metric, String dimension, Map<String, Money> spend,
      Map<String, Long> customers, LocalDate asOf) {
    List<MetricValue> out = new ArrayList<>();
    spend.forEach((k, money) -> cac(metric, money, customers.getOrDefault(k, 0L), asOf, Map.of(dimension, k))
        .ifPresent(out::add));
    return List.copyOf(out);
  }

  /**
   * One CAC: spend over customers, rounded half-even to the minor unit.
   *
   * @param metric the CAC definition cited
   * @param spend the spend
   * @param customers the new customers, not negative
   * @param asOf the as-of date
   * @param dimensions the value's dimensions (e.g. {@code channel})
   * @return the value, absent with no customer
   */
  public static Optional<MetricValue> cac(Metric metric, Money spend, long customers, LocalDate asOf,
      Map<String, String> dimensions) {
    if (customers < 0) {
      throw new InvalidValueException("customers", customers, "must not be negative");
    }
    if (customers == 0) {
      return Optional.empty();
    }
    return Optional.of(MetricValue.builder().metric(metric).money(spend.dividedBy(customers, Rounding.MONEY))
        .asOf(asOf).counted(customers).putAllDimensions(dimensions).build());
  }

  /**
   * CAC payback in months: CAC / (monthly recurring revenue per new customer x gross margin).
   *
   * @param cac the CAC
   * @param monthlyRevenuePerCustomer the new customers' average monthly recurring revenue, positive
   * @param grossMargin the gross margin, in (0, 1]
   * @param asOf the as-of date
   * @return months, 2 decimals half-even; e.g. CAC 1200, MRR 100, margin 0.8 gives 15.00
   */
  public static MetricValue paybackMonths(Money cac, Money monthlyRevenuePerCustomer, BigDecimal grossMargin,
      LocalDate asOf) {
    sameCurrency("monthlyRevenuePerCustomer", monthlyRevenuePerCustomer, cac.getCurrency());
    checkMargin(grossMargin);
    positive("monthlyRevenuePerCustomer", monthlyRevenuePerCustomer.getAmount());
    BigDecimal monthly = monthlyRevenuePerCustomer.getAmount().multiply(grossMargin);
    return ratio(AcquisitionMetrics.CAC_PAYBACK_MONTHS, cac.getAmount().divide(monthly, RATIO_SCALE, Rounding.RATIO),
        asOf);
  }

  /**
   * Lifetime value: monthly revenue per account x gross margin / monthly churn rate.
   *
   * @param monthlyRevenuePerAccount ARPA, per month
   * @param grossMargin the gross margin, in (0, 1]
   * @param monthlyChurnRate the named churn input, a monthly rate in (0, 1]
   * @param asOf the as-of date
   * @return the LTV rounded half-even to the minor unit
   */
  public static MetricValue ltv(Money monthlyRevenuePerAccount, BigDecimal grossMargin, BigDecimal monthlyChurnRate,
      LocalDate asOf) {
    checkMargin(grossMargin);
    positive("monthlyChurnRate", monthlyChurnRate);
    if (monthlyChurnRate.compareTo(BigDecimal.ONE) > 0) {
      throw new InvalidValueException("monthlyChurnRate", monthlyChurnRate, "must be at most 1");
    }
    BigDecimal exact = monthlyRevenuePerAccount.getAmount().multiply(grossMargin)
        .divide(monthlyChurnRate, 20, RoundingMode.DOWN);
    return MetricValue.builder().metric(AcquisitionMetrics.LTV)
        .money(Money.of(monthlyRevenuePerAccount.getCurrency(), exact, Rounding.MONEY)).asOf(asOf).counted(1).build();
  }

  /**
   * LTV:CAC.
   *
   * @param ltv the lifetime value
   * @param cac the CAC, positive, same currency
   * @param asOf the as-of date
   * @return the ratio, 2 decimals half-even
   */
  public static MetricValue ltvToCac(Money ltv, Money cac, LocalDate asOf) {
    sameCurrency("cac", cac, ltv.getCurrency());
    positive("cac", cac.getAmount());
    return ratio(AcquisitionMetrics.LTV_TO_CAC, ltv.getAmount().divide(cac.getAmount(), RATIO_SCALE, Rounding.RATIO),
        asOf);
  }

  /**
   * The magic number: (this quarter's recurring revenue - last quarter's) x 4 / last quarter's spend.
   *
   * @param revenueThisQuarter recurring revenue recognised in the quarter
   * @param revenuePreviousQuarter that of the previous quarter
   * @param spendPreviousQuarter acquisition spend of the previous quarter, positive
   * @param asOf the as-of date
   * @return the ratio, 2 decimals half-even (may be negative when revenue fell)
   */
  public static MetricValue magicNumber(Money revenueThisQuarter, Money revenuePreviousQuarter,
      Money spendPreviousQuarter, LocalDate asOf) {
    positive("spendPreviousQuarter", spendPreviousQuarter.getAmount());
    Money change = revenueThisQuarter.minus(revenuePreviousQuarter);
    sameCurrency("spendPreviousQuarter", spendPreviousQuarter, change.getCurrency());
    return ratio(AcquisitionMetrics.MAGIC_NUMBER, change.getAmount().multiply(BigDecimal.valueOf(4))
        .divide(spendPreviousQuarter.getAmount(), RATIO_SCALE, Rounding.RATIO), asOf);
  }

  static Optional<String> firstTouchChannel(DealJourney d) {
    Instant close = d.closedWon().orElseThrow();
    return d.touches().stream().filter(t -> !t.instant().isAfter(close)).findFirst().map(Touch::channel);
  }

  private static MetricValue ratio(Metric metric, BigDecimal value, LocalDate asOf) {
    return MetricValue.builder().metric(metric).number(value).asOf(asOf).counted(1).build();
  }

  private static void checkMargin(BigDecimal grossMargin) {
    positive("grossMargin", grossMargin);
    if (grossMargin.compareTo(BigDecimal.ONE) > 0) {
      throw new InvalidValueException("grossMargin", grossMargin, "must be at most 1");
    }
  }

  private static void positive(String field, BigDecimal value) {
    if (Objects.requireNonNull(value, field).signum() <= 0) {
      throw new InvalidValueException(field, value, "must be positive");
    }
  }

  private static void sameCurrency(String field, Money m, Currency currency) {
    if (!m.getCurrency().equals(currency)) {
      throw new InvalidValueException(field, m, "must be in " + currency.getCurrencyCode());
    }
  }
}
