package dev.revops.handoff.maturity;

import dev.revops.core.definition.DefinitionRef;
import dev.revops.core.metric.Exclusion;
import dev.revops.core.metric.Provenance;
import dev.revops.core.money.Rounding;
import dev.revops.handoff.compliance.ComplianceResult;
import dev.revops.handoff.compliance.ComplianceRow;
import dev.revops.handoff.compliance.GroupKind;
import dev.revops.handoff.compliance.OutcomeComparison;
import dev.revops.handoff.compliance.OutcomeLinkResult;
import dev.revops.handoff.protocol.HandoffMap;
import dev.revops.handoff.protocol.HandoffProtocol;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Turns measured handoff facts into maturity stages: for every protocol of the map its compliance
 * row (payload completion, SLA attainment, handoffs sent), its trigger (a stage gate or an event)
 * and its outcome link when one was measured, held against the rules of a {@link MaturityModel}.
 * A protocol's stage is the highest whose rules, and those of every stage below, hold; all
 * handoffs together are tribal when more than the model's share was sent under no protocol of the
 * map, else as mature as the least mature protocol.
 *
 * <pre>{@code
 * ComplianceResult compliance = ...;           // from Compliance
 * OutcomeLinkResult link = ...;                // from OutcomeLink, for sales-to-cs
 * MaturityResult r = HandoffMaturity.assess(MaturityModel.standard(), map, compliance, List.of(link));
 * r.protocol("sales-to-cs").orElseThrow().stage();
 * }</pre>
 */
public final class HandoffMaturity {
  /** The protocol id of the entry for all handoffs together. */
  public static final String ALL = "all";

  /** How compliance names the handoffs sent under a protocol the map does not have. */
  static final String UNDOCUMENTED_REASON = "protocol not in handoff map";

  private HandoffMaturity() {}

  /**
   * Assesses every protocol of the map, without outcome links (no protocol can be optimized).
   *
   * @param model the rules
   * @param map the handoff map the compliance was judged by
   * @param compliance the compliance of the handoffs
   * @return the stages with their evidence
   */
  public static MaturityResult assess(MaturityModel model, HandoffMap map, ComplianceResult compliance) {
    return assess(model, map, compliance, List.of());
  }

  /**
   * Assesses every protocol of the map.
   *
   * @param model the rules
   * @param map the handoff map the compliance was judged by
   * @param compliance the compliance of the handoffs
   * @param links outcome links measured, at most one per protocol (the first counts)
   * @return the stages with their evidence
   */
  public static MaturityResult assess(MaturityModel model, HandoffMap map, ComplianceResult compliance,
      List<OutcomeLinkResult> links) {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(map, "map");
    Objects.requireNonNull(compliance, "compliance");
    Objects.requireNonNull(links, "links");
    List<ProtocolMaturity> protocols = new ArrayList<>();
    for (HandoffProtocol p : map.protocols()) {
      Optional<OutcomeLinkResult> link = links.stream().filter(l -> l.protocolId().equals(p.id())).findFirst();
      protocols.add(protocol(model, p, compliance.row(GroupKind.PROTOCOL, p.id()), link));
    }
    Set<DefinitionRef> basedOn = new LinkedHashSet<>();
    basedOn.add(compliance.provenance().definition());
    links.forEach(l -> basedOn.add(l.provenance().definition()));
    basedOn.add(map.ref());
    basedOn.addAll(compliance.provenance().basedOn());
    Provenance provenance = Provenance.builder().definition(model.ref()).addAllBasedOn(basedOn)
        .asOf(compliance.asOf()).counted(compliance.counted()).addAllExcluded(compliance.excluded()).build();
    return new MaturityResult.Builder().model(model).overall(overall(model, compliance, protocols))
        .addAllProtocols(protocols).provenance(provenance).build();
  }

  private static ProtocolMaturity protocol(MaturityModel model, HandoffProtocol p, Optional<ComplianceRow> row,
      Optional<OutcomeLinkResult> link) {
    List<MaturityEvidence> evidence = new ArrayList<>();
    evidence.add(fact(MaturityStage.DOCUMENTED, "protocol", !p.payload().isEmpty(), p.ref() + ": "
        + p.payload().size() + " payload fields, answered within " + p.sla().respondWithin() + " on the "
        + p.sla().clock().name().toLowerCase(java.util.Locale.ROOT) + " clock"));
    long sent = row.map(ComplianceRow::sent).orElse(0L);
    evidence.add(figure(MaturityStage.SYSTEMATIC, "handoffs-measured", Optional.of(BigDecimal.valueOf(sent)),
        BigDecimal.valueOf(model.minHandoffs()), sent + " handoffs sent"));
    evidence.add(figure(MaturityStage.SYSTEMATIC, "payload-completeness",
        row.flatMap(ComplianceRow::payloadCompletionRate), model.minPayloadCompleteness(),
        row.map(r -> r.payloadComplete() + " of " + r.sent() + " payloads complete").orElse("none sent")));
    evidence.add(figure(MaturityStage.SYSTEMATIC, "sla-attainment", row.flatMap(ComplianceRow::slaAttainment),
        model.minSlaAttainment(), row.map(r -> r.slaMet() + " of " + r.slaJudged() + " answered in time")
            .orElse("none judged")));
    Optional<String> gateStage = p.trigger().stageEntered();
    evidence.add(fact(MaturityStage.SYSTEMATIC, "gate-enforced", gateStage.isPresent() || !model.gateRequired(),
        gateStage.map(s -> "entering " + s + " is refused while the payload is incomplete")
            .orElse("triggered by event " + p.trigger().event().orElse("?") + ": no stage gate")
            + (model.gateRequired() ? "" : " (the model requires no gate)")));
    evidence.addAll(outcome(model, link));
    return new ProtocolMaturity.Builder().protocolId(p.id()).stage(stage(evidence)).addAllEvidence(evidence).build();
  }

