package no.forsokssjekk.cli;

import java.io.PrintWriter;
import no.forsokssjekk.io.InvalidInputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command-line tool: {@code java -jar forsokssjekk.jar <command>}. Exit codes: 0 done, 2 bad input (with a
 * message saying what was wrong), 1 internal error. Never prints a stack trace unless {@code --debug} is given.
 *
 * <p>A minimal top command for the corpus commands; the full one (search, show, assess, serve) registers
 * {@link CorpusCommand} beside its own.
 */
@Command(name = "forsokssjekk", mixinStandardHelpOptions = true,
        description = "Forhåndsvurdering av søknader om forsøk (forsøksloven og sektorlovenes forsøkshjemler).",
        subcommands = {CorpusCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    public static final int OK = 0;
    public static final int INTERNAL_ERROR = 1;
    public static final int BAD_INPUT = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
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
        err.println("Intern feil: " + (ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage()));
        if (debug) ex.printStackTrace(err);
        else err.println("(kjør med --debug for detaljer)");
        return INTERNAL_ERROR;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
