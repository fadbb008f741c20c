package dev.revops.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvRecordReaderTest {
  static final String UNCLOSED = "has a quoted field not closed before the end of the input";
  static final String AFTER_QUOTE = "has text after the closing quote of a quoted field";
  static final String FIELDS = "spans several lines and has another number of fields than the header "
      + "(a quote is probably missing)";

  /** Each record as "line:field|field|..." or "line:!malformation" or "line:(blank)". */
  static List<String> records(String text) throws IOException {
    return records(text, 1_000_000, 1_000, -1);
  }

  static List<String> records(String text, int maxChars, int maxLines, int fields) throws IOException {
    CsvRecordReader r = new CsvRecordReader(new StringReader(text), ',', maxChars, maxLines);
    List<String> out = new ArrayList<>();
    boolean header = true;
    while (r.next()) {
      if (r.isBlank()) {
        out.add(r.line() + ":(blank)");
        continue;
      }
      if (r.malformation() != null) {
        out.add(r.line() + ":!" + r.malformation());
      } else {
        out.add(r.line() + ":" + String.join("|", r.fields()));
      }
      if (header && fields >= 0) {
        r.expectFields(fields);
      }
      header = false;
    }
    return out;
  }

  @Test
  void reads_plain_records_with_lf_crlf_and_cr_endings() throws IOException {
    assertEquals(List.of("1:a|b", "2:c|d", "3:e|f", "4:g|"), records("a,b\nc,d\r\ne,f\rg,\n"));
    assertEquals(List.of("1:a|b"), records("a,b"));
    assertEquals(List.of("1:|", "2:x"), records(",\nx\n"));
  }

  @Test
  void reads_quoted_fields_with_delimiters_quotes_and_line_breaks() throws IOException {
    assertEquals(List.of("1:a,b|say \"hi\"|", "2:x"), records("\"a,b\",\"say \"\"hi\"\"\",\"\"\nx"));
    assertEquals(List.of("1:multi\nline|z", "3:next"), records("\"multi\nline\",z\nnext\n"));
    assertEquals(List.of("1:multi\r\nline|z", "3:next"), records("\"multi\r\nline\",z\r\nnext\r\n"));
  }

  @Test
  void skips_a_byte_order_mark_and_reports_blank_lines() throws IOException {
    assertEquals(List.of("1:id|name", "2:(blank)", "3:1|x"), records("\uFEFFid,name\n\n1,x\n"));
  }

  @Test
  void a_quote_inside_an_unquoted_field_or_after_a_closing_quote_rejects_its_line_alone() throws IOException {
    CsvRecordReader r = new CsvRecordReader(new StringReader("12\" screen,1\n\"ok\"x,2\nfine,3\n"), ',', 100, 10);
    assertTrue(r.next());
    assertEquals("has a quote inside an unquoted field", r.malformation());
    assertEquals(0, r.malformedField());
    assertEquals("12\" screen", r.malformedText());
    assertTrue(r.next());
    assertEquals(AFTER_QUOTE, r.malformation());
    assertEquals("\"ok\"x", r.malformedText());
    assertTrue(r.next());
    assertNull(r.malformation());
    assertEquals(3, r.line());
    assertEquals(List.of("fine", "3"), List.of(r.fields()));
  }

  @Test
  void an_unclosed_quote_rejects_its_line_and_reading_resumes_on_the_next_line() throws IOException {
    assertEquals(List.of("1:id|v", "2:!" + UNCLOSED, "3:b|2", "4:c|3"), records("id,v\na,\"oops\nb,2\nc,3\n"));
  }

  @Test
  void an_unclosed_quote_closed_by_a_later_quoted_field_loses_no_row_after_it() throws IOException {
    // The quote opened on line 2 is "closed" by the one before Delta on line 5; "Delta" then follows
    // a closing quote: line 2 alone is rejected and lines 3 to 5 are read again.
    String csv = "id,name,amount\nD1,\"Acme,10\nD2,Beta,20\nD3,Gamma,30\nD4,\"Delta\",40\n";
    assertEquals(List.of("1:id|name|amount", "2:!" + AFTER_QUOTE, "3:D2|Beta|20", "4:D3|Gamma|30", "5:D4|Delta|40"),
        records(csv, 1_000_000, 1_000, 3));
  }

  @Test
  void a_record_spanning_lines_with_the_wrong_number_of_fields_rejects_its_first_line_alone() throws IOException {
    // Line 2's quote closes at the end of line 4, making a record of 2 fields where the header has
    // 3: line 2 is rejected and line 3 read again; line 4's own quote is then unclosed to the end.
    String csv = "id,name,amount\nD1,\"Acme,10\nD2,Beta,20\nD3,Gamma,\"\nD4,Delta,40\n";
    assertEquals(List.of("1:id|name|amount", "2:!" + FIELDS, "3:D2|Beta|20", "4:!" + UNCLOSED, "5:D4|Delta|40"),
        records(csv, 1_000_000, 1_000, 3));
    // a quoted field spanning lines in a record of the header's width is a value like any other
    assertEquals(List.of("1:id|name|amount", "2:D1|Acme\nAnnex|10", "4:D2|Beta|20"),
        records("id,name,amount\nD1,\"Acme\nAnnex\",10\nD2,Beta,20\n", 1_000_000, 1_000, 3));
  }

  @Test
  void a_quoted_field_over_the_line_or_character_limit_is_cut_off_and_reading_resumes() throws IOException {
    List<String> chars = records("a,\"xxxxxxxxxxxxxxxxxxxx\nb,1\nc,2\n", 10, 1_000, -1);
    assertEquals("1:!is longer than 10 characters (ImportOptions.maxRecordChars)", chars.get(0));
    assertEquals(List.of("2:b|1", "3:c|2"), chars.subList(1, chars.size()));
    List<String> lines = records("a,\"x\ny\nz\nw\",1\nb,2\n", 1_000, 3, -1);
    assertEquals(List.of("1:!has a quoted field that runs over more than 3 lines (ImportOptions.maxRecordLines)",
        "2:y", "3:z", "4:!has a quote inside an unquoted field", "5:b|2"), lines);
  }

  @Test
  void an_unquoted_field_has_the_same_length_limit_and_is_skipped_not_held() throws IOException {
    String big = "y".repeat(5_000_000);
    CsvRecordReader r = new CsvRecordReader(new StringReader("a," + big + ",c\nb,1\n"), ',', 1_000, 10);
    assertTrue(r.next());
    assertEquals("is longer than 1000 characters (ImportOptions.maxRecordChars)", r.malformation());
    assertEquals(1, r.malformedField());
    assertEquals("y".repeat(200) + "...", r.malformedText());
    assertTrue(r.next());
    assertEquals(2, r.line());
    assertEquals(List.of("b", "1"), List.of(r.fields()));
  }

  @Test
  void line_numbers_stay_right_after_reading_lines_again_with_crlf() throws IOException {
    String csv = "id,v\r\nA,\"x\r\nB,1\r\nC,\"y\"z\r\nD,2\r\n";
    assertEquals(List.of("1:id|v", "2:!" + AFTER_QUOTE, "3:B|1", "4:!" + AFTER_QUOTE, "5:D|2"),
        records(csv, 1_000, 1_000, 2));
  }
}
