package dev.revops.forecast.projection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.revops.core.InvalidValueException;
import dev.revops.core.json.RevopsJson;
import dev.revops.forecast.revenue.BillingTiming;
import dev.revops.forecast.revenue.RatableConvention;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Arbitrary;
import org.junit.jupiter.api.Test;

class RevenueTemplatesTest {
  static final ObjectMapper JSON = RevopsJson.mapper();

  @Test
  void templates_round_trip_through_json() throws JsonProcessingException {
    String text = JSON.writeValueAsString(Projections.TEMPLATES);
    assertEquals(Projections.TEMPLATES, JSON.readValue(text, RevenueTemplates.class));
    assertEquals("templates@1", Projections.TEMPLATES.ref().toString());
  }

  @Property(tries = 100)
  void any_template_round_trips_through_json(@ForAll("templates") RevenueTemplate t) throws JsonProcessingException {
    assertEquals(t, JSON.readValue(JSON.writeValueAsString(t), RevenueTemplate.class));
  }

  @Provide
  Arbitrary<RevenueTemplate> templates() {
    return ProjectionArbitraries.templates();
  }

  @Test
  void a_template_reads_with_its_defaults_and_an_unknown_field_is_refused() throws JsonProcessingException {
    RevenueTemplate t = JSON.readValue("{\"product\": \"x\", \"termMonths\": 3, \"recognition\": \"POINT_IN_TIME\", "
        + "\"invoicing\": \"UP_FRONT\"}", RevenueTemplate.class);
    assertEquals(0, t.serviceStartLagDays());
    assertEquals(30, t.collectionDays());
    assertEquals(BillingTiming.IN_ADVANCE, t.billingTiming());
    assertThrows(JsonProcessingException.class, () -> JSON.readValue("{\"product\": \"x\", \"termMonths\": 3, "
        + "\"recognition\": \"POINT_IN_TIME\", \"invoicing\": \"UP_FRONT\", \"netDays\": 10}", RevenueTemplate.class));
  }

  @Test
  void invalid_templates_are_refused_naming_field_value_and_rule() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> RevenueTemplate.builder().product("x")
        .termMonths(3).recognition(RevenueTemplate.Recognition.RATABLE).invoicing(RevenueTemplate.Invoicing.UP_FRONT)
        .build());
    assertTrue(e.getMessage().contains("convention"), e.getMessage());
    e = assertThrows(InvalidValueException.class, () -> RevenueTemplate.builder().product("x").termMonths(3)
        .recognition(RevenueTemplate.Recognition.BURN_DOWN).addBurnDown(new BigDecimal("0.5"), new BigDecimal("0.4"))
        .invoicing(RevenueTemplate.Invoicing.UP_FRONT).build());
    assertTrue(e.getMessage().contains("burnDown") && e.getMessage().contains("0.9"), e.getMessage());
    e = assertThrows(InvalidValueException.class, () -> RevenueTemplate.builder().product("x").termMonths(121)
        .recognition(RevenueTemplate.Recognition.POINT_IN_TIME).invoicing(RevenueTemplate.Invoicing.UP_FRONT)
        .grossMarginRate(new BigDecimal("1.5")).build());
    assertTrue(e.getMessage().contains("termMonths") && e.getMessage().contains("grossMarginRate"), e.getMessage());
    e = assertThrows(InvalidValueException.class, () -> RevenueTemplates.builder().id("t").version(1)
        .addTemplates(Projections.LICENCE, Projections.LICENCE).fallback("nope").build());
    assertTrue(e.getMessage().contains("unique products") && e.getMessage().contains("nope"), e.getMessage());
  }

  @Test
  void a_dso_and_a_cost_to_close_read_from_json_and_round_trip() throws JsonProcessingException {
    RevenueTemplate t = JSON.readValue("{\"product\": \"x\", \"termMonths\": 3, \"recognition\": \"POINT_IN_TIME\", "
        + "\"invoicing\": \"UP_FRONT\", \"dsoDays\": 52, \"costToClose\": {\"amount\": \"USD 500.00\"}}",
        RevenueTemplate.class);
    assertEquals(52, t.collectionDays());
    assertEquals(RevenueTemplate.CashRule.DSO_LAG, t.cashRule());
    assertEquals(CostToClose.amount(dev.revops.core.money.Money.parse("USD 500.00")), t.costToClose().get());
    assertEquals(t, JSON.readValue(JSON.writeValueAsString(t), RevenueTemplate.class));
    assertEquals(CostToClose.rate(new BigDecimal("0.12")), JSON.readValue("{\"rate\": 0.12}", CostToClose.class));
    JsonProcessingException e = assertThrows(JsonProcessingException.class, () -> JSON.readValue("{\"product\": \"x\", "
        + "\"termMonths\": 3, \"recognition\": \"POINT_IN_TIME\", \"invoicing\": \"UP_FRONT\", "
        + "\"paymentTermsDays\": 30, \"dsoDays\": 52}", RevenueTemplate.class));
    assertTrue(e.getMessage().contains("dsoDays") && e.getMessage().contains("52")
        && e.getMessage().contains("never both"), e.getMessage());
    e = assertThrows(JsonProcessingException.class, () -> JSON.readValue("{\"rate\": 0.1, \"amount\": \"USD 1.00\"}",
        CostToClose.class));
    assertTrue(e.getMessage().contains("rate") && e.getMessage().contains("not both"), e.getMessage());
  }

  @Test
  void the_schema_names_every_field_and_value_the_json_has() throws IOException {
    JsonNode schema;
    try (InputStream in = RevenueTemplates.class.getResourceAsStream("revenue-templates.schema.json")) {
      schema = new ObjectMapper().readTree(in);
    }
    Set<String> top = new TreeSet<>();
    schema.get("properties").fieldNames().forEachRemaining(top::add);
    top.remove("$schema");  // names the schema in a file; no field of the value
    Set<String> written = new TreeSet<>();
    JSON.valueToTree(Projections.TEMPLATES).fieldNames().forEachRemaining(written::add);
    assertEquals(written, top);
    JsonNode item = schema.at("/properties/templates/items/properties");
    Set<String> fields = new TreeSet<>();
    item.fieldNames().forEachRemaining(fields::add);
    Set<String> templateFields = new TreeSet<>();
    JSON.valueToTree(Projections.platform(CostToClose.rate(new BigDecimal("0.1")))).fieldNames()
        .forEachRemaining(templateFields::add);
    JSON.valueToTree(Projections.SERVICES).fieldNames().forEachRemaining(templateFields::add);
    JSON.valueToTree(RevenueTemplate.builder().product("x").termMonths(1).recognition(RevenueTemplate.Recognition
        .POINT_IN_TIME).invoicing(RevenueTemplate.Invoicing.UP_FRONT).dsoDays(40).build()).fieldNames()
        .forEachRemaining(templateFields::add);
    assertEquals(templateFields, fields);
    Set<String> costFields = new TreeSet<>();
    item.at("/costToClose/properties").fieldNames().forEachRemaining(costFields::add);
    assertEquals(Set.of("rate", "amount"), costFields);
    assertEquals(names(RatableConvention.values()), texts(item.at("/convention/enum")));
    assertEquals(names(RevenueTemplate.Recognition.values()), texts(item.at("/recognition/enum")));
    assertEquals(names(RevenueTemplate.Invoicing.values()), texts(item.at("/invoicing/enum")));
  }

  private static List<String> names(Enum<?>[] values) {
    return Arrays.stream(values).map(Enum::name).toList();
  }

  private static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }
}
