package dev.revops.examples.sample;

import dev.revops.core.json.RevopsJson;
import dev.revops.core.pipeline.PipelineDefinition;
import dev.revops.handoff.ownership.FieldOwnership;
import dev.revops.handoff.protocol.HandoffMap;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The data bundled in the CLI jar: pipeline definitions for the ready layouts, the handoff map and
 * field ownership of a typical B2B lifecycle, the sample export written by
 * {@link SampleGenerator} with its defaults, and the sample leads written by {@link SampleLeads}.
 */
public final class Bundled {
  /** The names of the bundled pipeline definitions. */
  public static final List<String> DEFINITIONS = List.of("gen-deals", "maven-crm", "salesforce-default",
      "hubspot-default", "pipedrive-default");
  /** Where the sample's deals are, shown in reports. */
  public static final String SAMPLE_DEALS = "bundled:sample/deals.csv";
  /** Where the sample's transitions are, shown in reports. */
  public static final String SAMPLE_TRANSITIONS = "bundled:sample/transitions.csv";
  /** Where the sample's field changes are, shown in reports. */
  public static final String SAMPLE_FIELD_CHANGES = "bundled:sample/field-changes.csv";
  /** Where the sample's earlier snapshot is, shown in reports. */
  public static final String SAMPLE_PREVIOUS_DEALS = "bundled:sample/" + SampleGenerator.previousDealsFile();
  /** Where the sample's contracts are, shown in reports. */
  public static final String SAMPLE_CONTRACTS = "bundled:sample/contracts.json";
  /** Where the sample's handoffs are, shown in reports. */
  public static final String SAMPLE_HANDOFFS = "bundled:sample/handoffs.jsonl";
  /** Where the sample's customer health outcomes are, shown in reports. */
  public static final String SAMPLE_CUSTOMER_HEALTH = "bundled:sample/customer-health.csv";
  /** The name of the bundled handoff map. */
  public static final String HANDOFF_MAP = "b2b-handoffs";
  /** The name of the bundled field ownership. */
  public static final String FIELD_OWNERS = "b2b-field-owners";
  /** Where the sample's targets are, shown in reports. */
  public static final String SAMPLE_TARGETS = "bundled:sample/targets.csv";
  /** Where the sample's exchange rates are, shown in reports. */
  public static final String SAMPLE_RATES = "bundled:sample/rates.csv";
  /** Where the sample's leads are ({@link SampleLeads}), shown in reports. */
  public static final String SAMPLE_LEADS = "bundled:sample/leads.csv";
  /** Where the sample's lifecycle changes are, shown in reports. */
  public static final String SAMPLE_LIFECYCLE_CHANGES = "bundled:sample/lifecycle-changes.csv";
  /** Where the sample's deal links are, shown in reports. */
  public static final String SAMPLE_DEAL_LINKS = "bundled:sample/deal-links.csv";
  /** Where the sample's lead handoffs are, shown in reports. */
  public static final String SAMPLE_LEAD_HANDOFFS = "bundled:sample/lead-handoffs.jsonl";

  /** The name the sample's revenue templates are reported under. */
  public static final String SAMPLE_TEMPLATES = "bundled:sample/revenue-templates.json";

  /** Where the retention sample's files are, shown in reports (see {@link RetentionSampleGenerator}). */
  public static final String RETENTION_SAMPLE = "bundled:sample/";

  private Bundled() {}

  /**
   * A bundled pipeline definition.
   *
   * @param name one of {@link #DEFINITIONS}
   * @return the definition
   * @throws IllegalArgumentException if no definition has that name
   */
  public static PipelineDefinition definition(String name) {
    if (!DEFINITIONS.contains(name)) {
      throw new IllegalArgumentException("no bundled definition '" + name + "' (bundled: "
          + String.join(", ", DEFINITIONS) + ")");
    }
    try (Reader in = open("definitions/" + name + ".json")) {
      return RevopsJson.mapper().readValue(in, PipelineDefinition.class);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read bundled definition " + name, e);
    }
  }

