package dev.revops.forecast.acquisition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.revops.core.io.ImportResult;
import dev.revops.core.io.Rejection;
import dev.revops.core.money.Money;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Every spend row is accepted or rejected exactly once; nothing is assumed. */
class SpendCsvTest {
  @Test
  void spend_rows_are_accepted_or_rejected_once_with_column_and_reason() throws IOException {
    String csv = "period,channel,campaign,segment,amount,currency,paid\n"
        + "2026-01,paid_search,brand,SMB,1200.00,USD,true\n"           // row 2: accepted
        + "2026-01,events,,SMB,300,USD,false\n"                         // row 3: accepted, no campaign
        + "2026-01,email,,SMB,-5.00,USD,false\n"                        // row 4: negative
        + "2026-01,email,,SMB,99999999999999999999999,USD,false\n"      // row 5: huge
        + "2026-01,email,,SMB,10.00,,false\n"                           // row 6: no currency
        + "2026-01,,,SMB,10.00,USD,false\n"                             // row 7: channel empty
        + "2026-01,paid_search,brand,SMB,5.00,USD,true\n"               // row 8: repeats row 2's key
        + "2026-01,email,,SMB,1.234,USD,maybe\n"                        // row 9: beyond cents, bad flag
        + "2026-01,email,\"open,SMB,1.00,USD,true\n";                   // row 10: unclosed quote
    ImportResult<Spend> r = SpendCsv.importer().readAll(new StringReader(csv));
    String reasons = r.rejected().stream().map(x -> x.row() + ":" + x.problems().stream()
        .map(p -> p.column().orElse("-") + " " + p.reason()).collect(Collectors.joining("; ")))
        .collect(Collectors.joining("\n"));
    assertEquals(r.report().rowsRead(), r.report().rowsAccepted() + r.report().rowsRejected());
    assertEquals(2, r.report().rowsAccepted(), reasons);
    assertEquals(Money.parse("USD 1200.00"), r.accepted().get(0).amount());
    assertEquals(List.of(4L, 5L, 6L, 7L, 8L, 9L, 10L), r.rejected().stream().map(Rejection::row).toList(), reasons);
    assertTrue(reasons.contains("4:amount must not be negative"), reasons);
    assertTrue(reasons.contains("5:amount must be at most"), reasons);
    assertTrue(reasons.contains("6:currency is required"), reasons);
    assertTrue(reasons.contains("7:channel is required"), reasons);
    assertTrue(reasons.contains("9:paid is not true or false; amount does not fit"), reasons);
  }
}
