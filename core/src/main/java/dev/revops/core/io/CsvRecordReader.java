package dev.revops.core.io;

import java.io.IOException;
import java.io.Reader;
import java.util.Arrays;

/**
 * Reads CSV records (RFC 4180) one at a time, in bounded memory, never giving up on the input.
 *
 * <p>Handles quoted fields with embedded delimiters, doubled quotes and line breaks; LF, CRLF and
 * lone CR line endings; a leading byte-order mark.
 *
 * <p>The recovery rule. A malformed record is returned with {@link #malformation()} set and
 * without fields; it is one record, on the line it starts on. A record is malformed when a quote
 * appears inside an unquoted field, text follows a closing quote, a quoted field is not closed
 * before the end of the input or runs over more than {@code maxRecordLines} lines, the record is
 * longer than {@code maxRecordChars} characters, or (once {@link #expectFields} was called) a
 * record that spans lines has another number of fields than expected. Reading then resumes at the
 * line after the one the malformed record started on: only that line is lost, and every line after
 * it is read again as records of its own. So a stray quote cannot swallow the rows after it, even
 * when a later quote happens to close it. A single-line record with another number of fields than
 * expected is not malformed: the importers reject it with the number.
 *
 * <p>Fields are kept as bounds, not strings: a field that lies whole in the read buffer is its
 * start and length there, any other (quoted, or running past the buffer) is copied into a
 * per-record scratch array, and the buffer's fields are moved there too before the buffer is
 * refilled. A field's {@code String} is made only when {@link #get} asks for it, once per record;
 * the importers' fast paths read the characters in place ({@link #chars}, {@link #start},
 * {@link #length}).
 *
 * <p>Memory: the current record and the text since its first line break, so at most about
 * {@code maxRecordChars} characters besides a 64K buffer (and the scratch array, grown by
 * doubling: at most twice the longest record's characters, within {@code 2 x maxRecordChars}); an
 * over-long unquoted field is skipped, not held. Not thread-safe.
 */
final class CsvRecordReader {
  private static final int EOF = -1;
  /** What a field reader returns when the field made its record malformed. */
  private static final int MALFORMED = -3;
  /** How much of a malformed field's text is kept for the rejection message. */
  private static final int SHOWN = 200;
  static final String UNCLOSED = "has a quoted field not closed before the end of the input";

  private final Reader in;
  private final char delimiter;
  private final int maxRecordChars;
  private final int maxRecordLines;
  private char[] buf = new char[1 << 16];
  private int pos;
  private int len;
  private boolean eof;

  /** The line of the next character to read (1-based), and what unread() restores. */
  private long line = 1;
  private int last;
  private long lineBefore;
  private int lastBefore;

  /** Field {@code i}: its start and length (-1: not kept) in the buffer or the scratch array. */
  private int[] starts = new int[32];
  private int[] lengths = new int[32];
  private boolean[] inBuffer = new boolean[32];
  /** The strings made of the current record's fields so far (null: not asked for yet). */
  private String[] strings = new String[32];
  private char[] scratch = new char[256];
  private int scratchLength;
  /** How many of the current record's fields lie in the buffer. */
  private int buffered;
  private int count;
  private int expected = -1;
  private int only = -1;
  private long recordLine;
  private boolean blank;
  private String malformation;
  private int malformedField;
  private String malformedText;
  private String malformedDetail;
  private boolean started;

  private final StringBuilder field = new StringBuilder(64);
  /** Where in {@link #buf} the text after the record's first line break starts, or -1. */
  private int tailStart = -1;
  private long tailLine;

  CsvRecordReader(Reader in, char delimiter, int maxRecordChars, int maxRecordLines) {
    this.in = in;
    this.delimiter = delimiter;
    this.maxRecordChars = maxRecordChars;
    this.maxRecordLines = maxRecordLines;
  }

