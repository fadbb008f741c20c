package dev.revops.core.lead;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.revops.core.io.ImportResult;
import dev.revops.core.io.Rejection;
import java.io.IOException;
import java.io.StringReader;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DealLinkCsvImporterTest {

  @Test
  void reads_the_olist_closed_deals_as_won_links_with_their_sdr_and_segment() throws IOException {
    String csv = "mql_id,seller_id,sdr_id,sr_id,won_date,business_segment,lead_type,lead_behaviour_profile,has_company,"
        + "has_gtin\n"
        + "m1,s1,sdr1,sr1,2018-02-26 19:58:54,pet,online_medium,cat,,\n"
        + "m2,s2,sdr2,sr2,2018-05-08 20:17:59,car_accessories,industry,\"cat, wolf\",,\n"
        + "m1,s3,sdr1,sr1,2018-06-01 10:00:00,pet,online_medium,cat,,\n"
        + "m4,s4,sdr1,sr1,,pet,online_medium,cat,,\n";
    ImportResult<DealLink> r = DealLinkCsvImporter.of(DealLinkColumns.olistClosedDeals(), ZoneOffset.UTC)
        .readAll(new StringReader(csv));
    assertEquals(2, r.accepted().size());
    DealLink m1 = r.accepted().get(0);
    assertEquals("s1", m1.dealId());
    assertEquals(Instant.parse("2018-02-26T19:58:54Z"), m1.convertedAt());
    assertEquals(Optional.of(Instant.parse("2018-02-26T19:58:54Z")), m1.wonAt());
    assertEquals(Map.of("sdr", "sdr1", "salesRep", "sr1", "segment", "pet", "leadType", "online_medium",
        "behaviourProfile", "cat"), m1.attributes());
    assertEquals("cat, wolf", r.accepted().get(1).attributes().get("behaviourProfile"));
    assertEquals(List.of(4L, 5L), r.rejected().stream().map(Rejection::row).toList());
    assertTrue(r.rejected().get(0).problems().toString().contains("repeats the lead of an earlier row"),
        r.rejected().get(0).toString());
    assertTrue(r.rejected().get(1).problems().toString().contains("won_date"), r.rejected().get(1).toString());
  }

  @Test
  void a_deal_both_won_and_lost_is_rejected_naming_the_rule() throws IOException {
    String csv = "lead_id,deal_id,converted_at,won_at,lost_at\n"
        + "L1,D1,2026-01-01T00:00:00Z,2026-02-01T00:00:00Z,2026-02-02T00:00:00Z\n"
        + "L2,D2,2026-01-01T00:00:00Z,,2026-02-02T00:00:00Z\n";
    ImportResult<DealLink> r = DealLinkCsvImporter.of(DealLinkColumns.genLeads(), ZoneOffset.UTC)
        .readAll(new StringReader(csv));
    assertEquals(1, r.accepted().size());
    assertTrue(r.rejected().get(0).problems().toString().contains("must be absent on a won deal"),
        r.rejected().get(0).toString());
    assertEquals(Optional.of(Instant.parse("2026-02-02T00:00:00Z")), r.accepted().get(0).lostAt());
  }
}
