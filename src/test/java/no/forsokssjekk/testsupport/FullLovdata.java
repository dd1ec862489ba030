package no.forsokssjekk.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import no.forsokssjekk.Forsokssjekk;
import no.forsokssjekk.corpus.DataDirectory;
import no.forsokssjekk.corpus.LovdataCorpus;
import no.forsokssjekk.corpus.lovdata.ImportListener;
import no.forsokssjekk.corpus.lovdata.InstalledCorpus;
import no.forsokssjekk.corpus.lovdata.LovdataStore;

/**
 * The full Lovdata data (both archives), imported once into {@code target/test-data-dir} and shared by every test
 * that needs it, in this JVM and the next (the store reuses its cache when the archives are unchanged). Skips or fails
 * like {@link LovdataTestData#require()} when the data is absent.
 */
public final class FullLovdata {
    private static InstalledCorpus installed;
    private static Forsokssjekk engine;

    private FullLovdata() {
    }

    /** target/test-data-dir, or FORSOKSSJEKK_TEST_DATA_DIR to keep the imported cache across clean builds locally. */
    public static Path dataDirectory() {
        String keep = System.getenv("FORSOKSSJEKK_TEST_DATA_DIR");
        if (keep != null && !keep.isBlank()) return Path.of(keep);
        return LovdataTestData.projectDir().resolve("target/test-data-dir");
    }

    public static synchronized InstalledCorpus installed() {
        if (installed == null) {
            List<Path> archives = List.of(LovdataTestData.lawsArchive(), LovdataTestData.regulationsArchive());
            try {
                installed = new LovdataStore(DataDirectory.of(dataDirectory())).install(archives, ImportListener.none())
                        .corpus();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return installed;
    }

    public static LovdataCorpus corpus() {
        try {
            return installed().corpus();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An engine on the embedded catalogue and rules with the full Lovdata data, built once. */
    public static synchronized Forsokssjekk engine() {
        if (engine == null) {
            installed();
            engine = Forsokssjekk.builder().dataDirectory(dataDirectory()).build();
        }
        return engine;
    }
}