  /**
   * Starts this reader in the middle of an input, at a record boundary on line {@code line}: a
   * leading byte-order mark is then text, as it would be there.
   */
  void continueAt(long line) {
    this.line = line;
    this.started = true;
  }

  /** From now on, a record spanning lines with another number of fields is malformed. */
  void expectFields(int n) {
    this.expected = n;
  }

  /**
   * Keeps only field {@code i} of each record (the others read as null), for a pass that needs one
   * column: the records and their malformations are the same as when keeping every field.
   */
  void keepOnly(int i) {
    this.only = i;
  }

  /** The line the current record starts on (1-based). */
  long line() {
    return recordLine;
  }

  /** The number of fields in the current record. */
  int size() {
    return count;
  }

  /** Field {@code i} of the current record (null when not kept): made once per record, when first asked for. */
  String get(int i) {
    String s = strings[i];
    if (s == null && lengths[i] >= 0) {
      s = new String(inBuffer[i] ? buf : scratch, starts[i], lengths[i]);
      strings[i] = s;
    }
    return s;
  }

  /**
   * The characters of field {@code i} of the current record, from {@link #start} for
   * {@link #length}: valid until the next call of {@link #next}.
   */
  char[] chars(int i) {
    return inBuffer[i] ? buf : scratch;
  }

  /** Where field {@code i} starts in {@link #chars}. */
  int start(int i) {
    return starts[i];
  }

  /** The length of field {@code i}, or -1 when it was not kept (see {@link #keepOnly}). */
  int length(int i) {
    return lengths[i];
  }

  /** The current record's fields, as a new array. */
  String[] fields() {
    String[] out = new String[count];
    for (int i = 0; i < count; i++) {
      out[i] = get(i);
    }
    return out;
  }

  /** Whether the current record is an empty line. */
  boolean isBlank() {
    return blank;
  }

  /** Why the current record is malformed, or null when it is well-formed. */
  String malformation() {
    return malformation;
  }

  /** The index of the field where the malformation was found, or -1 for the whole record. */
  int malformedField() {
    return malformedField;
  }

  /** Particulars of the malformation, or null. */
  String malformedDetail() {
    return malformedDetail;
  }

  /**
   * The malformed field's text on the record's first line as it is in the input (quotes
   * included), cut after {@value #SHOWN} characters with the length said; null when none.
   */
  String malformedText() {
    return malformedText;
  }

  private boolean fill() throws IOException {
    if (eof) {
      return false;
    }
    if (buffered > 0) {
      unbuffer();
    }
    int keep = tailStart >= 0 ? tailStart : pos;
    if (keep > 0) {
      System.arraycopy(buf, keep, buf, 0, len - keep);
      len -= keep;
      pos -= keep;
      if (tailStart >= 0) {
        tailStart -= keep;
      }
    }
    if (len == buf.length) {
      buf = Arrays.copyOf(buf, buf.length * 2);
    }
    int n;
    do {
      n = in.read(buf, len, buf.length - len);
    } while (n == 0);
    if (n < 0) {
      eof = true;
      return false;
    }
    len += n;
    return true;
  }

  private int read() throws IOException {
    if (pos == len && !fill()) {
      return EOF;
    }
    char c = buf[pos++];
    lineBefore = line;
    lastBefore = last;
    if (c == '\r' || (c == '\n' && last != '\r')) {
      line++;
    }
    last = c;
    return c;
  }

  /** Steps back over the character the last read() returned. */
  private void unread(int c) {
    if (c == EOF) {
      return;
    }
    pos--;
    line = lineBefore;
    last = lastBefore;
  }

