package dev.revops.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class CsvRecordReaderProperties {
  /** A reader handing out at most {@code chunk} characters a call, as slow streams do. */
  static Reader chunked(String text, int chunk) {
    StringReader in = new StringReader(text);
    return new Reader() {
      @Override
      public int read(char[] buf, int off, int len) throws IOException {
        return in.read(buf, off, Math.min(len, chunk));
      }

      @Override
      public void close() {}
    };
  }

  /** The records as CSV, fields quoted where they need it. */
  private static String written(List<List<String>> records, boolean crlf) {
    StringBuilder text = new StringBuilder();
    for (List<String> r : records) {
      List<String> cells = new ArrayList<>();
      for (String f : r) {
        boolean quote = f.isEmpty() || f.indexOf(',') >= 0 || f.indexOf('"') >= 0 || f.indexOf('\n') >= 0;
        cells.add(quote ? '"' + f.replace("\"", "\"\"") + '"' : f);
      }
      text.append(String.join(",", cells)).append(crlf ? "\r\n" : "\n");
    }
    return text.toString();
  }

  @Property(tries = 300)
  void records_written_with_quoting_read_back_field_for_field_however_the_input_is_cut(
      @ForAll @Size(min = 1, max = 30) List<@Size(min = 1, max = 6) List<@Chars({'a', 'b', '1', ',', '"', '\n', ' '})
          @net.jqwik.api.constraints.StringLength(max = 12) String>> records,
      @ForAll @IntRange(min = 1, max = 40) int chunk, @ForAll boolean crlf) throws IOException {
    String text = written(records, crlf);
    CsvRecordReader reader = new CsvRecordReader(chunked(text, chunk), ',', 1_000_000, 1_000);
    List<List<String>> read = new ArrayList<>();
    while (reader.next()) {
      assertEquals(null, reader.malformation());
      read.add(List.of(reader.fields()));
    }
    assertEquals(records, read);
  }

  @Property(tries = 300)
  void each_fields_characters_in_place_are_its_string_whether_or_not_the_string_was_made(
      @ForAll @Size(min = 1, max = 30) List<@Size(min = 1, max = 6) List<@Chars({'a', 'é', '1', ',', '"', '\n', ' '})
          @net.jqwik.api.constraints.StringLength(max = 12) String>> records,
      @ForAll @IntRange(min = 1, max = 40) int chunk, @ForAll boolean crlf, @ForAll boolean askFirst) throws IOException {
    String text = written(records, crlf);
    CsvRecordReader reader = new CsvRecordReader(chunked(text, chunk), ',', 1_000_000, 1_000);
    List<List<String>> read = new ArrayList<>();
    while (reader.next()) {
      List<String> inPlace = new ArrayList<>();
      for (int i = 0; i < reader.size(); i++) {
        String made = askFirst ? reader.get(i) : null; // a string made first must not move the characters
        inPlace.add(new String(reader.chars(i), reader.start(i), reader.length(i)));
        if (made != null) {
          assertEquals(made, inPlace.get(i));
        }
      }
      read.add(inPlace);
    }
    assertEquals(records, read);
  }

  /** Each record as line, malformation or the kept field. */
  static List<String> kept(String text, int chunk, int keep, int maxChars) throws IOException {
    CsvRecordReader r = new CsvRecordReader(chunked(text, chunk), ',', maxChars, 5);
    r.expectFields(3);
    if (keep >= 0) {
      r.keepOnly(keep);
    }
    List<String> out = new ArrayList<>();
    int k = Math.max(keep, 0);
    while (r.next()) {
      out.add(r.line() + ":" + (r.isBlank() ? "(blank)" : r.malformation() != null ? "!" + r.malformation()
          : k < r.size() ? r.get(k) : "(none)"));
    }
    return out;
  }

  @Property(tries = 1_000)
  void keeping_one_field_reads_the_same_records_as_keeping_all(
      @ForAll @Size(max = 30) List<@Chars({'a', '1', ',', '"', '\n', '\r', ' '}) @net.jqwik.api.constraints.StringLength(
          max = 20) String> lines,
      @ForAll @IntRange(min = 0, max = 3) int keep, @ForAll @IntRange(min = 1, max = 40) int chunk,
      @ForAll @IntRange(min = 5, max = 60) int maxChars) throws IOException {
    String text = String.join("\n", lines);
    List<String> all = new ArrayList<>();
    CsvRecordReader r = new CsvRecordReader(chunked(text, 7), ',', maxChars, 5);
    r.expectFields(3);
    while (r.next()) {
      all.add(r.line() + ":" + (r.isBlank() ? "(blank)" : r.malformation() != null ? "!" + r.malformation()
          : keep < r.size() ? r.get(keep) : "(none)"));
    }
    assertEquals(all, kept(text, chunk, keep, maxChars), text);
  }
}
