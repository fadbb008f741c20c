package dev.revops.forecast.acquisition;

import dev.revops.core.InvalidValueException;
import dev.revops.core.metric.Metric;
import dev.revops.core.metric.MetricValue;
import dev.revops.core.money.Money;
import dev.revops.core.money.Rounding;
import dev.revops.core.period.FiscalCalendar;
import dev.revops.core.period.Period;
import dev.revops.core.period.PeriodKind;
import dev.revops.core.scope.Scope;
import dev.revops.core.touch.DealJourney;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
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
 * <p>New customers are counted by channel by a named {@link CustomerCounting}: first touch, or an
 * attribution model (the primary one, say). Example: {@code AcquisitionCost.ltv(Money.parse("USD 100.00"), new BigDecimal("0.8"),
 * new BigDecimal("0.02"), asOf)} is USD 4000.00.
 */
public final class AcquisitionCost {
  private static final int RATIO_SCALE = 2;

  private AcquisitionCost() {}

  /**
   * CAC blended, paid, by channel and by segment.
   *
   * <p>Blended: all spend over all new customers. Paid: paid-media spend over the customers counted
   * (by {@code counting}) on channels with paid spend. By channel: a channel's spend over the
   * customers counted on it. By segment: a segment's spend over the segment's new customers. Each
   * rounded half-even to the minor unit; absent with no customer to divide by. Spend of a channel or
   * segment without a customer appears in blended (and paid) CAC only.
   *
   * @param spend the period's spend records, all in {@code currency}
   * @param newCustomers the won deals of the period (open and lost deals are refused)
   * @param counting how customers are counted by channel (named in every value)
   * @param currency the reporting currency
   * @param asOf the as-of date the values carry
   * @return the report
   * @throws InvalidValueException if a spend or deal is in another currency, or a deal is not won
   */
  public static CacReport cac(List<Spend> spend, List<DealJourney> newCustomers, CustomerCounting counting,
      Currency currency, LocalDate asOf) {
    Objects.requireNonNull(spend, "spend");
    Objects.requireNonNull(newCustomers, "newCustomers");
    Objects.requireNonNull(counting, "counting");
    Money all = Money.zero(currency);
    Money paid = Money.zero(currency);
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
    SortedMap<String, BigDecimal> customersByChannel = new TreeMap<>();
    SortedMap<String, BigDecimal> customersBySegment = new TreeMap<>();
    for (DealJourney d : newCustomers) {
      if (!d.won()) {
        throw new InvalidValueException("newCustomers", d.dealId(), "must be won deals");
      }
      customersBySegment.merge(d.segment(), BigDecimal.ONE, BigDecimal::add);
      counting.shares(d).forEach((channel, share) -> customersByChannel.merge(channel, share, BigDecimal::add));
    }
    BigDecimal paidCustomers = customersByChannel.entrySet().stream().filter(e -> paidChannels.contains(e.getKey()))
        .map(Map.Entry::getValue).reduce(BigDecimal.ZERO, BigDecimal::add);
    Map<String, String> named = Map.of("counting", counting.name());
    return ImmutableCacReport.builder().counting(counting)
        .blended(cac(AcquisitionMetrics.BLENDED_CAC, all, BigDecimal.valueOf(newCustomers.size()), asOf, named))
        .paid(cac(AcquisitionMetrics.PAID_CAC, paid, paidCustomers, asOf, named))
        .addAllByChannel(perKey(AcquisitionMetrics.CHANNEL_CAC, "channel", byChannel, customersByChannel, asOf, named))
        .addAllBySegment(perKey(AcquisitionMetrics.SEGMENT_CAC, "segment", bySegment, customersBySegment, asOf, named))
        .build();
  }

  private static List<MetricValue> perKey(Metric metric, String dimension, Map<String, Money> spend,
      Map<String, BigDecimal> customers, LocalDate asOf, Map<String, String> named) {
    List<MetricValue> out = new ArrayList<>();
    spend.forEach((k, money) -> {
      Map<String, String> dimensions = new TreeMap<>(named);
      dimensions.put(dimension, k);
      cac(metric, money, customers.getOrDefault(k, BigDecimal.ZERO), asOf, dimensions).ifPresent(out::add);
    });
    return List.copyOf(out);
  }

