package dev.revops.examples.cli;

import dev.revops.core.money.AmountOverflowException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Properties;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The {@code revops} command line. Run it with {@code java -jar examples/target/revops.jar}.
 *
 * <p>Errors the user can fix (a missing file, a bad option, an unreadable definition) are one line
 * on stderr and exit status 2; set {@code REVOPS_DEBUG=1} to see stack traces.
 */
@Command(name = "revops", mixinStandardHelpOptions = true, versionProvider = RevopsCli.Version.class,
    description = "revops-model: one shared, enforced definition of deals, stages and revenue metrics.",
    subcommands = {ValidateCommand.class, PipelineCommand.class, VelocityCommand.class, ConversionCommand.class,
        ReviewCommand.class, ReconcileCommand.class, HandoffsCommand.class, ReportCommand.class, FunnelCommand.class,
        ProjectCommand.class, RetentionCommand.class, CallsCommand.class, WinLossCommand.class, MappingCommand.class,
        AttributionCommand.class, CacCommand.class, SampleCommand.class,
        CommandLine.HelpCommand.class, AutoComplete.GenerateCompletion.class},
    footer = {"", "Start with:  revops validate   (validates the bundled sample)",
        "Every command has --help."})
public final class RevopsCli implements Runnable {
  @Spec
  CommandSpec spec;

  /** The longest error line shown. */
  static final int MAX_MESSAGE = 1_000;

  /** The SLF4J simple logger's level property: set before any logger exists. */
  static final String LOG_LEVEL = "org.slf4j.simpleLogger.defaultLogLevel";
  /** Set when the level is the CLI's own default, which {@code --verbose} may change. */
  private static final String LOG_LEVEL_OURS = "revops.defaultLogLevel";

  private RevopsCli() {}

  /**
   * {@code -v}/{@code --verbose}, on any command: the library's log on standard error, import
   * summaries (INFO) once, each rejected row too (DEBUG) twice. Without it only warnings. An
   * explicit {@code -Dorg.slf4j.simpleLogger.defaultLogLevel} wins.
   *
   * @param flags one entry per time the option is given
   */
  @Option(names = {"-v", "--verbose"}, scope = ScopeType.INHERIT,
      description = "Log what the library does on standard error: -v import summaries, -vv also each rejected row.")
  void verbose(boolean[] flags) {
    if (Boolean.getBoolean(LOG_LEVEL_OURS)) {
      System.setProperty(LOG_LEVEL, flags.length >= 2 ? "debug" : flags.length == 1 ? "info" : "warn");
    }
  }

  /** Without a command: show the usage. */
  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /**
   * Runs the CLI and exits with its status.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    System.exit(execute(args, out, err));
  }

  /**
   * Runs the CLI.
   *
   * @param args the command line
   * @param out where results go
   * @param err where errors and progress go
   * @return the exit status: 0 success, 1 rows rejected, 2 usage or input error
   */
  public static int execute(String[] args, PrintWriter out, PrintWriter err) {
    if (System.getProperty(LOG_LEVEL) == null) {     // one given with -D is kept
      System.setProperty(LOG_LEVEL, "warn");
      System.setProperty(LOG_LEVEL_OURS, "true");
    }
    StandardInput.forgetPipes();
    CommandLine cli = new CommandLine(new RevopsCli());
    cli.setOut(out);
    cli.setErr(err);
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.registerConverter(Path.class, RevopsCli::path);
    cli.registerConverter(Charset.class, RevopsCli::charset);
    cli.registerConverter(LocalDate.class, RevopsCli::date);
    cli.registerConverter(AsOfDate.class, text -> AsOfDate.parse(text, RevopsCli::date));
    cli.registerConverter(BigDecimal.class, RevopsCli::decimal);
    cli.setParameterExceptionHandler((e, a) -> {
      CommandLine c = e.getCommandLine();
      String name = c.getCommandSpec().qualifiedName();
      err.println(oneLine(name + ": " + e.getMessage()) + " (see '" + name + " --help')");
      err.flush();
      return 2;
    });
    cli.setExecutionExceptionHandler((e, c, parsed) -> {
      if (System.getenv("REVOPS_DEBUG") != null) {
        e.printStackTrace(err);
      }
      err.println(oneLine(c.getCommandSpec().qualifiedName() + ": " + message(e)));
      err.flush();
      return 2;
    });
    try {
      return cli.execute(args);
    } catch (OutOfMemoryError e) {
      // a last resort: every input and option is bounded so that this does not happen
      err.println("revops: out of memory (give Java more with -Xmx, or report the input that caused it)");
      err.flush();
      return 2;
    }
  }

  /**
   * What the user is told: the message alone for problems with the input or the options (a
   * missing or unwritable file, a bad value, a rule of the model, a figure too large for its
   * type), a hint to the stack trace for anything else.
   */
  static String message(Exception e) {
    if (e instanceof UncheckedIOException u) {
      return "cannot read or write a file: " + Inputs.reason(u.getCause());
    }
    if (e instanceof CliException || e instanceof IllegalArgumentException || e instanceof DateTimeException
        || e instanceof AmountOverflowException) {
      return String.valueOf(e.getMessage());
    }
    return "unexpected " + e.getClass().getSimpleName() + ": " + e.getMessage()
        + " (set REVOPS_DEBUG=1 for the stack trace)";
  }

  /** A file path as given; one the system cannot name (a NUL character, say) is a one-line error. */
  private static Path path(String text) {
    try {
      return Path.of(text);
    } catch (InvalidPathException e) {
      throw new CommandLine.TypeConversionException("'" + text + "' is not a file path: " + e.getReason());
    }
  }

  /** A character encoding Java knows, by name. */
  private static Charset charset(String text) {
    try {
      return Charset.forName(text.strip());
    } catch (IllegalArgumentException e) {
      throw new CommandLine.TypeConversionException("'" + text + "' is not a character encoding this Java knows (for "
          + "example UTF-8, ISO-8859-1, windows-1252)");
    }
  }

  /** A date, yyyy-MM-dd, that exists (2026-02-30 does not), in the years 1 to 9999. */
  private static LocalDate date(String text) {
    try {
      LocalDate d = LocalDate.parse(text.strip());
      if (d.getYear() < 1 || d.getYear() > 9999) {
        throw new CommandLine.TypeConversionException("'" + text + "' is not a date in the years 1 to 9999");
      }
      return d;
    } catch (DateTimeException e) {
      throw new CommandLine.TypeConversionException("'" + text + "' is not a date (yyyy-MM-dd, a day that exists)");
    }
  }

  /** A decimal number, plain or with an exponent. */
  private static BigDecimal decimal(String text) {
    try {
      return new BigDecimal(text.strip());
    } catch (NumberFormatException e) {
      throw new CommandLine.TypeConversionException("'" + text + "' is not a decimal number");
    }
  }

  /** At most {@value #MAX_MESSAGE} characters on one line: a huge or multi-line value cannot flood the terminal. */
  static String oneLine(String message) {
    String s = message.replaceAll("\\R+", " ");
    return s.length() <= MAX_MESSAGE ? s : s.substring(0, MAX_MESSAGE - 3) + "...";
  }

  /** Reads the version Maven wrote into the jar. */
  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() throws IOException {
      Properties p = new Properties();
      try (InputStream in = RevopsCli.class.getResourceAsStream("version.properties")) {
        if (in != null) {
          p.load(in);
        }
      }
      return new String[] {"revops " + p.getProperty("version", "(unknown version)")};
    }
  }
}
