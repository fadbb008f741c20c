package dev.revops.core.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import dev.revops.core.InvalidValueException;
import dev.revops.core.money.Money;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Currency;
import java.util.function.Function;

/**
 * The scalar types read without coercion: each from the one JSON shape it is written in, parsed
 * strictly. A number is not a date, an instant, a duration or a currency (Jackson would read one as
 * an epoch day or second); a string is not a decimal; a date-time is not a date.
 *
 * <ul>
 *   <li>{@link LocalDate}: a string, ISO {@code 2026-01-31}, resolved strictly (February 30 is no
 *       date).</li>
 *   <li>{@link Instant}: a string, ISO-8601 with an offset ({@code 2026-01-31T09:00:00Z},
 *       {@code 2026-01-31T10:00:00+01:00}), resolved strictly.</li>
 *   <li>{@link Duration}: a string, ISO-8601 ({@code PT4H}).</li>
 *   <li>{@link Currency}: a string, three upper-case letters of a currency with a minor unit, as
 *       {@link Money#currency(String)} reads it.</li>
 *   <li>{@link BigDecimal}: a number, of at most {@value #MAX_DIGITS} digits after its decimal
 *       point and below 10^{@value #MAX_DIGITS} (so {@code 1e-999999999} is rejected before any
 *       arithmetic).</li>
 * </ul>
 */
final class StrictScalars {
  /** The most digits after the decimal point, and before it, of a decimal read. */
  static final int MAX_DIGITS = 100;

  private StrictScalars() {}

  static SimpleModule module() {
    SimpleModule m = new SimpleModule("revops-strict-scalars");
    m.addDeserializer(LocalDate.class, new FromText<>(LocalDate.class, "an ISO date (2026-01-31)",
        s -> LocalDate.parse(s, DateTimeFormatter.ISO_LOCAL_DATE)));
    m.addDeserializer(Instant.class, new FromText<>(Instant.class,
        "an ISO-8601 date-time with an offset (2026-01-31T09:00:00Z)",
        s -> DateTimeFormatter.ISO_OFFSET_DATE_TIME.parse(s, Instant::from)));
    m.addDeserializer(Duration.class, new FromText<>(Duration.class, "an ISO-8601 duration (PT4H)", Duration::parse));
    m.addDeserializer(Currency.class, new FromText<>(Currency.class,
        "an ISO 4217 currency code of three upper-case letters (USD)", Money::currency));
    m.addDeserializer(BigDecimal.class, new Decimal());
    return m;
  }

  /** A value read from a JSON string alone. */
  private static final class FromText<T> extends StdScalarDeserializer<T> {
    private static final long serialVersionUID = 1L;
    private final String what;
    private final transient Function<String, T> parse;

    FromText(Class<T> type, String what, Function<String, T> parse) {
      super(type);
      this.what = what;
      this.parse = parse;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.currentToken() == JsonToken.VALUE_STRING) {
        try {
          return parse.apply(p.getText());
        } catch (DateTimeParseException | InvalidValueException e) {
          // the message is the rule alone (the report groups by it); the value is shown apart
        }
      }
      return ctxt.reportInputMismatch(this, "must be %s, as a JSON string", what);
    }
  }

  /** A decimal read from a JSON number alone, bounded. */
  private static final class Decimal extends StdScalarDeserializer<BigDecimal> {
    private static final long serialVersionUID = 1L;

    Decimal() {
      super(BigDecimal.class);
    }

    @Override
    public BigDecimal deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      JsonToken t = p.currentToken();
      if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
        return ctxt.reportInputMismatch(this, "must be a decimal, as a JSON number");
      }
      BigDecimal d = p.getDecimalValue();
      if (d.scale() > MAX_DIGITS || d.precision() - d.scale() > MAX_DIGITS) {
        return ctxt.reportInputMismatch(this, "must be a decimal of at most %d digits after its decimal point "
            + "and %d before it", MAX_DIGITS, MAX_DIGITS);
      }
      return d;
    }
  }
}
