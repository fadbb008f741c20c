package dev.revops.core.lead;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.revops.core.InvalidValueException;
import dev.revops.core.io.ImportResult;
import dev.revops.core.io.Rejection;
import java.io.IOException;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LeadCsvImporterTest {
  static final LifecycleDefinition HUBSPOT = LifecycleDefinition.hubspotDefault();

  static ImportResult<LeadJourney> read(LeadColumns columns, String csv) throws IOException {
    return LeadCsvImporter.of(HUBSPOT, columns).readAll(new StringReader(csv));
  }

  static String problems(Rejection r) {
    return r.row() + ": " + r.problems().toString();
  }

  @Test
  void reads_the_olist_mqls_without_a_header_with_nan_as_no_origin_and_the_files_line_numbers() throws IOException {
    String csv = "\uFEFFm1,2018-02-01 00:00:00,lp1,social\n"
        + "m2,2017-10-20 00:00:00,lp2,NaN\n"
        + "m3,2018-13-01 00:00:00,lp3,email\n"
        + "m1,2018-03-01 00:00:00,lp4,email\n"
        + "m5,2018-03-01 00:00:00,lp5\n";
    ImportResult<LeadJourney> r = read(LeadColumns.olistMqls(), csv);
    assertEquals(5, r.report().rowsRead());
    assertEquals(2, r.report().rowsAccepted());
    LeadJourney first = r.accepted().get(0);
    assertEquals("m1", first.leadId());
    assertEquals(Optional.of("social"), first.lead().source());
    assertEquals(Map.of("landingPage", "lp1"), first.lead().attributes());
    assertEquals(Instant.parse("2018-02-01T00:00:00Z"), first.lead().createdAt());
    // Every Olist lead enters MQL at its first contact.
    assertEquals(List.of("marketingqualifiedlead"), first.history().orElseThrow().changes().stream()
        .map(LifecycleChange::to).toList());
    assertEquals(Optional.empty(), r.accepted().get(1).lead().source()); // NaN is no origin
    assertEquals(List.of(3L, 4L, 5L), r.rejected().stream().map(Rejection::row).toList());
    assertTrue(problems(r.rejected().get(0)).contains("first_contact_date"), problems(r.rejected().get(0)));
    assertTrue(problems(r.rejected().get(1)).contains("repeats the lead id of an earlier row"),
        problems(r.rejected().get(1)));
    assertTrue(problems(r.rejected().get(2)).contains("different number of fields"), problems(r.rejected().get(2)));
  }

  @Test
  void reads_a_hubspot_contacts_export_into_histories_from_the_became_a_dates() throws IOException {
    String csv = "Record ID,First Name,Create Date,Original Source,Contact owner,Lifecycle Stage,"
        + "Became a Lead Date,Became a Marketing Qualified Lead Date,Became a Sales Qualified Lead Date\n"
        + "101,Ann,2026-01-02 09:00,Organic Search,Jo,SQL,2026-01-02 09:00,2026-01-09 10:00,2026-01-20 11:00\n"
        + "102,Bob,2026-01-03 09:00,Paid Search,,Lead,2026-01-03 09:00,,\n"
        + "103,Cy,2026-01-04 09:00,Direct Traffic,,Prospect,2026-01-04 09:00,,\n"
        + "104,Di,2026-01-05 09:00,Direct Traffic,,Salesqualifiedlead,2026-01-05 09:00,,2026-01-05 09:00\n";
    ImportResult<LeadJourney> r = read(LeadColumns.hubspotContacts(), csv);
    assertEquals(3, r.accepted().size());
    LeadJourney ann = r.accepted().get(0);
    assertEquals(Optional.of("Jo"), ann.lead().owner());
    assertEquals(Optional.of("Organic Search"), ann.lead().source());
    assertEquals("salesqualifiedlead", ann.lead().attributes().get("lifecycleStage"));
    assertEquals(List.of("lead", "marketingqualifiedlead", "salesqualifiedlead"),
        ann.history().orElseThrow().changes().stream().map(LifecycleChange::to).toList());
    assertEquals(Instant.parse("2026-01-09T10:00:00Z"), ann.history().orElseThrow().firstEntry("marketingqualifiedlead")
        .orElseThrow());
    // Two stages dated at one instant are entered in lifecycle order; MQL was skipped.
    assertEquals(List.of("lead", "salesqualifiedlead"), r.accepted().get(2).history().orElseThrow().changes().stream()
        .map(LifecycleChange::to).toList());
    assertEquals(List.of(4L), r.rejected().stream().map(Rejection::row).toList());
    assertTrue(problems(r.rejected().get(0)).contains("Lifecycle Stage"), problems(r.rejected().get(0)));
  }

  @Test
  void reads_a_salesforce_leads_report_with_conversions_and_a_us_date_pattern() throws IOException {
    LeadColumns us = LeadColumns.salesforceLeads().withDatePattern("M/d/yyyy");
    String csv = "Lead ID,Lead Source,Status,Created Date,Converted,Converted Opportunity ID,Converted Date\n"
        + "00Q1,Web,Closed - Converted,1/5/2026,1,006A,2/3/2026\n"
        + "00Q2,Partner,Working - Contacted,1/6/2026,0,,\n"
        + "00Q3,Web,Closed - Converted,1/7/2026,true,,\n"
        + "00Q4,Web,Closed - Converted,1/8/2026,0,006B,2/3/2026\n"
        + "00Q5,Web,Closed - Converted,1/9/2026,1,006C,\n"
        + "00Q6,Web,Open,13/9/2026,maybe,,\n";
    ImportResult<LeadJourney> r = read(us, csv);
    assertEquals(3, r.accepted().size());
    LeadJourney q1 = r.accepted().get(0);
    assertEquals(Instant.parse("2026-01-05T00:00:00Z"), q1.lead().createdAt());
    assertEquals("Closed - Converted", q1.lead().attributes().get("status"));
    assertEquals("006A", q1.link().orElseThrow().dealId());
    assertEquals(Instant.parse("2026-02-03T00:00:00Z"), q1.link().orElseThrow().convertedAt());
    assertEquals(List.of("lead"), q1.history().orElseThrow().changes().stream().map(LifecycleChange::to).toList());
    assertEquals(Optional.empty(), r.accepted().get(1).link());
    // Converted without an opportunity: no deal, the flag kept.
    assertEquals("true", r.accepted().get(2).lead().attributes().get("converted"));
    assertEquals(List.of(5L, 6L, 7L), r.rejected().stream().map(Rejection::row).toList());
    assertTrue(problems(r.rejected().get(0)).contains("is false but the lead names the deal"), problems(r.rejected().get(0)));
    assertTrue(problems(r.rejected().get(1)).contains("is required when the lead names the deal"),
        problems(r.rejected().get(1)));
    String last = problems(r.rejected().get(2));
    assertTrue(last.contains("Created Date") && last.contains("is not a flag"), last);
  }

  @Test
  void every_row_is_accepted_or_rejected_once_whatever_the_input() throws IOException {
    String csv = "lead_id,created_at,source,campaign,owner,segment\n"
        + "L1,2026-01-01T00:00:00Z,web,,,\n"
        + "\"L2,2026-01-01T00:00:00Z,web,,,\n"
        + "L3,2026-01-01T00:00:00Z,web,,,\n"
        + ",2026-01-01T00:00:00Z,web,,,\n"
        + "L5,,web,,,\n"
        + "\n";
    ImportResult<LeadJourney> r = read(LeadColumns.genLeads(), csv);
    assertEquals(r.report().rowsRead(), r.report().rowsAccepted() + r.report().rowsRejected());
    assertEquals(r.report().rowsAccepted(), r.accepted().size());
    assertEquals(r.report().rowsRejected(), r.rejected().size());
    assertTrue(r.accepted().stream().anyMatch(j -> j.leadId().equals("L1")));
    assertTrue(r.rejected().stream().anyMatch(x -> problems(x).contains("is required")));
    // Without stage dates or an entry stage, a lead has no history.
    assertEquals(Optional.empty(), r.accepted().get(0).history());
  }

  @Test
  void a_mapping_naming_a_stage_the_lifecycle_lacks_is_refused_before_reading() {
    LeadColumns bad = LeadColumns.builder().name("bad").addId("id").addCreatedAt("c").entryStage("prospect")
        .putStageDates("visitor", List.of("Visitor Date")).build();
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> LeadCsvImporter.of(HUBSPOT, bad));
    assertTrue(e.getMessage().contains("stageDates 'visitor' must name a stage of lifecycle hubspot-lifecycle@1"),
        e.getMessage());
    assertTrue(e.getMessage().contains("entryStage 'prospect'"), e.getMessage());
  }

  @Test
  void a_header_without_an_id_or_creation_column_cannot_be_imported() {
    dev.revops.core.io.ImportFormatException e = assertThrows(dev.revops.core.io.ImportFormatException.class,
        () -> read(LeadColumns.hubspotContacts(), "First Name,Create Date\nAnn,2026-01-01\n"));
    assertTrue(e.getMessage().contains("must have a column for id (one of: Record ID, Contact ID, hs_object_id)"),
        e.getMessage());
    assertThrows(dev.revops.core.io.ImportFormatException.class, () -> DealLinkCsvImporter.of(
        DealLinkColumns.olistClosedDeals(), java.time.ZoneOffset.UTC).readAll(new StringReader("mql_id,x\nm1,1\n")));
  }
}