  /** The evidence of the optimized stage: the link measured, and showing a difference. */
  private static List<MaturityEvidence> outcome(MaturityModel model, Optional<OutcomeLinkResult> link) {
    if (link.isEmpty()) {
      return List.of(fact(MaturityStage.OPTIMIZED, "outcome-link-measured", false, "no outcome link measured"),
          figure(MaturityStage.OPTIMIZED, "outcome-difference", Optional.empty(), model.minOutcomeDifference(),
              "no outcome link measured"));
    }
    OutcomeLinkResult l = link.get();
    long knownComplete = l.dealsComplete() - l.noOutcomeComplete();
    long knownIncomplete = l.dealsIncomplete() - l.noOutcomeIncomplete();
    boolean measured = knownComplete >= model.minDealsPerGroup() && knownIncomplete >= model.minDealsPerGroup();
    long goodComplete = l.rows().stream().filter(r -> model.goodOutcomes().contains(r.outcome()))
        .mapToLong(OutcomeComparison::complete).sum();
    long goodIncomplete = l.rows().stream().filter(r -> model.goodOutcomes().contains(r.outcome()))
        .mapToLong(OutcomeComparison::incomplete).sum();
    Optional<BigDecimal> difference = knownComplete == 0 || knownIncomplete == 0 ? Optional.empty()
        : Optional.of(share(goodComplete, knownComplete).subtract(share(goodIncomplete, knownIncomplete)));
    String good = String.join(" or ", model.goodOutcomes());
    return List.of(
        fact(MaturityStage.OPTIMIZED, "outcome-link-measured", measured, knownComplete + " deals with an outcome "
            + "after complete handoffs, " + knownIncomplete + " after incomplete ones (at least "
            + model.minDealsPerGroup() + " each)"),
        figure(MaturityStage.OPTIMIZED, "outcome-difference", difference.filter(d -> measured),
            model.minOutcomeDifference(), good + ": " + goodComplete + " of " + knownComplete + " after complete, "
                + goodIncomplete + " of " + knownIncomplete + " after incomplete handoffs"));
  }

  private static ProtocolMaturity overall(MaturityModel model, ComplianceResult compliance,
      List<ProtocolMaturity> protocols) {
    long undocumented = compliance.excluded().stream().filter(e -> e.reason().startsWith(UNDOCUMENTED_REASON))
        .mapToLong(Exclusion::count).sum();
    long all = compliance.counted() + undocumented;
    Optional<BigDecimal> share = all == 0 ? Optional.empty() : Optional.of(share(undocumented, all));
    MaturityEvidence documented = new MaturityEvidence.Builder().stage(MaturityStage.DOCUMENTED)
        .rule("handoffs-under-a-protocol").met(share.map(s -> s.compareTo(model.maxUndocumentedShare()) <= 0)
            .orElse(true)).measured(share).threshold(model.maxUndocumentedShare())
        .detail(undocumented + " of " + all + " handoffs sent under no protocol of the map (at most the threshold)")
        .build();
    MaturityStage weakest = protocols.stream().map(ProtocolMaturity::stage).min(Comparator.naturalOrder())
        .orElse(MaturityStage.TRIBAL);
    List<String> weak = protocols.stream().filter(p -> p.stage() == weakest).map(ProtocolMaturity::protocolId)
        .toList();
    MaturityEvidence least = fact(weakest, "least-mature-protocols", true, protocols.isEmpty() ? "no protocols"
        : String.join(", ", weak) + " at " + weakest.name().toLowerCase(java.util.Locale.ROOT));
    MaturityStage stage = documented.met() ? weakest : MaturityStage.TRIBAL;
    return new ProtocolMaturity.Builder().protocolId(ALL).stage(stage).addEvidence(documented, least).build();
  }

  /** The highest stage whose evidence, and that of every lower stage, is met. */
  static MaturityStage stage(List<MaturityEvidence> evidence) {
    MaturityStage reached = MaturityStage.TRIBAL;
    for (MaturityStage s : MaturityStage.values()) {
      if (s == MaturityStage.TRIBAL) {
        continue;
      }
      boolean met = evidence.stream().filter(e -> e.stage() == s).allMatch(MaturityEvidence::met);
      if (!met) {
        break;
      }
      reached = s;
    }
    return reached;
  }

  private static BigDecimal share(long part, long whole) {
    return BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), Rounding.RATIO_SCALE, Rounding.SHARE);
  }

  private static MaturityEvidence fact(MaturityStage stage, String rule, boolean met, String detail) {
    return new MaturityEvidence.Builder().stage(stage).rule(rule).met(met).detail(detail).build();
  }

  private static MaturityEvidence figure(MaturityStage stage, String rule, Optional<BigDecimal> measured,
      BigDecimal threshold, String detail) {
    return new MaturityEvidence.Builder().stage(stage).rule(rule).met(measured.map(m -> m.compareTo(threshold) >= 0)
        .orElse(false)).measured(measured).threshold(threshold).detail(detail).build();
  }
}
