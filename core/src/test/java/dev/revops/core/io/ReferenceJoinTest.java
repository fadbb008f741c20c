package dev.revops.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.revops.core.deal.Deal;
import dev.revops.core.money.Money;
import dev.revops.core.pipeline.PipelineDefinition;
import dev.revops.core.pipeline.TestPipelines;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReferenceJoinTest {
  final PipelineDefinition def = TestPipelines.standard();
  static final String DEALS = "id,owner,product,stage,value,closed\n"
      + "D1,Anna,GTXPro,Prospecting,,\n"                // open, no amount: priced from the list (GTX Pro)
      + "D2,Anna,GTX Basic,Closed Won,500,2026-03-01\n" // won: its booked amount stays
      + "D3,Zoe,GTX Basic,Discovery,,\n"                // Zoe is not in the roster; GTX Basic priced
      + "D4,,Unknown,Prospecting,,\n";                  // no owner; a product the list lacks: no amount
  static final ColumnMapping MAPPING = ColumnMapping.builder().name("joined")
      .columns(DealColumns.builder().addId("id").addOwner("owner").addProduct("product").addStage("stage")
          .addAmount("value").addClosedDate("closed").build())
      .defaultCurrency("USD")
      .addJoins(ReferenceJoin.builder().table("teams").on("owner").key("agent").putAttributes("manager", "manager")
          .putAttributes("office", "office").build())
      .addJoins(ReferenceJoin.builder().table("products").on("product").key("product")
          .match(KeyMatch.IGNORING_CASE_AND_SPACES).price("price").priceCurrency("USD").build())
      .build();

  static ReferenceTable table(String name, String csv, String key) throws IOException {
    return ReferenceTable.read(name, new StringReader(csv), key);
  }

  @Test
  void joins_attributes_by_key_and_prices_open_deals_without_an_amount_from_the_list() throws IOException {
    ReferenceTable teams = table("teams", "agent,manager,office\nAnna,Dustin,Central\nAnna,Again,East\n"
        + "Bob,,West\n", "agent");
    assertEquals(2, teams.report().rowsAccepted());
    assertEquals(1, teams.report().rowsRejected()); // the repeated key
    ReferenceTable products = table("products", "product,price\nGTX Pro,4821\nGTX Basic,550\n", "product");
    ImportResult<Deal> r = DealCsvImporter.of(def, MAPPING).withTable(teams).withTable(products)
        .readAll(new StringReader(DEALS));
    assertTrue(r.report().isClean(), r.rejected().toString());
    Deal d1 = r.accepted().get(0);
    assertEquals(Map.of("manager", "Dustin", "office", "Central"), d1.attributes());
    assertEquals(Optional.of(Money.parse("USD 4821.00")), d1.amount());
    assertEquals(Optional.of(Money.parse("USD 500.00")), r.accepted().get(1).amount());
    assertEquals(Map.of(), r.accepted().get(2).attributes());
    assertEquals(Optional.of(Money.parse("USD 550.00")), r.accepted().get(2).amount());
    assertEquals(Optional.empty(), r.accepted().get(3).amount());
    assertEquals(List.of("USD assumed for all 4 rows: the file has no currency column",
        "joined teams on owner: 2 deals matched, 1 had no row (for example 'Zoe'), 1 had no owner",
        "joined products on product: 3 deals matched, 1 had no row (for example 'Unknown'), 0 had no product",
        "2 amounts of open deals came from the price list products (column price, USD)"), r.report().notes());
  }

  @Test
  void a_join_without_its_table_is_not_applied_and_the_report_says_so() throws IOException {
    ImportResult<Deal> r = DealCsvImporter.of(def, MAPPING).readAll(new StringReader(DEALS));
    assertEquals(List.of("USD assumed for all 4 rows: the file has no currency column",
        "join teams not applied: the table was not given",
        "join products not applied: the table was not given"), r.report().notes());
    assertEquals(Optional.empty(), r.accepted().get(0).amount());
  }

  @Test
  void two_table_keys_equal_under_the_join_rule_refuse_the_import() throws IOException {
    ReferenceTable products = table("products", "product,price\nGTX Pro,4821\nGTXPro,4000\n", "product");
    ImportFormatException e = assertThrows(ImportFormatException.class,
        () -> DealCsvImporter.of(def, MAPPING).withTable(products).readAll(new StringReader(DEALS)));
    assertTrue(e.getMessage().contains("'GTX Pro' and 'GTXPro' are one key"), e.getMessage());
  }
}
