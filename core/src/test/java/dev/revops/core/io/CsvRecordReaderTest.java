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

  /** Each record as "line:field|field|..." or "line:!malformation" or "line:(blank)". */
  static List<String> records(String text) throws IOException {
    return records(text, 1_000_000);
  }

  static List<String> records(String text, int max) throws IOException {
    CsvRecordReader r = new CsvRecordReader(new StringReader(text), ',', max);
    List<String> out = new ArrayList<>();
    while (r.next()) {
      if (r.isBlank()) {
        out.add(r.line() + ":(blank)");
      } else if (r.malformation() != null) {
        out.add(r.line() + ":!" + r.malformation());
      } else {
        out.add(r.line() + ":" + String.join("|", r.fields()));
      }
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
  void a_quote_inside_an_unquoted_field_or_after_a_closing_quote_marks_the_record() throws IOException {
    CsvRecordReader r = new CsvRecordReader(new StringReader("12\" screen,1\n\"ok\"x,2\nfine,3\n"), ',', 100);
    assertTrue(r.next());
    assertEquals("a quote appears inside an unquoted field", r.malformation());
    assertTrue(r.next());
    assertEquals("text follows the closing quote of a quoted field", r.malformation());
    assertTrue(r.next());
    assertNull(r.malformation());
    assertEquals(3, r.line());
  }

  @Test
  void an_unclosed_quote_rejects_one_record_and_reading_resumes_on_the_next_line() throws IOException {
    assertEquals(List.of("1:id|v", "2:!a quoted field is not closed before the end of the input", "3:b|2", "4:c|3"),
        records("id,v\na,\"oops\nb,2\nc,3\n"));
  }

  @Test
  void an_overlong_quoted_field_is_cut_off_and_reading_resumes() throws IOException {
    List<String> got = records("a,\"xxxxxxxxxxxxxxxxxxxx\nb,1\nc,2\n", 10);
    assertEquals("1:!a quoted field is not closed within 10 characters", got.get(0));
    assertEquals(List.of("2:b|1", "3:c|2"), got.subList(1, got.size()));
  }
}