  /**
   * Reads the next record.
   *
   * @return false at the end of input
   */
  boolean next() throws IOException {
    count = 0;
    buffered = 0;
    scratchLength = 0;
    malformation = null;
    malformedField = -1;
    malformedText = null;
    malformedDetail = null;
    blank = false;
    tailStart = -1;
    field.setLength(0);
    recordLine = line;
    if (only >= 0 && started && keyLine()) {
      return true;
    }
    int c = read();
    if (!started) {
      started = true;
      if (c == '\uFEFF') {
        c = read();
      }
    }
    if (c == EOF) {
      return false;
    }
    if (c == '\n' || c == '\r') {
      endLine(c);
      blank = true;
      return true;
    }
    chars = 0;
    lines = 1;
    while (true) {
      boolean keep = only < 0 || count == only;
      if (c == '"') {
        c = quotedField(keep);
      } else if (c != delimiter && c != '\n' && c != '\r' && c != EOF && wholeField(keep)) {
        chars += direct; // the field lay in the buffer: taken in one copy
        c = read();
      } else {
        c = unquotedField(keep, c);
      }
      if (c == MALFORMED) {
        return true;
      }
      if (taken) {
        addTaken(keep);
      } else {
        add(keep);
      }
      if (c != delimiter) {
        return endRecord(c);
      }
      c = read();
      if (++chars > maxRecordChars) {
        return resync(tooLong(), null, c, false);
      }
    }
  }

  /**
   * Reads a quoted field, its opening quote read.
   *
   * @return the character after its closing quote, or {@link #MALFORMED} when it made the record
   *     malformed (and reading moved on)
   */
  private int quotedField(boolean keep) throws IOException {
    while (true) {
      int c = read();
      if (c == EOF) {
        return malformed(UNCLOSED, quoted(false, -1), c, false);
      }
      if (++chars > maxRecordChars) {
        return malformed(tooLong(), quoted(false, -1), c, false);
      }
      if (c == '"') {
        int d = read();
        if (d == '"') {
          append(keep, '"');
          continue;
        }
        if (d != delimiter && d != '\n' && d != '\r' && d != EOF) {
          return malformed("has text after the closing quote of a quoted field", quoted(true, d), d, true);
        }
        return d;
      }
      if ((c == '\n' || c == '\r') && ++lines > maxRecordLines) {
        return malformed(tooManyLines(), quoted(false, -1), c, false);
      }
      append(keep, (char) c);
      if (c == '\n' || c == '\r') {
        if (c == '\r') {
          int d = read();
          if (d == '\n') {
            append(keep, '\n');
          } else {
            unread(d);
          }
        }
        if (tailStart < 0) {
          tailStart = pos;
          tailLine = line;
        }
      }
    }
  }

  /**
   * Reads an unquoted field character by character (one that runs past the buffer, say), its
   * first character read.
   *
   * @return the character that ended it, or {@link #MALFORMED}
   */
  private int unquotedField(boolean keep, int c) throws IOException {
    while (c != delimiter && c != '\n' && c != '\r' && c != EOF) {
      if (c == '"') {
        return malformed("has a quote inside an unquoted field", unquoted('"'), c, true);
      }
      append(keep, (char) c);
      // The rest of the field straight from the buffer, up to a delimiter, line end or quote:
      // the per-character path is the slow part of reading a file.
      int k = pos;
      while (k < len) {
        char x = buf[k];
        if (x == delimiter || x == '\n' || x == '\r' || x == '"') {
          break;
        }
        k++;
      }
      if (k > pos) {
        if (keep) {
          field.append(buf, pos, k - pos);
        }
        chars += k - pos;
        last = buf[k - 1];
        pos = k;
      }
      if (++chars > maxRecordChars) {
        return malformed(tooLong(), unquoted(-1), c, false);
      }
      c = read();
    }
    return c;
  }

  /** Ends the record at a line end (or the input's): malformed when it spans lines with the wrong width. */
  private boolean endRecord(int c) throws IOException {
    if (tailStart >= 0 && expected >= 0 && count != expected) {
      int n = count;
      long end = c == EOF ? line : line - 1;
      resync("spans several lines and has another number of fields than the header (a quote is probably missing)",
          null, c, false);
      malformedDetail = "from line " + recordLine + " to " + end + ", " + n + " fields, the header " + expected;
      return true;
    }
    endLine(c);
    tailStart = -1;
    return true;
  }

