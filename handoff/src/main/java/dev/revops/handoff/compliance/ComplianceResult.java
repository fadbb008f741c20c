package dev.revops.handoff.compliance;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.definition.DefinitionRef;
import dev.revops.core.metric.Exclusion;
import dev.revops.core.metric.Provenance;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Handoff compliance: rows per protocol, team pair and period; the ranking of protocols by
 * friction cost; and the handoffs most overdue. Its {@link #provenance()} cites {@link
 * dev.revops.handoff.HandoffReports#COMPLIANCE}, the handoff map among the definitions it is based
 * on, the as-of instant, the handoffs counted and those left out.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableComplianceResult.class)
@JsonDeserialize(as = ImmutableComplianceResult.class)
public abstract class ComplianceResult {

  /** Only the generated implementation extends this class, so every instance is validated. */
  ComplianceResult() {}

  /**
   * The handoff map the handoffs were judged by.
   *
   * @return its reference
   */
  public abstract DefinitionRef map();

  /**
   * Where the result comes from: its definition, the as-of instant, handoffs counted and left out.
   *
   * @return the provenance
   */
  public abstract Provenance provenance();

  /**
   * The instant the handoffs were judged at.
   *
   * @return the as-of instant of the provenance
   */
  @JsonIgnore
  public Instant asOf() {
    return provenance().asOf();
  }

  /**
   * The options.
   *
   * @return the options
   */
  public abstract ComplianceOptions options();

  /**
   * Handoffs counted.
   *
   * @return the count of the provenance
   */
  @JsonIgnore
  public long counted() {
    return provenance().counted();
  }

  /**
   * Handoffs left out, by reason (an unknown protocol, another protocol version, sent after the
   * as-of instant), with example ids.
   *
   * @return the exclusions of the provenance
   */
  @JsonIgnore
  public List<Exclusion> excluded() {
    return provenance().excluded();
  }

  /**
   * The rows: the total, then protocols (in the map's order), team pairs, senders, receivers, and
   * periods (in time order).
   *
   * @return the rows
   */
  public abstract List<ComplianceRow> rows();

  /**
   * Every protocol of the map by friction cost, highest first (then by failures, then id): the one
   * to fix first on top.
   *
   * @return the ranking
   */
  public abstract List<ProtocolFriction> ranking();

  /**
   * The overdue handoffs, most overdue first (then by handoff id); the rows count them all.
   *
   * @return up to {@link ComplianceOptions#listLimit()}
   */
  public abstract List<HandoffEvaluation> overdue();

  /**
   * A row.
   *
   * @param kind how it groups
   * @param group the group
   * @return the row, if any handoff fell in it
   */
  public Optional<ComplianceRow> row(GroupKind kind, String group) {
    return rows().stream().filter(r -> r.groupKind() == kind && r.group().equals(group)).findFirst();
  }

  /**
   * The rows of one kind.
   *
   * @param kind how they group
   * @return the rows, in the result's order
   */
  public List<ComplianceRow> rows(GroupKind kind) {
    return rows().stream().filter(r -> r.groupKind() == kind).toList();
  }

  /**
   * The total row.
   *
   * @return the row counting every handoff
   */
  @JsonIgnore
  public ComplianceRow total() {
    return row(GroupKind.TOTAL, Compliance.ALL).orElseThrow();
  }

  /** Builds results (compliance does; public for JSON). */
  public static final class Builder extends ImmutableComplianceResult.Builder {
    Builder() {}
  }
}
