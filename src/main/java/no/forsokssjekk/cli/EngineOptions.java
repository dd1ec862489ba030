package no.forsokssjekk.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import no.forsokssjekk.Forsokssjekk;
import picocli.CommandLine.Option;

/** Options every command shares: where the data lives and which catalogue and rules to use. */
final class EngineOptions {
    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Datamappe for importerte Lovdata-data og indeks (standard: $FORSOKSSJEKK_HOME eller ~/.forsokssjekk).")
    Path dataDir;

    @Option(names = "--catalogue", paramLabel = "DIR", description = "Bruk denne katalogen (legal-corpus) i stedet for den innebygde.")
    Path catalogue;

    @Option(names = "--rules", paramLabel = "DIR", description = "Bruk disse reglene (rules) i stedet for de innebygde.")
    Path rules;

    @Option(names = "--debug", description = "Skriv ut detaljer ved interne feil.")
    boolean debug;

    Path resolvedDataDir() {
        if (dataDir != null) return dataDir;
        String env = System.getenv("FORSOKSSJEKK_HOME");
        if (env != null && !env.isBlank()) return Path.of(env);
        return Path.of(System.getProperty("user.home"), ".forsokssjekk");
    }

    Forsokssjekk.Builder builder() {
        Forsokssjekk.Builder b = Forsokssjekk.builder();
        if (catalogue != null) {
            requireFolder(catalogue, "--catalogue");
            b.catalogue(catalogue);
        }
        if (rules != null) {
            requireFolder(rules, "--rules");
            b.rules(rules);
        }
        return b;
    }

    Forsokssjekk engine() {
        return builder().build();
    }

    static void requireFolder(Path p, String option) {
        if (!Files.isDirectory(p)) throw new CliInputException(option + ": " + p + " er ikke en mappe.");
    }
}
