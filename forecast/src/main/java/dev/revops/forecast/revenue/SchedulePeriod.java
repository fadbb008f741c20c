package dev.revops.forecast.revenue;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.Validation;
import dev.revops.core.money.Money;
import dev.revops.core.period.Period;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One period of a contract's schedule: what was booked, recognized, billed and collected in it and
 * to its end, and the contract's position at its end, netted per contract: deferred revenue
 * (contract liability) when billed to date exceeds recognized to date, unbilled receivable
 * (contract asset) when recognized exceeds billed. In a period the books have closed, every figure
 * is as posted.
 *
 * <pre>{@code
 * schedule.periods().forEach(p -> System.out.println(p.period().label() + " " + p.recognized() + " " + p.deferred()));
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSchedulePeriod.class)
@JsonDeserialize(as = ImmutableSchedulePeriod.class)
public abstract class SchedulePeriod {

  /** Only the generated implementation extends this class, so every instance is validated. */
  SchedulePeriod() {}

  /**
   * The period.
   *
   * @return the period
   */
  public abstract Period period();

  /**
   * Revenue recognized in the period.
   *
   * @return the amount
   */
  public abstract Money recognized();

  /**
   * Billed in the period (invoices less credit notes).
   *
   * @return the amount
   */
  public abstract Money billed();

  /**
   * Collected in the period.
   *
   * @return the amount
   */
  public abstract Money collected();

  /**
   * Recognized to the period's end.
   *
   * @return the amount
   */
  public abstract Money recognizedToDate();

  /**
   * Billed to the period's end.
   *
   * @return the amount
   */
  public abstract Money billedToDate();

  /**
   * Collected to the period's end.
   *
   * @return the amount
   */
  public abstract Money collectedToDate();

  /**
   * Deferred revenue (contract liability) at the period's end.
   *
   * @return billed to date - recognized to date, when positive; else zero
   */
  public abstract Money deferred();

  /**
   * Unbilled receivable (contract asset) at the period's end.
   *
   * @return recognized to date - billed to date, when positive; else zero
   */
  public abstract Money unbilled();

  /**
   * Receivable at the period's end: billed and not collected.
   *
   * @return billed to date - collected to date
   */
  public abstract Money receivable();

  /**
   * The booked price, in the period the booking is posted in (the booking date's, or the first open
   * period for a contract that reached closed books after its booking period closed).
   *
   * @return the amount; zero in every other period
   */
  public abstract Money booked();

  /**
   * Of {@link #booked()}, the part allocated (as booked) to obligations whose service starts after
   * the period: the bridge's "not yet started".
   *
   * @return the amount; zero outside the booking's period
   */
  public abstract Money notYetStarted();

  /**
   * The contract's value at the period's end: the booked price and the price changes in force by
   * then (corrections of closed periods included in the first open one).
   *
   * @return the amount
   */
  public abstract Money contractValue();

  /**
   * The period in the functional currency, for a contract in another currency.
   *
   * @return the figures, when a functional currency is set and differs
   */
  public abstract Optional<FunctionalFigures> functional();

  /** Builds periods (schedules do; public for JSON). */
  public static final class Builder extends ImmutableSchedulePeriod.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Validation v = Validation.of("schedule period " + period().label());
    v.check(deferred().minus(unbilled()).equals(billedToDate().minus(recognizedToDate())), "deferred", deferred(),
        "minus unbilled must equal billed to date minus recognized to date");
    v.check(!deferred().isNegative() && !unbilled().isNegative() && (deferred().isZero() || unbilled().isZero()),
        "deferred", deferred(), "and unbilled are netted per contract: at most one is positive");
    v.check(receivable().equals(billedToDate().minus(collectedToDate())), "receivable", receivable(),
        "must equal billed to date minus collected to date");
    v.throwIfInvalid();
  }
}
