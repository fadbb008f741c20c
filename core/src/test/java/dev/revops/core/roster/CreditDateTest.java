package dev.revops.core.roster;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.revops.core.deal.Deal;
import dev.revops.core.pipeline.TestPipelines;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CreditDateTest {
  static final LocalDate AS_OF = LocalDate.parse("2026-10-01");

  @Test
  void a_deal_is_credited_on_its_closed_or_expected_close_date_or_on_the_as_of_date() {
    Deal won = Deal.builder().id("W").stage(TestPipelines.standard().stage("closed-won"))
        .closedDate(LocalDate.parse("2026-03-03")).expectedCloseDate(LocalDate.parse("2026-02-01")).build();
    Deal open = Deal.builder().id("O").stage(TestPipelines.standard().stage("prospecting"))
        .expectedCloseDate(LocalDate.parse("2026-11-30")).build();
    Deal undated = Deal.builder().id("U").stage(TestPipelines.standard().stage("prospecting")).build();
    assertEquals(LocalDate.parse("2026-03-03"), CreditDate.CLOSE_DATE.dayOf(won, AS_OF));    // closed, not expected
    assertEquals(LocalDate.parse("2026-11-30"), CreditDate.CLOSE_DATE.dayOf(open, AS_OF));
    assertEquals(AS_OF, CreditDate.CLOSE_DATE.dayOf(undated, AS_OF));
    assertEquals(AS_OF, CreditDate.AS_OF.dayOf(won, AS_OF));
  }
}
