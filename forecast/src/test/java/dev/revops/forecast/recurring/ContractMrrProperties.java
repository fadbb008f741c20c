package dev.revops.forecast.recurring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.revops.forecast.revenue.Contract;
import dev.revops.forecast.revenue.ContractArbitraryProvider;
import dev.revops.forecast.revenue.RecognitionPattern;
import java.time.ZoneOffset;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Any valid contract, modifications included, gives valid lines within its term, in its currency. */
class ContractMrrProperties {
  @Provide
  Arbitrary<Contract> contracts() {
    return ContractArbitraryProvider.contracts();
  }

  @Property(tries = 300)
  void every_contract_gives_valid_lines_and_counts_each_one_time_obligation(@ForAll("contracts") Contract c) {
    ContractLines lines = ContractMrr.lines(c, ZoneOffset.UTC, Map.of());
    for (MrrLine l : lines.lines()) {
      assertEquals(c.currency(), l.monthly().getCurrency());
      assertEquals(c.customer(), l.customer());
      assertTrue(l.end().isPresent(), "a contract's service ends");
    }
    long oneTime = c.obligations().stream().filter(o -> o.pattern().kind() != RecognitionPattern.Kind.RATABLE).count();
    long counted = lines.excluded().stream().filter(e -> e.reason().startsWith("one-time obligation"))
        .mapToLong(e -> e.count()).sum();
    assertTrue(counted >= oneTime, "each one-time obligation is counted");
    assertEquals(lines.lines().isEmpty(), lines.term().isEmpty());
    lines.term().ifPresent(t -> lines.lines().forEach(l -> assertTrue(!l.start().isBefore(t.start())
        && !l.end().orElseThrow().isAfter(t.end()))));
    CustomerHistories g = new CustomerHistories();
    lines.lines().forEach(g::add);
    assertEquals(lines.lines().size(), g.result().histories().stream().mapToLong(h -> h.lines().size()).sum());
  }
}
