package dev.revops.examples.cli;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * The bounds of the options, one place for all of them (the commands' help and the README's
 * "Limits" say the same): a value outside is a one-line error, exit status 2, before anything is
 * read. They keep every run within a bounded memory and time whatever the options.
 */
final class Limits {
  /** Rows listed by --list and --aging-list. */
  static final int LIST = 1_000;
  /** Example rows or ids kept per problem by --examples. */
  static final int EXAMPLES = 100;
  /** Simulation trials (--trials): a long each per period at once. */
  static final int TRIALS = dev.revops.forecast.pipeline.RangeSettings.MAX_TRIALS;
  /** Days of --lookback and --half-life: a hundred years. */
  static final int DAYS = 36_500;
  /** Periods reported by reconcile from --from to --to: fifty years of months. */
  static final int PERIODS = 600;
  /** Periods of reconcile's waterfall (--horizon): ten years of months. */
  static final int HORIZON = 120;
  /** Pipeline states of a review (--earlier, --from and --to): a year of weeks. */
  static final int STATES = 53;
  /** Deals of a generated sample (--deals of sample): held in memory while written, within -Xmx512m. */
  static final int SAMPLE_DEALS = 50_000;
  /** Leads of a generated sample (--leads of sample): held in memory while written, within -Xmx512m. */
  static final int SAMPLE_LEADS = 50_000;
  /** The prior strength of conversion (--prior-strength), in pseudo-deals. */
  static final int PRIOR_STRENGTH = 1_000_000;
  /** Decimals of --prior-strength. */
  static final int PRIOR_DECIMALS = 9;
  /** Problems (rejection groups) of an import report listed, in text and CSV; the JSON holds the report. */
  static final int PROBLEMS = 100;
  /** Reasons listed in a one-line summary (rejected, left out, not scheduled). */
  static final int REASONS = 10;
  /** Lines of a --holidays file. */
  static final int HOLIDAYS = 100_000;
  /** Rates of a --rates CSV file (a JSON one is a settings file, at most 16 MB): all are held in one table. */
  static final int RATES = 500_000;
  /** Targets of a --targets file: each is compared with the pipeline, so all are held. */
  static final int TARGETS = 100_000;
  /** Outcomes of an --outcomes file: held by deal until the handoffs are linked to them. */
  static final int OUTCOMES = 1_000_000;
  /** Handoffs that retention (to join them to customers) and funnel (by lead) hold. */
  static final int HANDOFFS = 1_000_000;

  private Limits() {}

  /**
   * Hands the first {@code max} items to {@code each}, and the number of the others (when there are
   * some) to {@code rest}: a listing stays bounded however many problems an input has.
   */
  static <T> void first(java.util.List<T> items, int max, java.util.function.Consumer<? super T> each,
      java.util.function.IntConsumer rest) {
    items.subList(0, Math.min(max, items.size())).forEach(each);
    if (items.size() > max) {
      rest.accept(items.size() - max);
    }
  }

  /**
   * A consumer that hands records to {@code add} while fewer than {@code max} are held
   * ({@code held}), and then refuses the file (one line, exit 2): what a command holds of a file
   * stays bounded whatever the file.
   */
  static <T> java.util.function.Consumer<T> upTo(int max, java.util.function.IntSupplier held,
      java.util.function.Consumer<T> add, Object file, String what) {
    return r -> {
      if (held.getAsInt() >= max) {
        throw new CliException(String.format(Locale.ROOT, "%s holds more than %,d %s: at most %,d are read", file,
            max, what, max));
      }
      add.accept(r);
    };
  }

  /**
   * The value, if within {@code [min, max]}.
   *
   * @throws CliException naming the option, its bounds and the value otherwise
   */
  static int check(String option, int value, int min, int max) {
    if (value < min || value > max) {
      throw new CliException(String.format(Locale.ROOT, "%s must be between %,d and %,d, was %,d", option, min, max,
          value));
    }
    return value;
  }

  /** A decimal within {@code [0, max]} with at most {@code decimals} decimals. */
  static BigDecimal check(String option, BigDecimal value, int max, int decimals) {
    if (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(max)) > 0) {
      throw new CliException(String.format(Locale.ROOT, "%s must be between 0 and %,d, was %s", option, max,
          RevopsCli.oneLine(value.toString())));
    }
    if (value.stripTrailingZeros().scale() > decimals) {
      throw new CliException(option + " may have at most " + decimals + " decimals, was " + value.toEngineeringString()
          .substring(0, Math.min(40, value.toEngineeringString().length())));
    }
    return value;
  }
}
