package dev.revops.core.io;

import java.io.IOException;
import java.io.Reader;
import java.util.Arrays;

/**
 * Splits JSON input into records without parsing them: the lines of JSON Lines, or the top-level
 * elements of a JSON array, each as text, so that each is parsed and judged on its own and a
 * syntax error in one never costs the others.
 *
 * <p>Array elements are found at the character level: strings (with their escapes), and the depth
 * of objects and arrays with their brackets matched. An element ends at a comma or the closing
 * bracket at the top level. Recovery from broken elements:
 * <ul>
 *   <li>a line break ends a string (a JSON string holds none), so an unclosed quote costs its
 *       element alone;</li>
 *   <li>a closing bracket closes the ones opened inside the one it matches; one that matches none
 *       is kept as text (the element is then invalid, and rejected);</li>
 *   <li>an element's object missing its closing brace ends where something other than a property
 *       name follows its opening brace or a comma (a {@code {} or {@code null}, say), or something
 *       other than a colon follows a name: there the next element starts;</li>
 *   <li>an element longer than {@code maxChars} is rejected. When it reached the limit on its
 *       first line (an array written on one line, say), the rest of it is scanned, not held, to
 *       where it ends by the rules above, or to the end of that line: the next element on the same
 *       line is read as any other. When it reached the limit on a later line (its structure may be
 *       broken, a bracket missing), reading resumes at the line after the one it started on (those
 *       lines are read again); text read again that runs past the limit once more is scanned to
 *       its end or the end of its line in the same way, so no text is read more than twice.</li>
 * </ul>
 *
 * <p>A line of JSON Lines longer than {@code maxChars} is one record, rejected; the next line is
 * read.
 *
 * <p>Memory: the current element or line, at most {@code maxChars} characters (twice that while
 * lines are read again), the open brackets of an over-long element (at most about
 * {@code 2 * maxChars}), and a 64K buffer. Not thread-safe.
 */
final class JsonElementReader {
  private static final int EOF = -1;
  private static final int NONE = -2;
  /** States of an element's own object: no such object, or one in a value, ... */
  private static final int OTHER = 0;
  private static final int VALUE = 1;
  /** ... expecting a property name, in one, expecting the colon after one. */
  private static final int NAME = 2;
  private static final int IN_NAME = 3;
  private static final int COLON = 4;

  private final Reader in;
  private final int maxChars;
  private final char[] buf = new char[1 << 16];
  private int pos;
  private int len;
  private boolean eof;
  /** Text to read again after an over-long element, read before {@link #buf}. */
  private char[] again = new char[0];
  private int againPos;
  private int pushed = NONE;

  private long line = 1;
  private int last;
  private long lineBefore;
  private int lastBefore;
  private boolean arrayEnded;
  private boolean ended;

  private final StringBuilder text = new StringBuilder();
  private byte[] stack = new byte[16];
  /** The element's structure as it is read: how many brackets are open, in a string or not, ... */
  private int open;
  private boolean inString;
  private boolean escape;
  /** ... where its own object is, and where the name being read began ... */
  private int top;
  private int keyStart;
  private long keyLine;
  /** ... and the structure when the current line began, for a line with a quote missing. */
  private int lineOpen;
  private byte[] lineStack = new byte[16];
  private int lineTop;
  private long row;
  private long startLine;
  private boolean tooLong;
  /** Past the limit: the element is scanned to its end, not held. */
  private boolean skipping;
  private int depth;

  JsonElementReader(Reader in, int maxChars) {
    this.in = in;
    this.maxChars = maxChars;
  }

  /**
   * Reads up to the first character that is not white space or a byte-order mark: a {@code [}
   * makes the input an array (the bracket is consumed) when arrays are allowed; anything else is
   * JSON Lines.
   *
   * @param arrays whether the input may be an array
   * @return true for an array
   */
  boolean start(boolean arrays) throws IOException {
    int c = read();
    boolean spaceOnLine = c == '\uFEFF';
    if (spaceOnLine) {
      c = read();
    }
    while (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      spaceOnLine = c == ' ' || c == '\t';
      c = read();
    }
    if (c == '[' && arrays) {
      return true;
    }
    blankBefore = line - 1 + (c == EOF && spaceOnLine ? 1 : 0);
    unread(c);
    return false;
  }

  private long blankBefore;

  /** JSON Lines: the blank lines start() read before the first record's line. */
  long blankBefore() {
    return blankBefore;
  }

  /** The record's text: a line, or an element (empty for a missing one); cut when too long. */
  String text() {
    return text.toString();
  }

  /** The record's line (JSON Lines) or position (arrays), 1-based. */
  long row() {
    return row;
  }

  /** The line the record starts on. */
  long startLine() {
    return startLine;
  }

  /** Whether the record was longer than the limit (its text is then cut). */
  boolean tooLong() {
    return tooLong;
  }

  /** How deep the record nests objects and arrays. */
  int depth() {
    return depth;
  }

