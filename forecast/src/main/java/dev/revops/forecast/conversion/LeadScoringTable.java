package dev.revops.forecast.conversion;

import dev.revops.core.metric.Provenance;
import dev.revops.core.metric.Exclusion;
import dev.revops.core.pipeline.PipelineDefinition;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What {@link OdooLeadScoringCounts} counted, as an immutable value: Odoo's frequency table (won
 * and lost counts per team, field and value) and the histories left out. An {@link
 * OdooLeadScoringModel} is fitted from it ({@link OdooLeadScoringModel#fit}).
 *
 * <pre>{@code
 * LeadScoringTable table = counts.result();
 * table.frequencies();   // [stage=a: 2 won, 3 lost, ...]
 * }</pre>
 */
public final class LeadScoringTable {
  /** The team of rows kept without a team: sorts before every team name. */
  static final String NO_TEAM = "\u0001";

  private final ConversionOptions options;
  private final PipelineDefinition definition;
  private final List<String> fields;
  private final Optional<String> teamField;
  private final String firstStage;
  private final SortedMap<String, long[]> counts = new TreeMap<>();
  private final Provenance provenance;

  LeadScoringTable(ConversionOptions options, PipelineDefinition definition, List<String> fields,
      Optional<String> teamField, String firstStage, Map<String, long[]> counts, Provenance provenance) {
    this.options = options;
    this.definition = definition;
    this.fields = List.copyOf(fields);
    this.teamField = teamField;
    this.firstStage = firstStage;
    counts.forEach((k, v) -> this.counts.put(k, v.clone()));
    this.provenance = provenance;
  }

  /** The key of a row: team, field and value. */
  static String key(String team, String field, String value) {
    return team + "\u0000" + field + "\u0000" + value;
  }

  /**
   * What the counts learned from.
   *
   * @return the options
   */
  public ConversionOptions options() {
    return options;
  }

  /**
   * The fields counted besides the stage, in Odoo's order.
   *
   * @return the fields
   */
  public List<String> fields() {
    return fields;
  }

  /**
   * The rows of the frequency table, by team (rows without a team first), field and value.
   *
   * @return the rows
   */
  public List<LeadScoringFrequency> frequencies() {
    List<LeadScoringFrequency> rows = new ArrayList<>();
    counts.forEach((k, v) -> {
      String[] tfv = k.split("\u0000", 3);
      LeadScoringFrequency.Builder b = new LeadScoringFrequency.Builder().field(tfv[1]).value(tfv[2])
          .won(Closing.units(v[0])).lost(Closing.units(v[1]));
      if (!tfv[0].equals(NO_TEAM)) {
        b.team(tfv[0]);
      }
      rows.add(b.build());
    });
    return Collections.unmodifiableList(rows);
  }

  /**
   * Histories left out, by reason.
   *
   * @return the exclusions
   */
  public List<Exclusion> excluded() {
    return provenance.excluded();
  }

  /**
   * Where the counts come from: the definition, the scope's as-of and definitions, the closed deals
   * counted and the histories excluded.
   *
   * @return the provenance
   */
  public Provenance provenance() {
    return provenance;
  }

  /** Fits the model (see {@link OdooLeadScoringModel#fit}). */
  OdooLeadScoringModel fit() {
    return new OdooLeadScoringModel.Builder().definition(definition.ref()).options(options).addAllFields(fields)
        .teamField(teamField).firstStage(firstStage).addAllFrequencies(frequencies()).build();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof LeadScoringTable t && options.equals(t.options) && definition.equals(t.definition)
        && fields.equals(t.fields) && teamField.equals(t.teamField) && frequencies().equals(t.frequencies())
        && provenance.equals(t.provenance);
  }

  @Override
  public int hashCode() {
    return Objects.hash(options, fields, teamField, frequencies(), provenance);
  }

  /**
   * The table in a few words.
   *
   * @return for example {@code "lead scoring table of 12 rows"}
   */
  @Override
  public String toString() {
    return "lead scoring table of " + counts.size() + " rows";
  }
}
