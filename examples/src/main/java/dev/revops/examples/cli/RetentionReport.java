package dev.revops.examples.cli;

import dev.revops.core.io.ImportReport;
import dev.revops.core.metric.Exclusion;
import dev.revops.core.scope.Scope;
import dev.revops.forecast.recurring.CohortTable;
import dev.revops.forecast.recurring.Cohorts;
import dev.revops.forecast.recurring.CustomerHistory;
import dev.revops.forecast.recurring.MovementsResult;
import dev.revops.forecast.recurring.MrrMovements;
import dev.revops.forecast.recurring.RecurringOptions;
import dev.revops.forecast.recurring.RenewalOptions;
import dev.revops.forecast.recurring.RenewalResult;
import dev.revops.forecast.recurring.RenewalTerm;
import dev.revops.forecast.recurring.Renewals;
import dev.revops.forecast.recurring.RetentionDefinition;
import dev.revops.forecast.recurring.RetentionDefinitions;
import dev.revops.forecast.recurring.RetentionRates;
import dev.revops.forecast.recurring.RetentionResult;
import dev.revops.handoff.compliance.OutcomeLinkResult;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What {@code revops retention} computes, fed to the library's accumulators, and everything the
 * table and CSV show, in one JSON tree.
 */
final class RetentionReport {
  /** The definitions compared by handoff completeness. */
  static final List<RetentionDefinition> BY_HANDOFF = List.of(RetentionDefinitions.GROSS_REVENUE_RETENTION,
      RetentionDefinitions.NET_REVENUE_RETENTION, RetentionDefinitions.NET_REVENUE_RETENTION_WITH_REACTIVATION,
      RetentionDefinitions.CHARTMOGUL_CUSTOMER_CHURN);

  final RecurringOptions options;
  final List<RetentionDefinition> definitions;
  MovementsResult movements;
  RetentionResult rates;
  CohortTable cohorts;
  RenewalResult renewals;
  Optional<RetentionResult> handoffRates = Optional.empty();
  Optional<RenewalResult> handoffRenewals = Optional.empty();
  Optional<OutcomeLinkResult> link = Optional.empty();
  Scope trailing;
  final Map<String, ImportReport> imports = new LinkedHashMap<>();
  List<Exclusion> linesLeftOut = List.of();
  List<Exclusion> oneTime = List.of();
  List<String> notes = List.of();
  boolean sample;
  long customers;

  RetentionReport(RecurringOptions options, List<RetentionDefinition> definitions) {
    this.options = options;
    this.definitions = definitions;
  }

  void compute(List<CustomerHistory> histories, List<RenewalTerm> terms, RenewalOptions renewalOptions, Scope year) {
    customers = histories.size();
    MrrMovements m = new MrrMovements(options);
    RetentionRates r = new RetentionRates(options, definitions);
    Cohorts c = new Cohorts(RecurringOptions.builder().scope(options.scope()).from(options.from())
        .rules(options.rules()).build());
    for (CustomerHistory h : histories) {
      m.add(h);
      r.add(h);
      c.add(h);
    }
    movements = m.result();
    rates = r.result();
    cohorts = c.result();
    Renewals rn = new Renewals(renewalOptions);
    terms.forEach(rn::add);
    renewals = rn.result();
    trailing = year;
    boolean handedOver = histories.stream().anyMatch(h -> h.attributes().containsKey(HandoffRetention.DIMENSION));
    if (handedOver) {
      RecurringOptions byHandoff = RecurringOptions.builder().scope(year).from(year.asOfDate().minusYears(1))
          .addGroupBy(HandoffRetention.DIMENSION).rules(options.rules()).build();
      RetentionRates hr = new RetentionRates(byHandoff, BY_HANDOFF);
      histories.forEach(hr::add);
      handoffRates = Optional.of(hr.result());
      Renewals hn = new Renewals(RenewalOptions.builder().scope(year).from(year.asOfDate().minusYears(1))
          .gapDays(renewalOptions.gapDays()).addGroupBy(HandoffRetention.DIMENSION).build());
      terms.forEach(hn::add);
      handoffRenewals = Optional.of(hn.result());
    }
  }

  RenewalResult renewals() {
    return renewals;
  }

  void link(OutcomeLinkResult result) {
    link = Optional.of(result);
  }

  void imports(Optional<ImportReport> subscriptions, Optional<ImportReport> contracts, Optional<ImportReport> handoffs,
      List<Exclusion> linesLeftOut, List<Exclusion> oneTime, List<String> notes, boolean sample) {
    subscriptions.ifPresent(r -> imports.put("subscriptions", r));
    contracts.ifPresent(r -> imports.put("contracts", r));
    handoffs.ifPresent(r -> imports.put("handoffs", r));
    this.linesLeftOut = linesLeftOut;
    this.oneTime = oneTime;
    this.notes = notes;
    this.sample = sample;
  }

  /** Everything, as the JSON output: every figure the table shows is here. */
  Map<String, Object> json() {
    Map<String, Object> j = new LinkedHashMap<>();
    j.put("asOf", options.scope().asOf());
    j.put("scope", options.scope());
    j.put("periods", options.periods().stream().map(p -> p.label()).toList());
    j.put("customers", customers);
    j.put("imports", imports);
    j.put("linesLeftOut", linesLeftOut);
    j.put("oneTimeItemsLeftOut", oneTime);
    j.put("notes", notes);
    j.put("movements", movements);
    j.put("movementValues", movements.metricValues());
    j.put("retention", rates);
    j.put("retentionValues", rates.metricValues());
    j.put("cohorts", cohorts);
    j.put("renewals", renewals);
    j.put("renewalValues", renewals.metricValues());
    if (handoffRates.isPresent() || link.isPresent()) {
      Map<String, Object> h = new LinkedHashMap<>();
      h.put("dimension", HandoffRetention.DIMENSION);
      handoffRates.ifPresent(x -> h.put("retention", x));
      handoffRates.ifPresent(x -> h.put("retentionValues", x.metricValues()));
      handoffRenewals.ifPresent(x -> h.put("renewals", x));
      link.ifPresent(x -> h.put("outcomeLink", x));
      j.put("handoff", h);
    }
    return j;
  }
}
