package dev.revops.examples.cli;

import dev.revops.core.InvalidValueException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
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
        ReviewCommand.class, ReconcileCommand.class, HandoffsCommand.class, RetentionCommand.class,
        SampleCommand.class, CommandLine.HelpCommand.class},
    footer = {"", "Start with:  revops validate   (validates the bundled sample)",
        "Every command has --help."})
public final class RevopsCli implements Runnable {
  @Spec
  CommandSpec spec;

  private RevopsCli() {}

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
    CommandLine cli = new CommandLine(new RevopsCli());
    cli.setOut(out);
    cli.setErr(err);
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setParameterExceptionHandler((e, a) -> {
      CommandLine c = e.getCommandLine();
      err.println(c.getCommandSpec().qualifiedName() + ": " + e.getMessage() + " (see '" + c.getCommandSpec().qualifiedName()
          + " --help')");
      err.flush();
      return 2;
    });
    cli.setExecutionExceptionHandler((e, c, parsed) -> {
      if (System.getenv("REVOPS_DEBUG") != null) {
        e.printStackTrace(err);
      }
      err.println(c.getCommandSpec().qualifiedName() + ": " + message(e));
      err.flush();
      return 2;
    });
    return cli.execute(args);
  }

  private static String message(Exception e) {
    if (e instanceof CliException || e instanceof InvalidValueException || e instanceof UncheckedIOException) {
      return e.getMessage();
    }
    return "unexpected " + e.getClass().getSimpleName() + ": " + e.getMessage()
        + " (set REVOPS_DEBUG=1 for the stack trace)";
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
