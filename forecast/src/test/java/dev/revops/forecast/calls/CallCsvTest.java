package dev.revops.forecast.calls;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.revops.core.io.ImportResult;
import dev.revops.core.io.Rejection;
import dev.revops.core.money.Money;
import dev.revops.core.pipeline.ForecastCategory;
import java.io.IOException;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CallCsvTest {
  @Test
  void every_call_row_is_accepted_or_rejected_once_with_its_column_and_reason() throws IOException {
    String csv = "caller,period,category,amount,currency,submitted_at\n"
        + "bo,2026-Q3,Commit,150.00,USD,2026-07-14T16:00:00Z\n"
        + "ana,2026-Q3,best case,90,,2026-07-15\n"             // default currency, a date in the scope's zone
        + "al,2026-Q5,Commit,10,USD,2026-07-14T16:00:00Z\n"    // row 4: no such quarter
        + "al,2026-Q3,Maybe,10,USD,2026-07-14T16:00:00Z\n"     // row 5: no such category
        + "al,2026-Q3,Commit,-10,USD,2026-07-14T16:00:00Z\n"   // row 6: negative
        + "al,2026-Q3,Commit,10.001,USD,2026-07-14T16:00:00Z\n" // row 7: beyond cents
        + "bo,2026-Q3,Commit,160.00,USD,2026-07-14T16:00:00Z\n" // row 8: repeats row 2's key
        + "al,2026-Q3,Commit,10,USD,yesterday\n";              // row 9: no instant
    ImportResult<ForecastCall> r = CallCsv.calls(CallDeals.quarters(), Optional.of(Money.currency("USD")))
        .readAll(new StringReader(csv));
    assertEquals(8, r.report().rowsRead());
    assertEquals(2, r.report().rowsAccepted());
    assertEquals(List.of(4L, 5L, 6L, 7L, 8L, 9L), r.rejected().stream().map(Rejection::row).toList());
    ForecastCall ana = r.accepted().get(1);
    assertEquals(ForecastCategory.BEST_CASE, ana.category());
    assertEquals(Money.parse("USD 90.00"), ana.amount());
    assertEquals(Instant.parse("2026-07-15T00:00:00Z"), ana.submittedAt());
  }

  @Test
  void adjustments_read_with_the_same_rules() throws IOException {
    String csv = "adjuster,subject,period,category,amount,at\n"
        + "bo,ana,2026-Q3,Commit,80.00,2026-08-03T09:00:00Z\n"
        + "bo,,2026-Q3,Commit,80.00,2026-08-03T09:00:00Z\n";
    ImportResult<ForecastAdjustment> r = CallCsv.adjustments(CallDeals.quarters(), Optional.empty())
        .readAll(new StringReader(csv));
    // no default currency and no currency column: both rows rejected, the second also for its subject
    assertEquals(0, r.report().rowsAccepted());
    assertEquals(2, r.report().rowsRejected());
    assertEquals(2, r.rejected().get(1).problems().size());
  }
}