  /**
   * The bundled handoff map of a typical B2B lifecycle: MQL to SAL, SDR to AE, AE to deal desk,
   * sales to finance, finance to operations, sales to customer success.
   *
   * @return the map
   */
  public static HandoffMap handoffMap() {
    return read("definitions/" + HANDOFF_MAP + ".json", HandoffMap.class);
  }

  /**
   * The bundled field ownership: which team owns each deal field.
   *
   * @return the definition
   */
  public static FieldOwnership fieldOwnership() {
    return read("definitions/" + FIELD_OWNERS + ".json", FieldOwnership.class);
  }

  private static <T> T read(String path, Class<T> type) {
    try (Reader in = open(path)) {
      return RevopsJson.mapper().readValue(in, type);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read bundled " + path, e);
    }
  }

  /**
   * The sample's handoffs: JSON Lines, one handoff per line.
   *
   * @return a reader the caller closes
   */
  public static Reader sampleHandoffs() {
    return open("sample/handoffs.jsonl");
  }

  /**
   * The sample's customer health 90 days after onboarding (deal_id, outcome).
   *
   * @return a reader the caller closes
   */
  public static Reader sampleCustomerHealth() {
    return open("sample/customer-health.csv");
  }

  /**
   * The sample's deals CSV ({@code gen-deals} layout).
   *
   * @return a reader the caller closes
   */
  public static Reader sampleDeals() {
    return open("sample/deals.csv");
  }

  /**
   * The sample's transitions CSV ({@code gen-deals} layout).
   *
   * @return a reader the caller closes
   */
  public static Reader sampleTransitions() {
    return open("sample/transitions.csv");
  }

  /**
   * The sample's field changes CSV (deal_id, field, from_value, to_value, changed_at, actor).
   *
   * @return a reader the caller closes
   */
  public static Reader sampleFieldChanges() {
    return open("sample/field-changes.csv");
  }

  /**
   * The sample's deals as of {@link SampleGenerator#PREVIOUS} ({@code gen-deals} layout).
   *
   * @return a reader the caller closes
   */
  public static Reader samplePreviousDeals() {
    return open("sample/" + SampleGenerator.previousDealsFile());
  }

  /**
   * The sample's contracts: a JSON array, one contract per line.
   *
   * @return a reader the caller closes
   */
  public static Reader sampleContracts() {
    return open("sample/contracts.json");
  }

  /**
   * The sample's targets CSV (period, owner, amount, currency).
   *
   * @return a reader the caller closes
   */
  public static Reader sampleTargets() {
    return open("sample/targets.csv");
  }

  /**
   * The sample's exchange rates CSV (from, to, effectiveFrom, rate).
   *
   * @return a reader the caller closes
   */
  public static Reader sampleRates() {
    return open("sample/rates.csv");
  }

  /**
   * The sample's leads CSV ({@code gen-leads} layout).
   *
   * @return a reader the caller closes
   */
  public static Reader sampleLeads() {
    return open("sample/leads.csv");
  }

  /**
   * The sample's lifecycle changes CSV ({@code gen-leads} layout).
   *
   * @return a reader the caller closes
   */
  public static Reader sampleLifecycleChanges() {
    return open("sample/lifecycle-changes.csv");
  }

  /**
   * The sample's deal links CSV ({@code gen-leads} layout).
   *
   * @return a reader the caller closes
   */
  public static Reader sampleDealLinks() {
    return open("sample/deal-links.csv");
  }

  /**
   * The sample's MQL-to-SAL handoffs: JSON Lines, one handoff per line.
   *
   * @return a reader the caller closes
   */
  public static Reader sampleLeadHandoffs() {
    return open("sample/lead-handoffs.jsonl");
  }

  /**
   * The sample's revenue templates (JSON), one per product.
   *
   * @return a reader of {@code revenue-templates.json}
   */
  public static Reader sampleTemplates() {
    return open("sample/revenue-templates.json");
  }

