package dev.revops.examples.sample;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.revops.core.json.RevopsJson;
import dev.revops.forecast.projection.RevenueTemplate;
import dev.revops.forecast.projection.RevenueTemplates;
import dev.revops.forecast.revenue.BillingTiming;
import dev.revops.forecast.revenue.RatableConvention;
import java.io.UncheckedIOException;
import java.math.BigDecimal;

/**
 * The sample's revenue templates, one per product of the sample, as a B2B software company sells
 * them: Core, a twelve-month subscription from the close, by whole days, billed annually up front;
 * Analytics, twelve months from two weeks after the close, by month evenly, billed quarterly in
 * advance; Platform, twenty-four months from thirty days after the close, by whole days, billed
 * annually; Services, four months of work from two weeks after the close, burnt down 10/30/40/20%,
 * billed monthly in arrears. Net 30 (Platform net 45); gross margins 85, 80, 75 and 35%.
 */
final class SampleTemplates {
  private SampleTemplates() {}

  /** The templates. */
  static RevenueTemplates templates() {
    RevenueTemplate core = RevenueTemplate.builder().product("Core").termMonths(12)
        .recognition(RevenueTemplate.Recognition.RATABLE).convention(RatableConvention.WHOLE_DAYS)
        .invoicing(RevenueTemplate.Invoicing.ANNUAL).paymentTermsDays(30).grossMarginRate(new BigDecimal("0.85"))
        .build();
    RevenueTemplate analytics = RevenueTemplate.builder().product("Analytics").serviceStartLagDays(14).termMonths(12)
        .recognition(RevenueTemplate.Recognition.RATABLE).convention(RatableConvention.MONTHLY_EVEN)
        .invoicing(RevenueTemplate.Invoicing.QUARTERLY).paymentTermsDays(30).grossMarginRate(new BigDecimal("0.80"))
        .build();
    RevenueTemplate platform = RevenueTemplate.builder().product("Platform").serviceStartLagDays(30).termMonths(24)
        .recognition(RevenueTemplate.Recognition.RATABLE).convention(RatableConvention.WHOLE_DAYS)
        .invoicing(RevenueTemplate.Invoicing.ANNUAL).paymentTermsDays(45).grossMarginRate(new BigDecimal("0.75"))
        .build();
    RevenueTemplate services = RevenueTemplate.builder().product("Services").serviceStartLagDays(14).termMonths(4)
        .recognition(RevenueTemplate.Recognition.BURN_DOWN).addBurnDown(new BigDecimal("0.1"), new BigDecimal("0.3"),
            new BigDecimal("0.4"), new BigDecimal("0.2"))
        .invoicing(RevenueTemplate.Invoicing.MONTHLY).billingTiming(BillingTiming.IN_ARREARS).paymentTermsDays(30)
        .grossMarginRate(new BigDecimal("0.35")).build();
    return RevenueTemplates.builder().id("sample-templates").version(1).addTemplates(core, analytics, platform, services)
        .build();
  }

  /** The schema the templates' JSON follows, named in the file (and ignored when it is read). */
  static final String SCHEMA = "https://revops.dev/schema/revenue-templates.schema.json";

  /** The templates as JSON, pretty-printed, naming their schema first. */
  static String json() {
    try {
      ObjectMapper json = RevopsJson.mapper();
      ObjectNode tree = json.createObjectNode().put("$schema", SCHEMA);
      tree.setAll((ObjectNode) json.valueToTree(templates()));
      return json.writerWithDefaultPrettyPrinter().writeValueAsString(tree) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
