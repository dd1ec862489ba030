package no.forsokssjekk.testsupport;

import java.nio.file.Path;
import no.forsokssjekk.corpus.Corpus;
import no.forsokssjekk.corpus.LovdataDocuments;
import no.forsokssjekk.corpus.catalogue.Catalogue;
import no.forsokssjekk.io.ResourceTree;

/** Small catalogues written for the tests (src/test/resources/catalogue-fixture), independent of legal-corpus/. */
public final class Fixtures {
    private Fixtures() {
    }

    public static Path catalogueFolder() {
        return LovdataTestData.projectDir().resolve("src/test/resources/catalogue-fixture");
    }

    public static Catalogue catalogue() {
        return Catalogue.load(ResourceTree.directory(catalogueFolder()));
    }

    public static Corpus corpus() {
        return new Corpus(catalogue(), LovdataDocuments.none());
    }
}
