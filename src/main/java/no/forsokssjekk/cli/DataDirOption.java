package no.forsokssjekk.cli;

import java.nio.file.Path;
import no.forsokssjekk.corpus.DataDirectory;
import picocli.CommandLine.Option;

/** {@code --data-dir}: a mixin for every command that reads or writes imported data. */
public final class DataDirOption {
    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Datamappe for importerte Lovdata-data og indeks (standard: $FORSOKSSJEKK_HOME eller "
                    + "~/.forsokssjekk).")
    Path dataDir;

    @Option(names = "--debug", description = "Skriv ut detaljer ved interne feil.")
    boolean debug;

    public DataDirectory resolve() {
        return DataDirectory.resolve(dataDir);
    }
}
