package dev.revops.forecast.revenue;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.Validation;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * When a contract's price is invoiced: all up front, periodically (in advance or in arrears), or
 * on custom dates. Periodic invoices split the price equally, largest remainder first, so they
 * sum to it exactly.
 *
 * <pre>{@code
 * BillingPlan.upFront(LocalDate.parse("2026-01-01"));
 * BillingPlan.periodic(LocalDate.parse("2026-01-01"), BillingInterval.QUARTERLY, 4, BillingTiming.IN_ADVANCE);
 * BillingPlan.custom(List.of(ScheduledInvoice.of(d1, m1), ScheduledInvoice.of(d2, m2)));
 * }</pre>
 *
 * <p>A plan issues at most {@value ContractBounds#MAX_INVOICES} invoices ({@link ContractBounds}).
 *
 * <p>Invoices are numbered {@code <contract id>-1}, {@code -2}, ... in date order; credit notes
 * and payments refer to them by these ids.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableBillingPlan.class)
@JsonDeserialize(as = ImmutableBillingPlan.class)
public abstract class BillingPlan {

  /** The kinds of plan. */
  public enum Kind {
    /** One invoice for the whole price. */
    UP_FRONT,
    /** Equal invoices every interval. */
    PERIODIC,
    /** Invoices on given dates for given amounts, summing to the price. */
    CUSTOM
  }

  /** Only the generated implementation extends this class, so every instance is validated. */
  BillingPlan() {}

  /**
   * The kind.
   *
   * @return the kind
   */
  public abstract Kind kind();

  /**
   * The up-front invoice date, or the start of the first billing period.
   *
   * @return the date; empty for a custom plan
   */
  public abstract Optional<LocalDate> start();

  /**
   * How often a periodic plan invoices.
   *
   * @return the interval; empty for other kinds
   */
  public abstract Optional<BillingInterval> interval();

  /**
   * How many invoices a periodic plan issues.
   *
   * @return the count; empty for other kinds
   */
  public abstract Optional<Integer> count();

  /**
   * When in each billing period a periodic plan invoices.
   *
   * @return the timing; empty for other kinds
   */
  public abstract Optional<BillingTiming> timing();

  /**
   * The invoices of a custom plan.
   *
   * @return the invoices; empty for other kinds
   */
  public abstract List<ScheduledInvoice> invoices();

  /**
   * The whole price on one date.
   *
   * @param on the invoice date
   * @return the plan
   */
  public static BillingPlan upFront(LocalDate on) {
    return new Builder().kind(Kind.UP_FRONT).start(on).build();
  }

  /**
   * Equal invoices every interval.
   *
   * @param start the first billing period's first day
   * @param interval how often
   * @param count how many invoices
   * @param timing at the start or the end of each billing period
   * @return the plan
   */
  public static BillingPlan periodic(LocalDate start, BillingInterval interval, int count, BillingTiming timing) {
    return new Builder().kind(Kind.PERIODIC).start(start).interval(interval).count(count).timing(timing).build();
  }

  /**
   * Invoices on given dates for given amounts.
   *
   * @param invoices the invoices, summing to the contract's price
   * @return the plan
   */
  public static BillingPlan custom(List<ScheduledInvoice> invoices) {
    return new Builder().kind(Kind.CUSTOM).addAllInvoices(invoices).build();
  }

  /**
   * The dates a plan invoices on, in order.
   *
   * @return one date per invoice
   */
  public List<LocalDate> dates() {
    switch (kind()) {
      case UP_FRONT:
        return List.of(start().get());
      case PERIODIC:
        java.util.ArrayList<LocalDate> out = new java.util.ArrayList<>();
        int m = interval().get().months();
        for (int k = 0; k < count().get(); k++) {
          out.add(timing().get() == BillingTiming.IN_ADVANCE ? start().get().plusMonths((long) k * m)
              : start().get().plusMonths((long) (k + 1) * m).minusDays(1));
        }
        return out;
      default:
        return invoices().stream().map(ScheduledInvoice::date).sorted().toList();
    }
  }

  /** Builds plans. */
  static final class Builder extends ImmutableBillingPlan.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Validation v = Validation.of("billing plan");
    boolean periodic = kind() == Kind.PERIODIC;
    v.check(start().isPresent() == (kind() != Kind.CUSTOM), "start", start().orElse(null),
        "must be set for up-front and periodic plans and only then");
    v.check(interval().isPresent() == periodic && count().isPresent() == periodic
        && timing().isPresent() == periodic, "interval", interval().orElse(null),
        "interval, count and timing must be set for a periodic plan and only then");
    count().ifPresent(c -> v.check(c >= 1, "count", c, "must be at least 1"));
    count().ifPresent(c -> ContractBounds.count(v, "count", c, ContractBounds.MAX_INVOICES, "invoices"));
    start().ifPresent(d -> ContractBounds.date(v, "start", d));
    ContractBounds.count(v, "invoices", invoices().size(), ContractBounds.MAX_INVOICES, "invoices");
    v.check(invoices().isEmpty() != (kind() == Kind.CUSTOM), "invoices", invoices().size(),
        "must be given for a custom plan and only then");
    v.throwIfInvalid();
  }
}
