package dev.revops.forecast.calls;

import dev.revops.core.roster.CreditDate;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.revops.core.dimension.OpenDimension;
import dev.revops.core.json.RevopsJson;
import dev.revops.core.money.Money;
import dev.revops.core.pipeline.ForecastCategory;
import java.io.IOException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CallJsonTest {
  static final ObjectMapper JSON = RevopsJson.mapper();

  @Test
  void options_with_their_roster_calls_and_adjustments_read_back_equal() throws IOException {
    CallOptions options = CallOptions.builder().scope(CallDeals.quarters()).roster(CallDeals.ROSTER)
        .creditDate(CreditDate.AS_OF).addGroupBy(OpenDimension.parse("level:manager", CallDeals.ROSTER),
            OpenDimension.parse("attribute:region")).build();
    assertEquals(options, JSON.readValue(JSON.writeValueAsString(options), CallOptions.class));
    ForecastCall call = ForecastCall.builder().caller("bo").period("2026-Q3").category(ForecastCategory.COMMIT)
        .amount(Money.parse("USD 150.00")).submittedAt(Instant.parse("2026-07-14T16:00:00Z")).build();
    assertEquals(call, JSON.readValue(JSON.writeValueAsString(call), ForecastCall.class));
    ForecastAdjustment adjustment = ForecastAdjustment.builder().adjuster("bo").subject("ana").period("2026-Q3")
        .category(ForecastCategory.COMMIT).amount(Money.parse("USD 80.00")).at(Instant.parse("2026-08-03T09:00:00Z"))
        .build();
    assertEquals(adjustment, JSON.readValue(JSON.writeValueAsString(adjustment), ForecastAdjustment.class));
  }
}
