package dev.revops.forecast.conversion;

import dev.revops.core.metric.Provenance;
import dev.revops.core.aggregate.Accumulator;
import dev.revops.core.deal.Deal;
import dev.revops.core.deal.DealWithHistory;
import dev.revops.core.metric.ExclusionTally;
import dev.revops.core.metric.MergeCheck;
import dev.revops.core.pipeline.DealField;
import dev.revops.core.pipeline.PipelineDefinition;
import dev.revops.core.pipeline.Stage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The frequency table behind an {@link OdooLeadScoringModel}, as an accumulator: {@link #add}
 * closed deals with their histories, {@link #merge} accumulators of other deals, read the {@link
 * #result} (an immutable {@link LeadScoringTable}) and fit the model from it.
 * It counts as Odoo's predictive lead scoring rebuilds its table (the nightly rebuild of
 * {@code crm.lead.scoring.frequency} in {@code addons/crm/models/crm_lead.py}):
 *
 * <ul>
 *   <li>each closed deal counts once (decayed by age only with a half-life, which Odoo has not),
 *       in its team's rows ({@code teamField}; no team field: every deal in the rows without a
 *       team);</li>
 *   <li>the stage: a won deal counts in every stage of the pipeline (its open stages and the won
 *       stage), whatever it passed through; a lost deal in every stage up to and including the one
 *       it was lost from, by stage order (the first stage when its history does not say);</li>
 *   <li>each field of {@code fields} (a deal field path, such as {@code source}, or
 *       {@code attributes.<name>}) counts the deal's value, when it has one; a deal without a value
 *       counts nowhere for that field.</li>
 * </ul>
 *
 * <p>The same deals as the other conversion models learn from (closed before the as-of date, in
 * the window). Counts are fixed-point (nine decimals), so merging is exact. A record needs both the
 * history and the deal's record: without one it is excluded as "no stage history" or "no deal
 * record".
 *
 * <pre>{@code
 * OdooLeadScoringCounts counts = new OdooLeadScoringCounts(options, definition,
 *     List.of("attributes.country", "source"), Optional.of("attributes.team"));
 * records.forEach(counts::add);                              // DealWithHistory values
 * OdooLeadScoringModel odoo = OdooLeadScoringModel.fit(counts.result());
 * }</pre>
 */
public final class OdooLeadScoringCounts
    implements Accumulator<DealWithHistory, LeadScoringTable, OdooLeadScoringCounts> {
  private final ConversionOptions options;
  private final PipelineDefinition definition;
  private final List<String> fields;
  private final Optional<String> teamField;
  private final List<Stage> stages;
  private final Map<String, long[]> counts = new TreeMap<>();
  private final ExclusionTally excluded;
  private long deals;

  /**
   * An empty accumulator.
   *
   * @param options which closed deals to learn from
   * @param definition the pipeline whose stages the histories use
   * @param fields the fields besides the stage, in the order Odoo's configuration lists them (the
   *     order the probability multiplies them in): deal field paths or {@code attributes.<name>}
   * @param teamField the field that names a deal's sales team, if the table is kept per team
   * @throws IllegalArgumentException if a field names no deal field, is the stage, or repeats
   */
  public OdooLeadScoringCounts(ConversionOptions options, PipelineDefinition definition, List<String> fields,
      Optional<String> teamField) {
    this.options = Objects.requireNonNull(options, "options");
    this.definition = Objects.requireNonNull(definition, "definition");
    this.fields = List.copyOf(fields);
    this.teamField = Objects.requireNonNull(teamField, "teamField");
    for (String f : this.fields) {
      requireField(f);
      if (this.fields.indexOf(f) != this.fields.lastIndexOf(f)) {
        throw new IllegalArgumentException("field " + f + " must be listed once");
      }
    }
    teamField.ifPresent(OdooLeadScoringCounts::requireField);
    List<Stage> s = new ArrayList<>(definition.openStages());
    s.add(definition.wonStage());
    s.sort(Comparator.comparingInt(Stage::order));
    this.stages = List.copyOf(s);
    this.excluded = new ExclusionTally(options.scope().exampleLimit());
  }

  private static void requireField(String path) {
    if (path.equals(OdooLeadScoringModel.STAGE) || path.equals(DealField.STAGE.path())) {
      throw new IllegalArgumentException("field " + path + " must not be the stage: the stage always counts");
    }
    if (!path.startsWith(DealField.ATTRIBUTE_PREFIX)) {
      DealField.ofPath(path);   // throws, naming the path, when it is no field
    } else if (path.length() == DealField.ATTRIBUTE_PREFIX.length()) {
      throw new IllegalArgumentException("field " + path + " must name an attribute");
    }
  }

  /**
   * Counts one closed deal; a deal open at the as-of date (or closed before the window) is left
   * out and tallied.
   *
   * @param record the deal, for its field values and team, with its history
   */
  @Override
  public void add(DealWithHistory record) {
    Objects.requireNonNull(record, "record");
    Optional<String> missing = record.missingPart();
    if (missing.isPresent()) {
      excluded.add(missing.get(), record.id());
      return;
    }
    Deal deal = record.deal().get();
    Closing closed = Closing.of(record.history().get(), options);
    if (closed.excludedBecause != null) {
      excluded.add(closed.excludedBecause, record.id());
      return;
    }
    deals++;
    long weight = closed.weight(options);
    boolean won = closed.change.to().isWon();
    int side = won ? 0 : 1;
    String team = teamField.flatMap(deal::fieldText).orElse(LeadScoringTable.NO_TEAM);
    int lostAt = closed.change.from().filter(Stage::isOpen).map(Stage::order).orElse(stages.get(0).order());
    for (Stage s : stages) {
      if (won || s.order() <= lostAt) {
        count(team, OdooLeadScoringModel.STAGE, s.id(), side, weight);
      }
    }
    for (String f : fields) {
      deal.fieldText(f).ifPresent(v -> count(team, f, v, side, weight));
    }
  }

  private void count(String team, String field, String value, int side, long weight) {
    counts.computeIfAbsent(LeadScoringTable.key(team, field, value), k -> new long[2])[side] += weight;
  }

  /**
   * Adds another accumulator's counts, built alike, into this one.
   *
   * @param other an accumulator of other deals
   * @return this accumulator
   * @throws IllegalArgumentException if the other was built differently
   */
  @Override
  public OdooLeadScoringCounts merge(OdooLeadScoringCounts other) {
    MergeCheck.of("lead scoring count", this, other).same("options", options, other.options)
        .same("definition", definition, other.definition).same("fields", fields, other.fields)
        .same("teamField", teamField, other.teamField);
    other.counts.forEach((k, v) -> {
      long[] c = counts.computeIfAbsent(k, x -> new long[2]);
      c[0] += v[0];
      c[1] += v[1];
    });
    excluded.merge(other.excluded);
    deals += other.deals;
    return this;
  }

  /**
   * The frequency table so far, as an immutable value to fit the model from.
   *
   * @return the table
   */
  @Override
  public LeadScoringTable result() {
    return new LeadScoringTable(options, definition, fields, teamField, stages.get(0).id(), counts,
        Provenance.of(ConversionMetrics.LEAD_SCORING_FREQUENCIES.ref(), options.scope(), deals, excluded));
  }
}
