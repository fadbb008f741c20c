package dev.revops.core.probability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

class ProbabilityProperties {

  @Property
  void every_probability_lies_in_zero_to_one(@ForAll Probability p) {
    assertTrue(p.toBigDecimal().compareTo(BigDecimal.ZERO) >= 0 && p.toBigDecimal().compareTo(BigDecimal.ONE) <= 0);
  }

  @Property
  void text_and_percent_forms_round_trip(@ForAll Probability p) {
    assertEquals(p, Probability.parse(p.toString()));
    assertEquals(p, Probability.ofPercent(p.toPercent()));
  }

  @Property
  void complement_is_an_involution_and_products_stay_in_range(@ForAll Probability p, @ForAll Probability q) {
    assertEquals(p, p.complement().complement());
    Probability both = p.times(q);
    assertTrue(both.compareTo(p) <= 0 && both.compareTo(q) <= 0);
  }
}
