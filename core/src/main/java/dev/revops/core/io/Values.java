package dev.revops.core.io;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

/**
 * Strict, allocation-light parsing of the text values found in CRM exports: dates and date-times
 * are resolved strictly (February 30 is no date, not February 28), numbers are bounded before any
 * arithmetic.
 */
final class Values {
  private Values() {}

  /** The longest number read, in characters: longer ones are rejected before they are parsed. */
  static final int MAX_NUMBER_CHARS = 100;

  /** Date and time, 'T' or space between, optional fraction, optional offset (+01:00, +0100, Z). */
  private static final DateTimeFormatter DATE_TIME = new DateTimeFormatterBuilder()
      .parseCaseInsensitive()
      .append(DateTimeFormatter.ISO_LOCAL_DATE)
      .optionalStart().appendLiteral('T').optionalEnd()
      .optionalStart().appendLiteral(' ').optionalEnd()
      .append(DateTimeFormatter.ISO_LOCAL_TIME)
      .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
      .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
      .toFormatter(Locale.ROOT).withResolverStyle(ResolverStyle.STRICT).withChronology(IsoChronology.INSTANCE);

  /**
   * A formatter for a date pattern of a column mapping, resolving strictly. A pattern's {@code y}
   * (year of era) needs an era to resolve strictly; the current era is assumed, so {@code M/d/yyyy}
   * works as people expect while {@code 2/30/2025} is rejected.
   *
   * @throws IllegalArgumentException if the pattern is not a {@link DateTimeFormatter} pattern
   */
  static DateTimeFormatter datePattern(String pattern) {
    return new DateTimeFormatterBuilder().appendPattern(pattern).parseDefaulting(ChronoField.ERA, 1)
        .toFormatter(Locale.ROOT).withResolverStyle(ResolverStyle.STRICT).withChronology(IsoChronology.INSTANCE);
  }

  /** The reason a number is rejected for its length. */
  static final String TOO_LONG = "is longer than " + MAX_NUMBER_CHARS + " characters, too long for a number";

  /** Whether a number's text is too long to be read (see {@link #MAX_NUMBER_CHARS}). */
  static boolean tooLong(String s) {
    return s.length() > MAX_NUMBER_CHARS;
  }

