package dev.revops.examples.cli;

import dev.revops.core.io.ColumnMapping;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code revops mapping}: lists the ready column mappings and prints one as JSON, to copy and edit. */
@Command(name = "mapping", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Lists the ready column mappings (--list) or prints one as JSON (--print NAME): the format "
        + "--mapping FILE reads, documented in the README (Your own CRM export), with its JSON Schema named in "
        + "\"$schema\" (" + Schemas.COLUMN_MAPPING + ", in the revops-core jar)."},
    footer = {"", "Examples:",
        "  revops mapping --list",
        "  revops mapping --print salesforce-report > my-org.json"})
final class MappingCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  /** What to do: one of the two. */
  static final class Action {
    @Option(names = "--list", required = true, description = "List the ready mappings' names.")
    boolean list;

    @Option(names = "--print", required = true, paramLabel = "NAME", description = "Print a ready mapping as JSON.")
    String print;
  }

  @ArgGroup(exclusive = true, multiplicity = "1")
  Action action;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    if (action.list) {
      ColumnMapping.ready().forEach(m -> out.println(m.name()));
    } else {
      Json.print(out, Schemas.naming(Schemas.COLUMN_MAPPING, Inputs.mapping(action.print)));
    }
    out.flush();
    return 0;
  }
}