  /**
   * One CAC: spend over (possibly fractional) new customers, rounded half-even to the minor unit.
   * The value's dimensions get {@code newCustomers}, the customers to 4 decimals.
   *
   * @param metric the CAC definition cited
   * @param spend the spend
   * @param customers the new customers, not negative
   * @param asOf the as-of date
   * @param dimensions the value's dimensions (e.g. {@code channel})
   * @return the value, absent with no customer
   */
  public static Optional<MetricValue> cac(Metric metric, Money spend, BigDecimal customers, LocalDate asOf,
      Map<String, String> dimensions) {
    if (customers.signum() < 0) {
      throw new InvalidValueException("customers", customers, "must not be negative");
    }
    if (customers.signum() == 0) {
      return Optional.empty();
    }
    Money value = Money.of(spend.getCurrency(), spend.getAmount().divide(customers, MathContext.DECIMAL128),
        Rounding.MONEY);
    return Optional.of(MetricValue.builder().metric(metric).money(value).asOf(asOf)
        .counted(customers.setScale(0, RoundingMode.CEILING).longValueExact()).putAllDimensions(dimensions)
        .putDimensions("newCustomers", customers.setScale(4, Rounding.RATIO).stripTrailingZeros().toPlainString())
        .build());
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

  /**
   * The magic number of the quarter of the last month with spend: that quarter's recurring revenue
   * minus the previous quarter's, times 4, over the previous quarter's spend. Quarters are the scope's
   * fiscal calendar's; each quarter's revenue counts the deals won up to its last day (in the
   * scope's zone); the spend is that of the records whose month lies in the previous quarter.
   * Example: spend in 2026-04 to 2026-09 (Q2 and Q3), revenue USD 9,000.00 up to 2026-09-30 and
   * USD 3,000.00 up to 2026-06-30, Q2 spend USD 12,000.00: (9,000 - 3,000) x 4 / 12,000 = 2.00.
   *
   * @param spend spend records in the scope's reporting currency (another currency is an error)
   * @param won won deals
   * @param scope the reporting currency and rates, the zone and the fiscal calendar, the as-of
   * @return the magic number and its inputs; empty without spend records; its value absent when the
   *     previous quarter has no spend
   * @throws dev.revops.core.InvalidValueException if a spend month cannot be read or a deal cannot
   *     be converted
   */
  public static Optional<MagicNumber> magicNumber(List<Spend> spend, List<DealJourney> won, Scope scope) {
    Objects.requireNonNull(spend, "spend");
    Objects.requireNonNull(won, "won");
    Objects.requireNonNull(scope, "scope");
    Currency currency = scope.reportingCurrency().orElseThrow(() -> new InvalidValueException(
        "scope.reportingCurrency", "absent", "must be set"));
    FiscalCalendar calendar = scope.fiscalCalendar();
    Optional<Period> last = spend.stream().map(s -> calendar.parse(PeriodKind.MONTH, s.period()))
        .max(Comparator.naturalOrder());
    if (last.isEmpty()) {
      return Optional.empty();
    }
    Period quarter = calendar.periodOf(PeriodKind.QUARTER, last.get().start());
    Period previous = calendar.periodOf(PeriodKind.QUARTER, quarter.start().minusDays(1));
    Money spent = Money.zero(currency);
    for (Spend s : spend) {
      if (previous.contains(calendar.parse(PeriodKind.MONTH, s.period()).start())) {
        spent = spent.plus(s.amount());
      }
    }
    // a period's end is the day after its last day
    MetricValue now = quarterlyRecurringRevenue(won, quarter.end().minusDays(1), scope);
    MetricValue before = quarterlyRecurringRevenue(won, previous.end().minusDays(1), scope);
    MagicNumber.Builder b = new MagicNumber.Builder().quarter(quarter.label()).revenueThisQuarter(now)
        .revenuePreviousQuarter(before).spendPreviousQuarter(spent);
    if (spent.isPositive()) {
      b.value(magicNumber(now.money().orElseThrow(), before.money().orElseThrow(), spent, scope.asOfDate()));
    }
    return Optional.of(b.build());
  }

  /**
   * Monthly revenue per new customer from bookings: the won amounts as annual contract values,
   * converted to the scope's reporting currency on their close dates, averaged and divided by 12.
   * Example: won USD 12,000.00 and USD 24,000.00 give USD 1,500.00.
   *
   * @param newCustomers won deals, at least one
   * @param scope the reporting currency and rates, the as-of
   * @return the value citing {@link AcquisitionMetrics#MONTHLY_REVENUE_PER_CUSTOMER}
   * @throws InvalidValueException if there is no customer, a deal is not won, or a rate is missing
   */
  public static MetricValue monthlyRevenuePerCustomer(List<DealJourney> newCustomers, Scope scope) {
    if (newCustomers.isEmpty()) {
      throw new InvalidValueException("newCustomers", "[]", "must hold at least one customer");
    }
    Money total = wonTotal(newCustomers, scope);
    Money monthly = Money.of(total.getCurrency(), total.getAmount().divide(BigDecimal.valueOf(12L * newCustomers.size()),
        MathContext.DECIMAL128), Rounding.MONEY);
    return MetricValue.builder().metric(AcquisitionMetrics.MONTHLY_REVENUE_PER_CUSTOMER).money(monthly)
        .asOf(scope.asOfDate()).counted(newCustomers.size()).build();
  }

  /**
   * Quarterly recurring revenue from bookings: the won amounts of deals closed on or before
   * {@code quarterEnd} (in the scope's zone), as annual contract values without churn, converted on
   * their close dates, divided by 4. Example: USD 40,000.00 won before the quarter's end gives
   * USD 10,000.00.
   *
   * @param won won deals (others are refused)
   * @param quarterEnd the quarter's last day
   * @param scope the reporting currency and rates, zone
   * @return the value citing {@link AcquisitionMetrics#QUARTERLY_RECURRING_REVENUE}, dimension {@code quarterEnd}
   */
  public static MetricValue quarterlyRecurringRevenue(List<DealJourney> won, LocalDate quarterEnd, Scope scope) {
    List<DealJourney> before = won.stream().filter(d -> !LocalDate.ofInstant(d.closedWon().orElseThrow(() ->
        new InvalidValueException("won", d.dealId(), "must be won deals")), scope.zone()).isAfter(quarterEnd)).toList();
    Money total = wonTotal(before, scope);
    return MetricValue.builder().metric(AcquisitionMetrics.QUARTERLY_RECURRING_REVENUE)
        .money(total.dividedBy(4, Rounding.MONEY)).asOf(scope.asOfDate()).counted(before.size())
        .putDimensions("quarterEnd", quarterEnd.toString()).build();
  }

  private static Money wonTotal(List<DealJourney> won, Scope scope) {
    Currency currency = scope.reportingCurrency().orElseThrow(() -> new InvalidValueException(
        "scope.reportingCurrency", "absent", "must be set"));
    Money total = Money.zero(currency);
    for (DealJourney d : won) {
      Instant close = d.closedWon().orElseThrow(() -> new InvalidValueException("newCustomers", d.dealId(),
          "must be won deals"));
      LocalDate on = LocalDate.ofInstant(close, scope.zone());
      if (!d.amount().getCurrency().equals(currency)
          && scope.exchangeRates().rate(d.amount().getCurrency(), currency, on).isEmpty()) {
        throw new InvalidValueException("newCustomers", d.dealId(), "must be convertible to "
            + currency.getCurrencyCode() + " on " + on + " with the scope's rates");
      }
      total = total.plus(d.amount().getCurrency().equals(currency) ? d.amount()
          : scope.exchangeRates().convert(d.amount(), currency, on, Rounding.MONEY));
    }
    return total;
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
