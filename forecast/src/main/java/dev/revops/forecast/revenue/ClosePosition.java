package dev.revops.forecast.revenue;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.Validation;
import dev.revops.core.money.Money;
import org.immutables.value.Value;

/**
 * The close of one period in one currency: the period's revenue, billings and cash; the balances at
 * its end, netted per contract; and the remaining performance obligations:
 * <pre>
 * total contract value = recognized to date + remaining
 * remaining = unbilled backlog + deferred - unbilled receivable
 * </pre>
 * Exact, or it cannot be built.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableClosePosition.class)
@JsonDeserialize(as = ImmutableClosePosition.class)
public abstract class ClosePosition {

  /** Only the generated implementation extends this class, so every instance is validated. */
  ClosePosition() {}

  /**
   * Contracts booked by the period's end.
   *
   * @return the count
   */
  public abstract long contracts();

  /**
   * Recognized in the period.
   *
   * @return the amount
   */
  public abstract Money recognized();

  /**
   * Billed in the period.
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
   * Deferred revenue (contract liabilities) at the end, netted per contract.
   *
   * @return the amount
   */
  public abstract Money deferred();

  /**
   * Unbilled receivables (contract assets) at the end, netted per contract.
   *
   * @return the amount
   */
  public abstract Money unbilled();

  /**
   * Receivables at the end: billed and not collected.
   *
   * @return the amount
   */
  public abstract Money receivable();

  /**
   * The value of the contracts as they stood at the period's end (changes effective later not yet).
   *
   * @return the total contract value
   */
  public abstract Money totalContractValue();

  /**
   * Remaining performance obligations: contract value not yet recognized.
   *
   * @return the amount
   */
  public abstract Money remaining();

  /**
   * Contract value not yet billed.
   *
   * @return the unbilled backlog
   */
  public abstract Money unbilledBacklog();

  /** Builds positions (closes do). */
  static final class Builder extends ImmutableClosePosition.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Validation v = Validation.of("period close");
    v.check(totalContractValue().equals(recognizedToDate().plus(remaining())), "remaining", remaining(),
        "must equal total contract value - recognized to date");
    v.check(remaining().equals(unbilledBacklog().plus(deferred()).minus(unbilled())), "remaining", remaining(),
        "must equal unbilled backlog + deferred - unbilled receivable");
    v.throwIfInvalid();
  }
}
