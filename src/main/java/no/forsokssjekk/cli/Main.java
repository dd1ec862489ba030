package no.forsokssjekk.cli;

import java.io.PrintWriter;
import no.forsokssjekk.io.InvalidInputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command-line tool: {@code java -jar forsokssjekk.jar <command>}. Exit codes: 0 done, 2 bad input (with a
 * message naming the field), 1 internal error. Never prints a stack trace unless {@code --debug} is given.
 */
@Command(name = "forsokssjekk", mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = "Forhåndsvurdering av søknader om forsøk (forsøksloven og sektorlovenes forsøkshjemler).",
        subcommands = {AssessCommand.class, ShowCommand.class, RulesCommand.class, CorpusCommand.class,
                ServeCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    public static final int OK = 0;
    public static final int INTERNAL_ERROR = 1;
    public static final int BAD_INPUT = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        boolean serving = args.length > 0 && args[0].equals("serve");
        if (!serving) quietLogging();
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** The CLI prints results, not the engine's start-up log: only warnings and errors reach the terminal. */
    static void quietLogging() {
        org.slf4j.Logger root = org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        if (root instanceof ch.qos.logback.classic.Logger logback) logback.setLevel(ch.qos.logback.classic.Level.WARN);
    }

    /** Runs a command line; used by main and by tests. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = commandLine();
        cl.setOut(out);
        cl.setErr(err);
        return cl.execute(args);
    }

    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler(Main::handle);
        cl.setParameterExceptionHandler((ex, args) -> {
            CommandLine c = ex.getCommandLine();
            c.getErr().println("Feil i kommandoen: " + ex.getMessage());
            c.getErr().println("Se «" + c.getCommandSpec().qualifiedName() + " --help».");
            return BAD_INPUT;
        });
        return cl;
    }

    private static int handle(Exception ex, CommandLine cl, CommandLine.ParseResult parseResult) {
        PrintWriter err = cl.getErr();
        boolean debug = parseResult != null && parseResult.originalArgs().contains("--debug");
        if (ex instanceof InvalidInputException iie) {
            err.println("Ugyldig inndata: " + iie.getMessage());
            return BAD_INPUT;
        }
        if (ex instanceof CliInputException cie) {
            err.println(cie.getMessage());
            return BAD_INPUT;
        }
        err.println("Intern feil: " + (ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage()));
        if (debug) ex.printStackTrace(err);
        else err.println("(kjør med --debug for detaljer)");
        return INTERNAL_ERROR;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Prints the engine release. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"forsokssjekk " + no.forsokssjekk.Forsokssjekk.VERSION};
        }
    }
}
