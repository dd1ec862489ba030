package no.forsokssjekk.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import no.forsokssjekk.Forsokssjekk;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Options every command that runs the engine shares: the data directory (with the imported Lovdata data, used when
 * present) and which catalogue and rules to use.
 */
final class EngineOptions {
    @Mixin
    DataDirOption data;

    @Option(names = "--catalogue", paramLabel = "DIR", description = "Bruk denne katalogen (legal-corpus) i stedet for den innebygde.")
    Path catalogue;

    @Option(names = "--rules", paramLabel = "DIR", description = "Bruk disse reglene (rules) i stedet for de innebygde.")
    Path rules;

    Forsokssjekk.Builder builder() {
        Forsokssjekk.Builder b = Forsokssjekk.builder().dataDirectory(data.resolve().root());
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
