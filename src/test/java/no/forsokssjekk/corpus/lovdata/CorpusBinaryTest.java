package no.forsokssjekk.corpus.lovdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import no.forsokssjekk.corpus.DocumentKind;
import no.forsokssjekk.corpus.Language;
import no.forsokssjekk.corpus.LazyDocument;
import no.forsokssjekk.corpus.Ledd;
import no.forsokssjekk.corpus.LegalDocument;
import no.forsokssjekk.corpus.ListItem;
import no.forsokssjekk.corpus.Provision;
import no.forsokssjekk.corpus.ProvisionId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusBinaryTest {
    @TempDir
    Path tmp;

    static LegalDocument everyField() {
        Provision full = new Provision(ProvisionId.parse("LOV-2099-01-01-1/vedlegg1/§1"), "§ 1", "Tittel «æøå» – ok",
                List.of("Første del", "Kapittel 1"),
                List.of(new Ledd(1, "Tekst med\u00a0hardt mellomrom", List.of(
                        new ListItem("a", "bokstav a", List.of(new ListItem("i", "under", List.of()))),
                        new ListItem("", "punkt uten merke", List.of()))),
                        new Ledd(2, "", List.of())),
                LocalDate.of(2099, 5, 1), true, "Endret ved lov", List.of("LOV-2099-02-02-2/§3/ledd2/bokstavB"),
                "0123456789abcdef", List.of("1 Fotnote"), List.of("(Opphevet)"));
        Provision bare = new Provision(ProvisionId.parse("LOV-2099-01-01-1/§2"), "§ 2", "", List.of(), List.of(),
                null, false, "", List.of(), "fedcba9876543210");
        String longText = "x".repeat(5000);
        Provision repeated = new Provision(ProvisionId.parse("LOV-2099-01-01-1/§3"), "§ 2", longText,
                List.of("Første del", "Kapittel 1"), List.of(new Ledd(1, longText, List.of())), null, false, "",
                List.of(), "fedcba9876543210");
        return new LegalDocument("LOV-2099-01-01-1", "LOV-2099-01-01-1", "NL/lov/2099-01-01-1", DocumentKind.LAW,
                "Lov om prøving", "Prøveloven", List.of("prl"), List.of("A-dep", "B-dep"), null, null,
                LocalDate.of(1814, 5, 17), List.of("Område > Underområde"), Language.NN, List.of("LOV-1/§1"),
                List.of("LOV-2099-02-02-2"), List.of("LOV-2099-02-02-2/§3", "LOV-2099-02-02-2"), true,
                List.of(full, bare, repeated), "lov/2099-01-01-1", null, "nl-20990101-001.xml");
    }

    @Test
    void every_field_reads_back_equal() throws Exception {
        LegalDocument a = everyField();
        LegalDocument b = new LegalDocument("FOR-2099-03-03-3", "FOR-2099-03-03-3", "SF/forskrift/2099-03-03-3",
                DocumentKind.REGULATION, "Forskrift", "", List.of(), List.of("A-dep"), "Kongen bestemmer",
                LocalDate.of(2099, 3, 3), null, List.of(), Language.NB, List.of(), List.of("LOV-2099-01-01-1"), List.of(),
                false,
                List.of(), "forskrift/2099-03-03-3", Language.NB, "sf-20990303-0003.xml");
        Path file = tmp.resolve("corpus.bin");
        CorpusBinary.write(List.of(a, b), file);
        List<LegalDocument> back = CorpusBinary.read(file);
        assertThat(back).containsExactly(a, b);
        assertThat(back.get(0).provisions().get(2).chapterPath().get(0))
                .as("short strings are shared after loading")
                .isSameAs(back.get(0).provisions().get(0).chapterPath().get(0));
    }

    @Test
    void a_damaged_file_is_refused() throws Exception {
        Path file = tmp.resolve("corpus.bin");
        CorpusBinary.write(List.of(everyField()), file);
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length + 3));
        assertThatThrownBy(() -> CorpusBinary.read(file)).hasMessageContaining("is damaged")
                .hasMessageContaining("import again");
        Files.writeString(file, "not a corpus");
        assertThatThrownBy(() -> CorpusBinary.read(file)).hasMessageContaining("is not a corpus file");
    }

    @Test
    void documents_are_decoded_only_when_used() throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("lazy"));
        var imported = new LovdataImporter().importFrom(List.of(no.forsokssjekk.testsupport.LovdataFixtures.folder()),
                ImportListener.none()).corpus();
        CorpusCodec.write(imported, folder);
        java.util.concurrent.atomic.AtomicInteger loads = new java.util.concurrent.atomic.AtomicInteger();
        List<LazyDocument> counted = CorpusBinary.open(folder.resolve(CorpusCodec.DOCUMENTS)).stream()
                .map(d -> (LazyDocument) new Counting(d, loads)).toList();
        var opened = no.forsokssjekk.corpus.LovdataCorpus.lazy(counted, imported.metadata());
        assertThat(opened.documentKeys()).containsExactlyElementsOf(imported.documentKeys().toList());
        assertThat(opened.sectionCount()).isEqualTo(19);
        assertThat(opened.contains(ProvisionId.parse("FOR-2099-03-03-3/del.2/a1"))).isTrue();
        assertThat(loads).as("nothing decoded yet").hasValue(0);

        assertThat(opened.provision(ProvisionId.parse("LOV-2099-02-02-2/§3/ledd2/bokstavA")))
                .isEqualTo(imported.provision(ProvisionId.parse("LOV-2099-02-02-2/§3")));
        opened.provision(ProvisionId.parse("LOV-2099-02-02-2/§1"));
        assertThat(loads).as("one document, decoded once").hasValue(1);

        assertThat(opened.documents().toList()).isEqualTo(imported.documents().toList());
        assertThat(loads).hasValue(5);
    }

    /** Counts how often a document is decoded. */
    private record Counting(LazyDocument d, java.util.concurrent.atomic.AtomicInteger loads) implements LazyDocument {
        @Override
        public String key() {
            return d.key();
        }

        @Override
        public DocumentKind kind() {
            return d.kind();
        }

        @Override
        public boolean pendingChange() {
            return d.pendingChange();
        }

        @Override
        public List<String> basedOn() {
            return d.basedOn();
        }

        @Override
        public List<String> changesDocuments() {
            return d.changesDocuments();
        }

        @Override
        public List<String> provisionIds() {
            return d.provisionIds();
        }

        @Override
        public LegalDocument load() {
            loads.incrementAndGet();
            return d.load();
        }
    }

    @Test
    void a_cut_file_is_reported_as_damaged_by_the_codec() throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("c"));
        var corpus = new LovdataImporter().importFrom(List.of(no.forsokssjekk.testsupport.LovdataFixtures.folder()),
                ImportListener.none()).corpus();
        CorpusCodec.write(corpus, folder);
        Path bin = folder.resolve(CorpusCodec.DOCUMENTS);
        byte[] bytes = Files.readAllBytes(bin);
        Files.write(bin, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        assertThatThrownBy(() -> CorpusCodec.read(folder)).isInstanceOf(java.io.IOException.class)
                .hasMessageContaining("is damaged").hasMessageContaining("import again");
    }
}