  /** Whether the input ended inside the array, before its closing bracket. */
  boolean unclosed() {
    return ended && !arrayEnded;
  }

  private int read() throws IOException {
    int c;
    if (pushed != NONE) {
      c = pushed;
      pushed = NONE;
      line = lineAfterPushed;
      last = lastAfterPushed;
      return c;
    }
    if (againPos < again.length) {
      c = again[againPos++];
    } else {
      if (pos == len) {
        if (eof) {
          return EOF;
        }
        int n;
        do {
          n = in.read(buf, 0, buf.length);
        } while (n == 0);
        if (n < 0) {
          eof = true;
          return EOF;
        }
        pos = 0;
        len = n;
      }
      c = buf[pos++];
    }
    lineBefore = line;
    lastBefore = last;
    if (c == '\r' || (c == '\n' && last != '\r')) {
      line++;
    }
    last = c;
    return c;
  }

  private long lineAfterPushed;
  private int lastAfterPushed;

  /** Steps back over the character the last read() returned. */
  private void unread(int c) {
    if (c == EOF) {
      return;
    }
    pushed = c;
    lineAfterPushed = line;
    lastAfterPushed = last;
    line = lineBefore;
    last = lastBefore;
  }

  /** How deep a JSON text nests objects and arrays, strings skipped (for lines, read whole). */
  static int depthOf(CharSequence text) {
    int open = 0;
    int deepest = 0;
    boolean inString = false;
    boolean escape = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (inString) {
        if (escape) {
          escape = false;
        } else if (c == '\\') {
          escape = true;
        } else if (c == '"') {
          inString = false;
        }
      } else if (c == '"') {
        inString = true;
      } else if (c == '{' || c == '[') {
        deepest = Math.max(deepest, ++open);
      } else if ((c == '}' || c == ']') && open > 0) {
        open--;
      }
    }
    return deepest;
  }

  /**
   * Reads the next line of JSON Lines.
   *
   * @return false at the end of the input
   */
  boolean nextLine() throws IOException {
    text.setLength(0);
    tooLong = false;
    row = line;
    startLine = line;
    depth = 0;
    int c = read();
    if (c == EOF) {
      return false;
    }
    while (c != '\n' && c != '\r' && c != EOF) {
      if (text.length() < maxChars) {
        text.append((char) c);
      } else {
        tooLong = true;
      }
      c = read();
    }
    if (c == '\r') {
      int d = read();
      if (d != '\n') {
        unread(d);
      }
    }
    depth = tooLong ? 0 : depthOf(text);
    return true;
  }

  /**
   * Reads the next top-level element of the array.
   *
   * @return false after the array's end or at the end of the input
   */
  boolean nextElement() throws IOException {
    text.setLength(0);
    tooLong = false;
    depth = 0;
    if (arrayEnded || ended) {
      return false;
    }
    int c = nextNonSpace();
    if (c == EOF) {
      ended = true;
      return false;
    }
    if (c == ']') {
      arrayEnded = true; // after the last element, or in an empty array (a comma before it adds nothing)
      return false;
    }
    row++;
    startLine = line;
    boolean readingAgain = againPos < again.length;
    open = 0;
    inString = false;
    escape = false;
    top = OTHER;
    lineOpen = 0;
    lineTop = OTHER;
    while (c != EOF) {
      if (ends(c)) {
        return true;
      }
      if (text.length() == maxChars) {
        tooLong = true;
        overflow(c, readingAgain);
        skipping = false;
        return true;
      }
      text.append((char) c);
      if ((c == '\n' || c == '\r') && !inString) {
        lineOpen = open;
        if (lineStack.length < open) {
          lineStack = new byte[stack.length];
        }
        System.arraycopy(stack, 0, lineStack, 0, open);
        lineTop = top;
      }
      c = read();
    }
    ended = true;
    return true;
  }

  /**
   * Takes one character of an element into the structure.
   *
   * @return true when the element ends at it (it is then consumed, or read again as the next one's)
   */
  private boolean ends(int c) {
    if (inString) {
      return stringEnds(c);
    }
    if (open == 1 && (top == NAME || top == COLON) && c != ' ' && c != '\t' && c != '\n' && c != '\r'
        && c != '}') {
      return nameEnds(c);
    }
    if (c == '"') {
      inString = true;
    } else if (c == '{' || c == '[') {
      if (open == stack.length) {
        stack = Arrays.copyOf(stack, open * 2);
      }
      stack[open++] = (byte) c;
      depth = Math.max(depth, open);
      if (open == 1) {
        top = c == '{' ? NAME : OTHER;
      }
    } else if (c == '}' || c == ']') {
      byte match = (byte) (c == '}' ? '{' : '[');
      int i = open - 1;
      while (i >= 0 && stack[i] != match) {
        i--;
      }
      if (i >= 0) {
        open = i;
      } else if (open == 0 && c == ']') {
        arrayEnded = true;
        return true;
      }
      top = open == 1 && stack[0] == '{' ? VALUE : OTHER;
    } else if (c == ',') {
      if (open == 0) {
        return true;
      }
      if (open == 1 && stack[0] == '{') {
        top = NAME;
      }
    }
    return false;
  }

  /** A character inside a string: its escapes, its end, or a line break that breaks it. */
  private boolean stringEnds(int c) {
    if (escape) {
      escape = false;
    } else if (c == '\\') {
      escape = true;
    } else if (c == '"') {
      inString = false;
      top = top == IN_NAME && open == 1 ? COLON : top;
    } else if (c == '\n' || c == '\r') {
      // a JSON string holds no line break: a quote is missing on this line, so its brackets
      // cannot be told from text; the structure is taken as it was when the line began
      inString = false;
      open = lineOpen;
      System.arraycopy(lineStack, 0, stack, 0, lineOpen);
      top = lineTop;
      return open == 0; // the element began on this line: it ends with it
    }
    return false;
  }

  /**
   * A character where the element's object expects a property name or the colon after one. Only
   * those may stand there: anything else means the object misses its closing brace, and there the
   * next element starts (a bare string taken for a name starts it at its quote).
   */
  private boolean nameEnds(int c) {
    if (top == NAME && c == '"') {
      inString = true;
      top = IN_NAME;
      keyStart = text.length();
      keyLine = line;
      return false;
    }
    if (top == COLON && c == ':') {
      top = VALUE;
      return false;
    }
    if (top == COLON && skipping) {
      unread(c); // the name is past the limit, not held: it stays in the over-long element
    } else if (top == COLON) {
      readAgain(keyStart, keyLine, c);
    } else {
      unread(c);
    }
    return true;
  }

  /**
   * Ends the element before a string it took for a property name: that string, what followed it
   * and {@code c} are read again, from the string's line.
   */
  private void readAgain(int from, long fromLine, int c) {
    int rest = again.length - againPos;
    int n = text.length() - from;
    char[] next = new char[n + 1 + rest];
    text.getChars(from, text.length(), next, 0);
    next[n] = (char) c;
    System.arraycopy(again, againPos, next, n + 1, rest);
    again = next;
    againPos = 0;
    text.setLength(from);
    line = fromLine;
    last = 0;
  }

  /**
   * After the limit ({@code c}, taken into the structure, did not fit): an element that reached it
   * on a later line than its first is read again from the line after its first (its structure may
   * be broken); otherwise it is skipped to its end, scanned like any element but not held, or to
   * the end of the line it reached the limit on.
   */
  private void overflow(int c, boolean readingAgain) throws IOException {
    int lineEnd = -1;
    for (int i = 0; i < text.length(); i++) {
      char x = text.charAt(i);
      if (x == '\n' || x == '\r') {
        lineEnd = x == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n' ? i + 2 : i + 1;
        break;
      }
    }
    if (lineEnd >= 0 && !readingAgain) {
      // the text after the element's first line, the character that overflowed, then the rest
      int rest = again.length - againPos;
      int n = text.length() - lineEnd;
      char[] next = new char[n + 1 + (pushed == NONE ? 0 : 1) + rest];
      text.getChars(lineEnd, text.length(), next, 0);
      next[n++] = (char) c;
      if (pushed != NONE) {
        next[n++] = (char) pushed;
        pushed = NONE;
      }
      System.arraycopy(again, againPos, next, n, rest);
      again = next;
      againPos = 0;
      line = startLine + 1;
      last = 0;
      return;
    }
    skipToEnd(c);
  }

  /**
   * Scans the rest of an over-long element without holding it: strings, escapes and brackets as
   * for any element, so that it ends where it would have (a comma or the array's closing bracket at
   * its top level, or where its object misses its closing brace), and the next element on the same
   * line is read. A line break ends it too: from there the next line is read. Brackets nested
   * deeper than the limit allows end it at the end of its line.
   */
  private void skipToEnd(int c) throws IOException {
    skipping = true;
    int deepest = Math.max(16, maxChars);
    if (c != '\n' && c != '\r') {
      c = read(); // c itself is already taken into the structure
    }
    while (c != EOF) {
      if (c == '\n' || c == '\r') {
        return;
      }
      if ((c == '{' || c == '[') && !inString && open == stack.length && open >= deepest) {
        while (c != '\n' && c != '\r' && c != EOF) {
          c = read();
        }
        break;
      }
      if (ends(c)) {
        return;
      }
      c = read();
    }
    if (c == EOF) {
      ended = true;
    }
  }

  /**
   * After the array: whether anything but white space follows its closing bracket.
   *
   * @return the line of the first such character, or -1
   */
  long trailing() throws IOException {
    if (!arrayEnded) {
      return -1;
    }
    return nextNonSpace() == EOF ? -1 : line;
  }

  /** The next character that is not white space (JSON's: space, tab, line breaks). */
  private int nextNonSpace() throws IOException {
    int c = read();
    while (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      c = read();
    }
    return c;
  }
}
