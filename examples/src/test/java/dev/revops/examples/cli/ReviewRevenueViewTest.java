package dev.revops.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The revenue view of Wednesday's forecast reconciliation: projected revenue and cash against revenue targets. */
class ReviewRevenueViewTest {
  static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void on_the_sample_every_month_of_the_plan_sets_the_projection_against_its_target_in_json_table_and_csv()
      throws IOException {
    JsonNode review = JSON.readTree(RevopsCliTest.run("review", "--revenue", "--format", "json").out());
    JsonNode rows = review.at("/revenueView/againstPlan/rows");
    assertEquals(12, rows.size());
    // the sample's plan: USD 300,000 in 2026-10, 10,000 more each month
    assertEquals("2026-10", rows.get(0).at("/period/label").asText());
    assertEquals("USD 300000.00", rows.get(0).get("target").asText());
    assertEquals("USD 410000.00", rows.get(11).get("target").asText());
    // the projection shown is revops project's in USD, month for month; the gap is projected revenue - target
    JsonNode project = JSON.readTree(RevopsCliTest.run("project", "--currency", "USD", "--format", "json").out())
        .at("/projection/rows");
    for (int i = 0; i < rows.size(); i++) {
      JsonNode plan = rows.get(i);
      JsonNode projected = project.get(i);
      assertEquals(projected.at("/period/label").asText(), plan.at("/period/label").asText());
      assertEquals(projected.at("/total/revenue").asText(), plan.get("projectedRevenue").asText());
      assertEquals(projected.at("/total/cash").asText(), plan.get("projectedCash").asText());
      assertEquals(0, amount(plan.get("gap")).compareTo(amount(plan.get("projectedRevenue"))
          .subtract(amount(plan.get("target")))));
    }
    RevopsCliTest.Run table = RevopsCliTest.run("review", "--revenue");
    String out = table.out();
    assertTrue(out.indexOf("WEDNESDAY: FORECAST RECONCILIATION") < out.indexOf("WEDNESDAY: REVENUE AGAINST PLAN")
        && out.indexOf("WEDNESDAY: REVENUE AGAINST PLAN") < out.indexOf("FRIDAY"), out);
    assertTrue(out.contains("300,000.00"), out);
    RevopsCliTest.Run csv = RevopsCliTest.run("review", "--revenue", "--format", "csv");
    assertTrue(csv.out().lines().anyMatch(l -> l.equals("revenue-plan,2026-10,,USD,target,300000.00")), csv.out());
  }

  @Test
  void without_the_option_the_review_has_no_revenue_view_and_with_deals_it_needs_both_files() {
    assertTrue(!RevopsCliTest.run("review", "--format", "json").out().contains("revenueView"));
    RevopsCliTest.Run r = RevopsCliTest.run("review", "--deals", Path.of("no-such.csv").toString(), "--revenue");
    assertEquals(2, r.status(), r.out());
  }

  private static BigDecimal amount(JsonNode money) {
    return new BigDecimal(money.asText().substring(4));
  }
}