  /**
   * One file of the retention sample written by {@link RetentionSampleGenerator}.
   *
   * @param name one of its file names, for example {@link RetentionSampleGenerator#SUBSCRIPTIONS}
   * @return a reader the caller closes
   */
  public static Reader retentionSample(String name) {
    return open("sample/" + name);
  }

  /** The sample's roster: two regions, two managers, eight owners, a reorganisation on 2026-07-01. */
  public static final String SAMPLE_ROSTER = "bundled:sample/roster.csv";
  /** The sample's monthly revenue targets (USD, 2026-10 to 2027-09). */
  public static final String SAMPLE_REVENUE_TARGETS = "bundled:sample/revenue-targets.csv";

  /**
   * The sample's monthly revenue targets CSV (period, amount, currency).
   *
   * @return a reader the caller closes
   */
  public static Reader sampleRevenueTargets() {
    return open("sample/revenue-targets.csv");
  }

  /** The sample's forecast calls (Commit, 2026-Q1 to Q3, weeks 1 and 5). */
  public static final String SAMPLE_CALLS = "bundled:sample/calls.csv";
  /** The sample's forecast adjustments (2026-Q4). */
  public static final String SAMPLE_ADJUSTMENTS = "bundled:sample/adjustments.csv";

  /** The sample's 2026-Q4 Commit calls of reps and managers, submitted before the Wednesday review. */
  public static final String SAMPLE_CALLS_Q4 = "bundled:sample/calls-2026-q4.csv";
  /** The sample's team targets: 2026-Q4 targets set directly on managers and a region. */
  public static final String SAMPLE_TEAM_TARGETS = "bundled:sample/team-targets.csv";

  /**
   * The sample's 2026-Q4 Commit calls (caller, period, category, amount, currency, submitted_at).
   *
   * @return a reader the caller closes
   */
  public static Reader sampleCallsQ4() {
    return open("sample/calls-2026-q4.csv");
  }

  /**
   * The sample's team targets CSV (period, owner, amount, currency): each row a target set directly
   * on a manager or a region for their whole team.
   *
   * @return a reader the caller closes
   */
  public static Reader sampleTeamTargets() {
    return open("sample/team-targets.csv");
  }

  /**
   * The sample's roster CSV (person, manager, level, from, to).
   *
   * @return a reader the caller closes
   */
  public static Reader sampleRoster() {
    return open("sample/roster.csv");
  }

  /**
   * The sample's forecast calls CSV (caller, period, category, amount, currency, submitted_at).
   *
   * @return a reader the caller closes
   */
  public static Reader sampleCalls() {
    return open("sample/calls.csv");
  }

  /**
   * The sample's forecast adjustments CSV (adjuster, subject, period, category, amount, currency, at).
   *
   * @return a reader the caller closes
   */
  public static Reader sampleAdjustments() {
    return open("sample/adjustments.csv");
  }

  /** Where the sample's touches are ({@link AttributionSample}), shown in reports. */
  public static final String SAMPLE_TOUCHES = "bundled:sample/touches.csv";
  /** Where the sample's acquisition spend is ({@link AttributionSample}), shown in reports. */
  public static final String SAMPLE_SPEND = "bundled:sample/spend.csv";

  /**
   * The sample's touches CSV (touch_id, lead_id, deal_id, touched_at, channel, campaign, kind).
   *
   * @return a reader the caller closes
   */
  public static Reader sampleTouches() {
    return open("sample/touches.csv");
  }

  /**
   * The sample's spend CSV (period, channel, campaign, segment, amount, currency, paid).
   *
   * @return a reader the caller closes
   */
  public static Reader sampleSpend() {
    return open("sample/spend.csv");
  }

  private static Reader open(String path) {
    InputStream in = Bundled.class.getResourceAsStream("/dev/revops/examples/" + path);
    if (in == null) {
      throw new IllegalStateException("bundled resource " + path + " is missing from the jar");
    }
    return new InputStreamReader(in, StandardCharsets.UTF_8);
  }
}
