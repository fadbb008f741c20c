package dev.revops.forecast.revenue;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.Validation;
import dev.revops.core.money.Money;
import org.immutables.value.Value;

/**
 * A contract's total of one {@link PostingKind} in the books after a batch: everything posted to it
 * in that batch and the ones before. A batch lists one for every contract and kind it posts to, so
 * the books read as a trial balance per contract at each close, and loading checks that each total
 * is the previous one plus the batch's postings.
 *
 * <p>JSON: {@code {"contract": "C-1", "kind": "REVENUE", "amount": "USD 300.00"}}.
 *
 * <pre>{@code
 * BooksBatch last = books.batches().get(books.batches().size() - 1);
 * last.balances().forEach(b -> System.out.println(b.contract() + " " + b.kind() + " to date " + b.amount()));
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableContractBalance.class)
@JsonDeserialize(as = ImmutableContractBalance.class)
public abstract class ContractBalance {

  /** Only the generated implementation extends this class, so every instance is validated. */
  ContractBalance() {}

  /**
   * The contract.
   *
   * @return its id
   */
  public abstract String contract();

  /**
   * The kind of postings totalled.
   *
   * @return the kind
   */
  public abstract PostingKind kind();

  /**
   * The total posted to date, up to and including the batch.
   *
   * @return the amount
   */
  public abstract Money amount();

  static ContractBalance of(String contract, PostingKind kind, Money amount) {
    return new Builder().contract(contract).kind(kind).amount(amount).build();
  }

  /** Builds balances (closings do; public for JSON). */
  public static final class Builder extends ImmutableContractBalance.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Validation.of("balance").text("contract", contract()).throwIfInvalid();
  }
}
