package dev.revops.forecast.recurring;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.metric.Exclusion;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A contract's recurring revenue: its MRR lines, its recurring term for renewals, and what was left
 * out and why (one-time obligations, changes with no recurring effect).
 *
 * <pre>{@code
 * ContractLines c = ContractMrr.lines(contract, ZoneOffset.UTC, Map.of("segment", "SMB"));
 * c.lines();      // one per recurring stretch
 * c.excluded();   // one-time obligation (point in time): 1 [K-1/ONB]
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableContractLines.class)
@JsonDeserialize(as = ImmutableContractLines.class)
public abstract class ContractLines {
  /** Only the generated implementation extends this class, so every instance is validated. */
  ContractLines() {}

  /**
   * The contract.
   *
   * @return its id
   */
  public abstract String contractId();

  /**
   * The MRR lines.
   *
   * @return the lines; empty when nothing is recurring
   */
  public abstract List<MrrLine> lines();

  /**
   * The recurring term.
   *
   * @return the term; empty when nothing is recurring
   */
  public abstract Optional<RenewalTerm> term();

  /**
   * What was left out, by reason, with obligation or modification ids as examples.
   *
   * @return the exclusions
   */
  public abstract List<Exclusion> excluded();

  /** Builds results (for JSON; use {@link ContractMrr#lines}). */
  static final class Builder extends ImmutableContractLines.Builder {
    Builder() {}
  }
}