  private int malformed(String why, StringBuilder raw, int c, boolean toFieldEnd) throws IOException {
    resync(why, raw, c, toFieldEnd);
    return MALFORMED;
  }

  private String tooLong() {
    return "is longer than " + maxRecordChars + " characters (ImportOptions.maxRecordChars)";
  }

  private String tooManyLines() {
    return "has a quoted field that runs over more than " + maxRecordLines + " lines (ImportOptions.maxRecordLines)";
  }

  /**
   * For a pass that keeps one field: a line without quotes that ends in the buffer, read in one
   * scan that looks at the delimiters only up to the kept field (then {@link #size()} is only
   * known to pass it). Anything else (a quote, a blank line, a line running past the buffer or near
   * the length limit) is left to the field-by-field path, which reads it the same way.
   *
   * @return true when the record was read
   */
  private boolean keyLine() {
    char[] b = buf;
    char d = delimiter;
    int i = pos;
    int limit = Math.min(len, pos + maxRecordChars);
    int n = 0;
    int from = i;
    int keyFrom = -1;
    int keyTo = -1;
    char c = 0;
    while (i < limit) {
      c = b[i];
      if (c <= '"' && (c == '\n' || c == '\r' || c == '"')) {
        break;
      }
      if (c == d) {
        if (n == only) {
          keyFrom = from;
          keyTo = i;
          n++;
          i++;
          // past the kept field only the line's end matters
          while (i < limit) {
            c = b[i];
            if (c <= '"' && (c == '\n' || c == '\r' || c == '"')) {
              break;
            }
            i++;
          }
          break;
        }
        n++;
        from = i + 1;
      }
      i++;
    }
    if (i >= limit || c == '"' || i == pos || (c == '\r' && i + 1 == len)) {
      return false;
    }
    if (keyFrom < 0 && n == only) {
      keyFrom = from;
      keyTo = i;
    }
    int width = keyFrom >= 0 ? only + 1 : n + 1;
    for (int f = 0; f < width; f++) {
      if (f == only) {
        takenFrom = keyFrom;
        putBuffered(keyTo - keyFrom);
      } else {
        putAbsent();
      }
    }
    pos = c == '\r' && b[i + 1] == '\n' ? i + 2 : i + 1;
    line++;
    last = '\n';
    return true;
  }

  /** The field {@link #wholeField} took: its start in the buffer and its length. */
  private boolean taken;
  private int takenFrom;
  private int direct;
  /** The current record's characters and lines so far. */
  private int chars;
  private int lines;

  /**
   * The common case of an unquoted field: it ends (at a delimiter or line end, with no quote in
   * it) inside the buffer, within the length limit; then it is added from the buffer in one copy
   * and the position left at its end. The character just read is its first.
   *
   * @return true when the field was taken
   */
  private boolean wholeField(boolean keep) {
    char[] b = buf;
    char d = delimiter;
    int from = pos - 1;
    int k = pos;
    int n = len;
    while (k < n) {
      char x = b[k];
      if (x == d || x == '\n' || x == '\r' || x == '"') {
        break;
      }
      k++;
    }
    if (k == n || b[k] == '"' || chars + (k - from) > maxRecordChars) {
      return false;
    }
    taken = true;
    takenFrom = from;
    direct = k - from;
    last = b[k - 1];
    pos = k;
    return true;
  }

  private void append(boolean keep, char c) {
    if (keep) {
      field.append(c);
    }
  }

  /** Adds the field read into {@link #field}: copied into the scratch array (or absent when not kept). */
  private void add(boolean keep) {
    if (keep) {
      int n = field.length();
      reserveScratch(n);
      field.getChars(0, n, scratch, scratchLength);
      put(scratchLength, n, false);
      scratchLength += n;
    } else {
      putAbsent();
    }
    field.setLength(0);
  }

