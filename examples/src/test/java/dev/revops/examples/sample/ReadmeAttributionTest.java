package dev.revops.examples.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.revops.core.money.Money;
import dev.revops.core.scope.Scope;
import dev.revops.forecast.attribution.AmountBasis;
import dev.revops.forecast.attribution.Attribution;
import dev.revops.forecast.attribution.AttributionModel;
import dev.revops.forecast.attribution.AttributionOptions;
import dev.revops.forecast.attribution.AttributionResult;
import dev.revops.forecast.attribution.ModelCredits;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's side-by-side attribution table is what the library computes on the generated sample. */
class ReadmeAttributionTest {

  static String table() {
    Scope scope = Scope.builder().asOf(LocalDate.parse("2026-06-30"), ZoneOffset.UTC)
        .reportingCurrency(Currency.getInstance("USD")).build();
    Attribution a = new Attribution(new AttributionOptions(scope, AttributionModel.standard(), "w-shaped",
        AmountBasis.WON_ONLY));
    AttributionSample.journeys(16, 40).forEach(a::add);
    AttributionResult r = a.result();
    StringBuilder md = new StringBuilder("| channel |");
    StringBuilder rule = new StringBuilder("|---|");
    for (ModelCredits m : r.models()) {
      md.append(' ').append(m.model()).append(m.primary() ? " (primary)" : "").append(" |");
      rule.append("---:|");
    }
    md.append('\n').append(rule).append('\n');
    for (String channel : AttributionSample.CHANNELS.stream().sorted().toList()) {
      md.append("| ").append(channel).append(" |");
      for (ModelCredits m : r.models()) {
        md.append(' ').append(m.byChannel().getOrDefault(channel, Money.zero("USD")).getAmount()).append(" |");
      }
      md.append('\n');
    }
    md.append("| **deals** |");
    for (ModelCredits m : r.models()) {
      md.append(' ').append(m.dealsTotal().getAmount()).append(" (").append(m.provenance().counted()).append(") |");
    }
    return md.append('\n').toString();
  }

  @Test
  void the_readme_table_is_the_side_by_side_credits_of_the_sample() throws Exception {
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    String expected = table();
    assertTrue(readme.contains(expected), "README should contain:\n" + expected);
  }

  @Test
  void the_sample_is_the_same_for_the_same_seed() {
    assertEquals(AttributionSample.journeys(16, 40), AttributionSample.journeys(16, 40));
    assertEquals(40, AttributionSample.journeys(16, 40).size());
    assertTrue(List.copyOf(AttributionSample.journeys(16, 40)).stream().anyMatch(d -> d.touches().size() == 1));
  }
}
