package dev.revops.forecast.revenue;

import dev.revops.core.money.Money;
import dev.revops.core.period.PeriodKind;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.Month;
import java.util.Currency;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/** The canonical text of the books and its SHA-256 digests, as {@link BooksBatch} defines them. */
final class CanonicalForm {
  private static final HexFormat HEX = HexFormat.of();

  private CanonicalForm() {}

  static String header(int sequence, String previous, BooksBatch batch) {
    return header(sequence, previous, batch.closedBefore(), batch.periodKind(), batch.fiscalYearStart(),
        batch.functionalCurrency(), batch.note());
  }

  static String header(int sequence, String previous, LocalDate closedBefore, PeriodKind kind, Month fiscalYearStart,
      Optional<Currency> functional, String note) {
    return "revops-books 1\n"
        + "batch " + sequence + "\n"
        + "previous " + previous + "\n"
        + "closed-before " + closedBefore + "\n"
        + "periods " + kind.name() + " " + fiscalYearStart.name() + "\n"
        + "functional-currency " + functional.map(Currency::getCurrencyCode).orElse("") + "\n"
        + "note " + escape(note) + "\n";
  }

  static String line(Posting p) {
    return String.join("\t", "posting", escape(p.contract()), p.kind().name(), escape(p.period()),
        escape(p.obligation()), p.source().map(Enum::name).orElse(""), escape(p.reference()), amount(p.amount()));
  }

  static String line(ContractBalance b) {
    return String.join("\t", "balance", escape(b.contract()), b.kind().name(), amount(b.amount()));
  }

  /** The digest of an entry, chained to the one before it. */
  static String next(String previous, String line) {
    return sha256(previous + "\n" + line + "\n");
  }

  /** The batch's digest: its last entry's digest (or its header's) and its balances. */
  static String batch(String lastEntry, List<ContractBalance> balances) {
    StringBuilder text = new StringBuilder(lastEntry).append('\n');
    balances.forEach(b -> text.append(line(b)).append('\n'));
    return sha256(text.toString());
  }

  /** One SHA-256 per thread: getting an instance costs more than hashing a line. */
  private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(() -> {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  });

  static String sha256(String text) {
    return HEX.formatHex(SHA_256.get().digest(text.getBytes(StandardCharsets.UTF_8)));
  }

  private static String amount(Money m) {
    return m.getCurrencyCode() + "\t" + m.getAmount().toPlainString();
  }

  private static String escape(Optional<String> text) {
    return text.map(CanonicalForm::escape).orElse("");
  }

  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\\' -> out.append("\\\\");
        case '\t' -> out.append("\\t");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