  /** Adds the field {@link #wholeField} took, where it lies in the buffer (or absent when not kept). */
  private void addTaken(boolean keep) {
    taken = false;
    if (keep) {
      putBuffered(direct);
    } else {
      putAbsent();
    }
  }

  /** Adds the field of {@code n} characters at {@link #takenFrom} in the buffer. */
  private void putBuffered(int n) {
    put(takenFrom, n, true);
    buffered++;
  }

  private void putAbsent() {
    put(0, -1, false);
  }

  private void put(int start, int length, boolean buffer) {
    if (count == starts.length) {
      int n = count * 2;
      starts = Arrays.copyOf(starts, n);
      lengths = Arrays.copyOf(lengths, n);
      inBuffer = Arrays.copyOf(inBuffer, n);
      strings = Arrays.copyOf(strings, n);
    }
    starts[count] = start;
    lengths[count] = length;
    inBuffer[count] = buffer;
    strings[count] = null;
    count++;
  }

  private void reserveScratch(int n) {
    if (scratchLength + n > scratch.length) {
      scratch = Arrays.copyOf(scratch, Math.max(scratch.length * 2, scratchLength + n));
    }
  }

  /** Before the buffer moves: the current record's fields in it are copied into the scratch array. */
  private void unbuffer() {
    for (int i = 0; i < count; i++) {
      if (inBuffer[i]) {
        int n = lengths[i];
        reserveScratch(n);
        System.arraycopy(buf, starts[i], scratch, scratchLength, n);
        starts[i] = scratchLength;
        inBuffer[i] = false;
        scratchLength += n;
      }
    }
    buffered = 0;
  }

  private void endLine(int c) throws IOException {
    if (c == '\r') {
      int d = read();
      if (d != '\n') {
        unread(d);
      }
    }
  }

  /** The quoted field being read, as written on its first line, with what follows its closing quote. */
  private StringBuilder quoted(boolean closed, int after) {
    StringBuilder raw = new StringBuilder().append('"');
    boolean broke = false;
    for (int i = 0; i < field.length() && raw.length() <= SHOWN; i++) {
      char x = field.charAt(i);
      if (x == '\n' || x == '\r') {
        broke = true;
        break;
      }
      raw.append(x);
      if (x == '"') {
        raw.append('"');
      }
    }
    if (!broke && closed) {
      raw.append('"');
      if (after >= 0) {
        raw.append((char) after);
      }
    }
    return raw;
  }

  /** The unquoted field being read, with the character that made it malformed (-1 for none). */
  private StringBuilder unquoted(int c) {
    StringBuilder raw = new StringBuilder().append(field, 0, Math.min(field.length(), SHOWN + 1));
    if (c >= 0) {
      raw.append((char) c);
    }
    return raw;
  }

  private static String cut(StringBuilder raw) {
    return raw.length() <= SHOWN ? raw.toString() : raw.substring(0, SHOWN) + "...";
  }

  /**
   * Marks the current record malformed and continues at the line after its first line: the rest
   * of that line is skipped, or, when the record went on past it, those lines are read again.
   */
  private boolean resync(String why, StringBuilder raw, int c, boolean toFieldEnd) throws IOException {
    malformation = why;
    malformedField = raw == null ? -1 : count;
    count = 0;
    buffered = 0;
    field.setLength(0);
    if (tailStart < 0) {
      // on the record's first line: skip the rest of it, keeping the rest of the field to show
      boolean showing = raw != null && toFieldEnd;
      while (c != '\n' && c != '\r' && c != EOF) {
        c = read();
        showing &= c != delimiter && c != '\n' && c != '\r' && c != EOF;
        if (showing && raw.length() <= SHOWN) {
          raw.append((char) c);
        }
      }
      endLine(c);
    } else {
      pos = tailStart;
      line = tailLine;
      last = 0;
      tailStart = -1;
    }
    malformedText = raw == null ? null : cut(raw);
    return true;
  }
}