  /**
   * A plain decimal: optional '-', digits, optional '.' and digits. No exponent, no '+', no
   * thousands separators, no spaces; at most {@link #MAX_NUMBER_CHARS} characters.
   *
   * @return the decimal, or null when the text is not one
   */
  static BigDecimal plainDecimal(String s) {
    int n = s.length();
    if (n > MAX_NUMBER_CHARS) {
      return null;
    }
    int i = 0;
    if (n > 0 && s.charAt(0) == '-') {
      i = 1;
    }
    int digits = 0;
    boolean dot = false;
    int afterDot = 0;
    for (; i < n; i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        digits++;
        if (dot) {
          afterDot++;
        }
      } else if (c == '.' && !dot) {
        dot = true;
      } else {
        return null;
      }
    }
    if (digits == 0 || (dot && afterDot == 0)) {
      return null;
    }
    return new BigDecimal(s);
  }

  /** What {@link #plainMinorUnits} returns for a text off its fast path. */
  static final long NOT_FAST = Long.MIN_VALUE;

  /**
   * A plain decimal read straight into minor units of a currency with {@code fractionDigits}
   * decimals, without a {@link BigDecimal}: the minor units of {@code Money.of(currency,
   * plainDecimal(s))} when the text is a plain decimal with at most {@code fractionDigits} decimals
   * and at most 18 digits once scaled to them (so the result fits a long with room to spare).
   * Anything else, valid or not, is {@link #NOT_FAST}: the general path then judges it, with its
   * messages. So this path accepts nothing the general one rejects, and gives its value.
   *
   * @return the amount in minor units, or {@link #NOT_FAST}
   */
  static long plainMinorUnits(String s, int fractionDigits) {
    int n = s.length();
    return n == 0 || n > 20 ? NOT_FAST : plainMinorUnits(s.toCharArray(), 0, n, fractionDigits);
  }

  /**
   * {@link #plainMinorUnits(String, int)} of the text in {@code b[from, from + n)}, read in place.
   *
   * @return the amount in minor units, or {@link #NOT_FAST}
   */
  static long plainMinorUnits(char[] b, int from, int n, int fractionDigits) {
    if (n == 0 || n > 20 || fractionDigits < 0) {
      return NOT_FAST;
    }
    boolean negative = b[from] == '-';
    long v = 0;
    int digits = 0;
    int decimals = -1; // -1: no point yet
    for (int i = from + (negative ? 1 : 0); i < from + n; i++) {
      char c = b[i];
      if (c >= '0' && c <= '9') {
        v = v * 10 + (c - '0'); // at most 20 digits: an overflow here is discarded below
        digits++;
        if (decimals >= 0) {
          decimals++;
        }
      } else if (c == '.' && decimals < 0) {
        decimals = 0;
      } else {
        return NOT_FAST;
      }
    }
    int scale = Math.max(decimals, 0);
    if (digits == 0 || decimals == 0 || scale > fractionDigits || digits + fractionDigits - scale > 18) {
      return NOT_FAST;
    }
    for (int k = scale; k < fractionDigits; k++) {
      v *= 10;
    }
    return negative ? -v : v;
  }

  /**
   * {@link #plainDecimal(String)} of the text in {@code b[from, from + n)}, read in place, when it
   * has at most 18 digits (its unscaled value then fits a long); null for anything else, valid or
   * not, for the general path to judge.
   *
   * @return the decimal (the same unscaled value and scale as {@code new BigDecimal(text)}), or null
   */
  static BigDecimal plainDecimal(char[] b, int from, int n) {
    return plainDecimal(b, from, n, 0);
  }

  /**
   * {@link #plainDecimal(char[], int, int)} with its point moved {@code left} places to the left,
   * as {@link BigDecimal#movePointLeft} moves it (a percentage read as a fraction), in one step.
   *
   * @param left places, at least 0
   * @return the decimal, or null
   */
  static BigDecimal plainDecimal(char[] b, int from, int n, int left) {
    int decimals = 0;
    for (int i = from + n - 1; i >= from; i--) {
      if (b[i] == '.') {
        decimals = from + n - 1 - i;
        break;
      }
    }
    // its own decimals as the minor units: the unscaled value, when it is a plain decimal of at most 18 digits
    long unscaled = plainMinorUnits(b, from, n, decimals);
    return unscaled == NOT_FAST ? null : BigDecimal.valueOf(unscaled, decimals + left);
  }

  /**
   * A date written {@code yyyy-MM-dd} in {@code b[from, from + n)}, read in place: the date
   * {@link #date(String, DateTimeFormatter, ZoneId)} reads from that text, whatever the pattern;
   * null for any other text, an impossible date included, for the general path to judge.
   *
   * @return the date, or null
   */
  static LocalDate isoDate(char[] b, int from, int n) {
    if (n != 10 || b[from + 4] != '-' || b[from + 7] != '-') {
      return null;
    }
    int y = digits(b, from, from + 4);
    int m = digits(b, from + 5, from + 7);
    int d = digits(b, from + 8, from + 10);
    if (y < 0 || m < 1 || m > 12 || d < 1 || d > 28 && d > lengthOfMonth(y, m)) {
      return null;
    }
    return LocalDate.of(y, m, d);
  }

  /**
   * An instant written {@code yyyy-MM-ddTHH:mm:ssZ} in {@code b[from, from + n)}, read in place:
   * the instant {@link #instant(String, ZoneId)} reads from that text; null for any other text (a
   * leap second, an impossible date, another form) for the general path to judge.
   *
   * @return the instant, or null
   */
  static Instant utcInstant(char[] b, int from, int n) {
    return n == 20 && b[from + 10] == 'T' && b[from + 19] == 'Z' ? utcSeconds(b, from) : null;
  }

  /**
   * A decimal written with a locale's separators: optional '-', digits in groups of three
   * separated by {@code grouping} (when it is not 0; the first group 1 to 3 digits, and grouping
   * is optional but, once used, used throughout), optional {@code decimal} and digits. With
   * {@code '.'} and no grouping it is {@link #plainDecimal}. {@code 1,2345.00} and {@code 1.5.0}
   * are no numbers.
   *
   * @return the decimal, or null when the text is not one
   */
  static BigDecimal localDecimal(String s, char decimal, char grouping) {
    if (decimal == '.' && grouping == 0 || s.length() > MAX_NUMBER_CHARS) {
      return plainDecimal(s);
    }
    int point = s.indexOf(decimal);
    if (point >= 0 && s.indexOf(decimal, point + 1) >= 0) {
      return null;
    }
    String whole = point < 0 ? s : s.substring(0, point);
    String fraction = point < 0 ? "" : s.substring(point + 1);
    if (grouping != 0 && (fraction.indexOf(grouping) >= 0 || !grouped(whole, grouping))) {
      return null;
    }
    String digits = grouping == 0 ? whole : whole.replace(String.valueOf(grouping), "");
    if (fraction.indexOf('.') >= 0 || digits.indexOf('.') >= 0 && decimal != '.') {
      return null;
    }
    return plainDecimal(point < 0 ? digits : digits + "." + fraction);
  }

  /** Whether the integer part uses its grouping separator rightly: none, or every group of three. */
  private static boolean grouped(String whole, char grouping) {
    if (whole.indexOf(grouping) < 0) {
      return true;
    }
    String unsigned = whole.startsWith("-") ? whole.substring(1) : whole;
    String[] groups = unsigned.split(java.util.regex.Pattern.quote(String.valueOf(grouping)), -1);
    if (groups[0].isEmpty() || groups[0].length() > 3) {
      return false;
    }
    for (int i = 1; i < groups.length; i++) {
      if (groups[i].length() != 3) {
        return false;
      }
    }
    return true;
  }

  /**
   * A date: {@code yyyy-MM-dd}, or with {@code pattern} when given, or a date-time whose date is
   * taken in {@code zone} (converted there when it has an offset).
   *
   * @return the date, or null when the text is not one
   */
  static LocalDate date(String s, DateTimeFormatter pattern, ZoneId zone) {
    if (s.length() == 10 && s.charAt(4) == '-' && s.charAt(7) == '-') {
      int y = digits(s, 0, 4);
      int m = digits(s, 5, 7);
      int d = digits(s, 8, 10);
      if (y >= 0 && m >= 0 && d >= 0) {
        try {
          return LocalDate.of(y, m, d);
        } catch (DateTimeException e) {
          return null;
        }
      }
    }
    if (pattern != null) {
      try {
        return LocalDate.parse(s, pattern);
      } catch (DateTimeParseException e) {
        return null;
      }
    }
    TemporalAccessor t = dateTime(s);
    if (t instanceof OffsetDateTime o) {
      return LocalDate.ofInstant(o.toInstant(), zone);
    }
    return t == null ? null : ((LocalDateTime) t).toLocalDate();
  }

  /**
   * An instant: ISO-8601 with 'T' or a space, optional fraction; with an offset ({@code Z},
   * {@code +01:00}, {@code +0100}) or without one (then read in {@code zone}); or a date alone
   * (the start of that day in {@code zone}).
   *
   * @return the instant, or null when the text is not one
   */
  static Instant instant(String s, ZoneId zone) {
    if (s.length() == 20 && s.charAt(10) == 'T' && s.charAt(19) == 'Z') {
      Instant fast = utcSeconds(s.toCharArray(), 0);
      if (fast != null) {
        return fast;
      }
      try {
        return Instant.parse(s);
      } catch (DateTimeParseException e) {
        return null;
      }
    }
    if (s.length() == 10) {
      LocalDate d = date(s, null, zone);
      return d == null ? null : d.atStartOfDay(zone).toInstant();
    }
    TemporalAccessor t = dateTime(s);
    if (t instanceof OffsetDateTime o) {
      return o.toInstant();
    }
    return t == null ? null : ((LocalDateTime) t).atZone(zone).toInstant();
  }

  /**
   * {@code yyyy-MM-ddTHH:mm:ssZ} read without a formatter (the usual export form, on every row of a
   * transitions file); null when it is anything else, a leap second or an impossible date included,
   * for {@link Instant#parse} to judge.
   */
  private static Instant utcSeconds(char[] s, int at) {
    if (s[at + 4] != '-' || s[at + 7] != '-' || s[at + 13] != ':' || s[at + 16] != ':') {
      return null;
    }
    int y = digits(s, at, at + 4);
    int mo = digits(s, at + 5, at + 7);
    int d = digits(s, at + 8, at + 10);
    int h = digits(s, at + 11, at + 13);
    int mi = digits(s, at + 14, at + 16);
    int se = digits(s, at + 17, at + 19);
    if (y < 0 || mo < 1 || mo > 12 || d < 1 || d > 28 && d > lengthOfMonth(y, mo)
        || h < 0 || h > 23 || mi < 0 || mi > 59 || se < 0 || se > 59) {
      return null;
    }
    return Instant.ofEpochSecond(epochDay(y, mo, d) * 86_400L + h * 3_600L + mi * 60L + se);
  }

  /** Days from 1970-01-01 to a valid date of a year 0 to 9999, as {@link LocalDate#toEpochDay()} counts them. */
  static long epochDay(int y, int m, int d) {
    long total = 365L * y + (y + 3) / 4 - (y + 99) / 100 + (y + 399) / 400 + (367 * m - 362) / 12 + d - 1;
    if (m > 2) {
      total -= isLeap(y) ? 1 : 2;
    }
    return total - 719_528; // the days from year 0 to 1970
  }

  private static boolean isLeap(int y) {
    return (y & 3) == 0 && (y % 100 != 0 || y % 400 == 0);
  }

  /** The days in month {@code m} of year {@code y} (the proleptic Gregorian calendar). */
  private static int lengthOfMonth(int y, int m) {
    return m == 2 ? (isLeap(y) ? 29 : 28) : m == 4 || m == 6 || m == 9 || m == 11 ? 30 : 31;
  }

  /** An {@link OffsetDateTime} or a {@link LocalDateTime}, or null when the text is neither. */
  private static TemporalAccessor dateTime(String s) {
    try {
      return DATE_TIME.parseBest(s, OffsetDateTime::from, LocalDateTime::from);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static int digits(char[] s, int from, int to) {
    int v = 0;
    for (int i = from; i < to; i++) {
      char c = s[i];
      if (c < '0' || c > '9') {
        return -1;
      }
      v = v * 10 + (c - '0');
    }
    return v;
  }

  private static int digits(String s, int from, int to) {
    int v = 0;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      v = v * 10 + (c - '0');
    }
    return v;
  }
}
