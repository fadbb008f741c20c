package dev.revops.forecast.conversion;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.deal.Deal;
import dev.revops.core.definition.DefinitionRef;
import dev.revops.core.probability.Probability;
import java.math.BigDecimal;
import dev.revops.core.money.Rounding;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Odoo's predictive lead scoring, exactly: the naive-Bayes probability Odoo's CRM gives an open
 * lead ({@code _pls_get_naive_bayes_probabilities} in {@code addons/crm/models/crm_lead.py}), from
 * the frequency table {@link OdooLeadScoringCounts} builds. For an open deal:
 *
 * <ol>
 *   <li>The table is the deal's team's rows when its team has any, else every row of every team
 *       and of no team, summed value by value.</li>
 *   <li>Every count is the count + 0.1 (Odoo's smoothing, added once per team row). W and L are
 *       the won and lost counts of the pipeline's first stage (which every closed deal counts in);
 *       the scores start at W / (W + L) and L / (W + L).</li>
 *   <li>For the deal's stage, then each field in order: when the table has a row for the deal's
 *       value, the won score is multiplied by its won count over W (for the stage) or over the
 *       field's won total (the sum of its rows' won counts), and the lost score alike. A value
 *       without a row, or a field the deal has no value for, changes nothing.</li>
 *   <li>The probability is 100 x won / (won + lost) percent, in binary floating point as Odoo
 *       computes it, rounded half-even to two decimals (Python's {@code round}) and clamped to
 *       0.01..99.99.</li>
 * </ol>
 *
 * A won deal is 100%, a lost deal 0%. Where Odoo computes no probability (no closed deal in the
 * first stage of the table, or scores that vanish), Odoo keeps the lead's previous value; this
 * model says so with an empty {@link #percent} and gives the stage's default probability.
 *
 * <p>Exact up to one point: Odoo sums a field's counts in the order its table rows were created,
 * this model in the order of teams and values; the sums can then differ in the last binary digit,
 * which changes the rounded percentage only when it lies within about 1e-12 of a rounding tie.
 *
 * <pre>{@code
 * OdooLeadScoringModel odoo = OdooLeadScoringModel.fit(counts.result());
 * odoo.percent(deal);       // Optional[74.30], as Odoo shows it
 * odoo.probability(deal);   // 0.7430
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableOdooLeadScoringModel.class)
@JsonDeserialize(as = ImmutableOdooLeadScoringModel.class)
public abstract class OdooLeadScoringModel implements ProbabilityModel {
  /** The name of the stage field in the table. */
  public static final String STAGE = "stage";
  private static final BigDecimal LOWEST = new BigDecimal("0.01");
  private static final BigDecimal HIGHEST = new BigDecimal("99.99");
  private static final String ALL_TEAMS = "\u0001all";

  /** Only the generated implementation extends this class, so every instance is validated. */
  OdooLeadScoringModel() {}

  /**
   * Fits Odoo's model from its frequency table.
   *
   * @param counts the table of the closed deals learned from
   * @return the model
   */
  public static OdooLeadScoringModel fit(LeadScoringTable counts) {
    return Objects.requireNonNull(counts, "counts").fit();
  }

  /**
   * The pipeline definition the stages belong to.
   *
   * @return its id and version
   */
  public abstract DefinitionRef definition();

  /**
   * What the model learned from.
   *
   * @return the options
   */
  public abstract ConversionOptions options();

  /**
   * The fields besides the stage, in the order the probability multiplies them in.
   *
   * @return deal field paths or {@code attributes.<name>}
   */
  public abstract List<String> fields();

  /**
   * The field naming a deal's sales team.
   *
   * @return the field; empty for one table for every deal
   */
  public abstract Optional<String> teamField();

  /**
   * The pipeline's first stage, whose counts are the won and lost totals.
   *
   * @return its id
   */
  public abstract String firstStage();

  /**
   * The frequency table.
   *
   * @return one row per team, field and value a closed deal had
   */
  public abstract List<LeadScoringFrequency> frequencies();

  /** Builds models (the counts do; public for JSON). */
  public static final class Builder extends ImmutableOdooLeadScoringModel.Builder {
    Builder() {}
  }

  /**
   * The model's name and version.
   *
   * @return for example {@code odoo-pls:gen-deals@1:2026-10-01@1}
   */
  @Override
  @JsonIgnore
  public DefinitionRef ref() {
    return DefinitionRef.of("odoo-pls:" + definition() + ":" + options().scope().asOfDate(), 1);
  }

  /** One field's rows in one table: won and lost count + 0.1 per value, and their totals. */
  static final class FieldTable {
    final Map<String, double[]> values = new HashMap<>();
    double wonTotal;
    double lostTotal;

    void add(String value, double won, double lost) {
      double[] v = values.computeIfAbsent(value, k -> new double[2]);
      v[0] += won;
      v[1] += lost;
      wonTotal += won;
      lostTotal += lost;
    }
  }

  /**
   * The tables: one per team, and the sum of all, as Odoo builds them from its frequency rows
   * (rows of a team first, by team, then the rows without a team, as Odoo reads them).
   */
  @Value.Lazy
  @JsonIgnore
  Map<String, Map<String, FieldTable>> tables() {
    Map<String, Map<String, FieldTable>> tables = new HashMap<>();
    Comparator<LeadScoringFrequency> order = Comparator.comparing((LeadScoringFrequency f) -> f.team().isEmpty())
        .thenComparing(f -> f.team().orElse("")).thenComparing(LeadScoringFrequency::field)
        .thenComparing(LeadScoringFrequency::value);
    for (LeadScoringFrequency f : frequencies().stream().sorted(order).toList()) {
      double won = f.won().doubleValue() + 0.1;
      double lost = f.lost().doubleValue() + 0.1;
      f.team().ifPresent(t -> tables.computeIfAbsent(t, k -> new HashMap<>())
          .computeIfAbsent(f.field(), k -> new FieldTable()).add(f.value(), won, lost));
      tables.computeIfAbsent(ALL_TEAMS, k -> new HashMap<>()).computeIfAbsent(f.field(), k -> new FieldTable())
          .add(f.value(), won, lost);
    }
    return tables;
  }

  /**
   * The probability Odoo gives the deal, in percent as Odoo shows it.
   *
   * @param deal any deal
   * @return 100 for a won deal, 0 for a lost one, two decimals from 0.01 to 99.99 for an open one;
   *     empty when Odoo computes none (see the class description)
   */
  public Optional<BigDecimal> percent(Deal deal) {
    Objects.requireNonNull(deal, "deal");
    if (deal.isClosed()) {
      return Optional.of(deal.isWon() ? BigDecimal.valueOf(100) : BigDecimal.ZERO);
    }
    Map<String, FieldTable> table = teamField().flatMap(deal::fieldText).map(tables()::get)
        .orElse(tables().get(ALL_TEAMS));
    FieldTable stages = table == null ? null : table.get(STAGE);
    double[] first = stages == null ? null : stages.values.get(firstStage());
    if (first == null || first[0] == 0 || first[1] == 0) {
      return Optional.empty();
    }
    double teamWon = first[0];
    double teamLost = first[1];
    double teamTotal = teamWon + teamLost;
    double won = teamWon / teamTotal;
    double lost = teamLost / teamTotal;
    double[] stage = stages.values.get(deal.stage().id());
    if (stage != null) {
      won *= stage[0] / teamWon;
      lost *= stage[1] / teamLost;
    }
    for (String field : fields()) {
      Optional<String> value = deal.fieldText(field);
      FieldTable t = table.get(field);
      double[] v = value.isEmpty() || t == null ? null : t.values.get(value.get());
      if (v != null && t.wonTotal != 0 && t.lostTotal != 0) {
        won *= v[0] / t.wonTotal;
        lost *= v[1] / t.lostTotal;
      }
    }
    double probability = won / (won + lost);
    if (Double.isNaN(probability) || Double.isInfinite(probability)) {
      return Optional.empty();
    }
    BigDecimal percent = new BigDecimal(100 * probability).setScale(2, Rounding.PROBABILITY);
    return Optional.of(percent.max(LOWEST).min(HIGHEST));
  }

  /**
   * The probability that a deal is won.
   *
   * @param deal any deal
   * @return {@link #percent} / 100, or the deal's stage default where Odoo computes none
   */
  @Override
  public Probability probability(Deal deal) {
    return percent(deal).map(Probability::ofPercent).orElse(deal.stage().defaultProbability());
  }
}
