package no.forsokssjekk.corpus.lovdata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.forsokssjekk.corpus.DataDirectory;
import no.forsokssjekk.corpus.Language;
import no.forsokssjekk.corpus.Ledd;
import no.forsokssjekk.corpus.LegalDocument;
import no.forsokssjekk.corpus.ListItem;
import no.forsokssjekk.corpus.LovdataCorpus;
import no.forsokssjekk.corpus.Provision;
import no.forsokssjekk.corpus.ProvisionId;
import no.forsokssjekk.testsupport.LovdataApiServer;
import no.forsokssjekk.testsupport.LovdataFixtures;
import no.forsokssjekk.testsupport.LovdataTestData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Downloads both full archives from a local stand-in for Lovdata's API (publishing its own list for them: the
 * archives in shared/ were repacked, so their sizes differ from Lovdata's list), imports them, reloads the corpus from
 * the cache, and checks it against what is known about the 2025-11-08 data.
 */
@Tag("slow")
class FullLovdataImportTest {
    static final Instant PUBLISHED = Instant.parse("2025-11-08T02:31:59.418Z");

    static LovdataStore.Installation installation;
    static LovdataCorpus corpus;
    static Path downloads;

    @BeforeAll
    static void downloadAndImport(@TempDir Path tmp) throws Exception {
        Path laws = LovdataTestData.lawsArchive();
        Path regulations = LovdataTestData.regulationsArchive();
        DataDirectory dir = DataDirectory.of(tmp.resolve("data"));
        downloads = dir.downloads();
        LovdataDownloader.Download d;
        try (LovdataApiServer server = new LovdataApiServer(List.of(laws, regulations), PUBLISHED)) {
            d = new LovdataDownloader(server.base()).downloadCurrent(downloads, (e, f, p) -> { });
        }
        assertThat(downloads.resolve("gjeldende-lover.tar.bz2")).hasSameBinaryContentAs(laws);
        assertThat(downloads.resolve("gjeldende-sentrale-forskrifter.tar.bz2")).hasSameBinaryContentAs(regulations);
        installation = new LovdataStore(dir).install(d.archives(), ImportListener.none());
        corpus = new LovdataStore(dir).current().orElseThrow().corpus(); // read back from the cache
    }

    static Provision section(String id) {
        return corpus.provision(ProvisionId.parse(id)).orElseThrow(() -> new AssertionError(id + " is missing"));
    }

    @Test
    void all_laws_and_regulations_are_imported_with_nothing_skipped() {
        var m = corpus.metadata();
        assertThat(m.laws()).as("laws, the nynorsk Grunnlova counted on its own").isEqualTo(755);
        assertThat(m.regulations()).isEqualTo(3459);
        assertThat(m.documents()).isEqualTo(4214);
        assertThat(m.sections()).isEqualTo(92_569);
        assertThat(corpus.sectionCount()).isEqualTo(92_569);
        assertThat(corpus.provisions().count()).isEqualTo(92_569);
        assertThat(m.skipped()).isEmpty();
        assertThat(installation.report().skipped()).isEmpty();
        assertThat(corpus.provisions().filter(Provision::repealed).count()).isEqualTo(1037);
    }

    @Test
    void the_dataset_date_is_lovdatas_publication_date_from_the_list() {
        assertThat(corpus.datasetDate()).contains(LocalDate.of(2025, 11, 8));
        assertThat(corpus.metadata().sources()).extracting(s -> s.name() + " " + s.documents() + " "
                + s.datasetDateFrom()).containsExactly(
                "gjeldende-lover.tar.bz2 755 " + PublicDataList.FILE_NAME,
                "gjeldende-sentrale-forskrifter.tar.bz2 3459 " + PublicDataList.FILE_NAME);
    }

    @Test
    void the_cached_corpus_is_the_imported_one() {
        assertThat(corpus.metadata()).isEqualTo(installation.report().corpus().metadata());
        assertThat(corpus.documents().toList()).isEqualTo(installation.report().corpus().documents().toList());
    }

    @Test
    void forsoksloven_section_4_has_its_title_ledd_and_letters() {
        Provision p = section("LOV-1992-06-26-87/§4");
        assertThat(p.title()).isEqualTo("Begrensninger i adgangen til å drive forsøk");
        assertThat(p.displayNumber()).isEqualTo("§ 4");
        assertThat(p.ledd()).hasSize(2);
        assertThat(p.ledd(1).orElseThrow().items()).extracting(ListItem::label).containsExactly("a", "b", "c");
        assertThat(p.ledd(1).orElseThrow().items().get(1).text()).isEqualTo("forvaltningslovens saksbehandlingsregler");
        assertThat(p.references()).contains("LOV-2018-06-22-83", "LOV-1967-02-10");
        assertThat(p.textHash()).isEqualTo("d5c55addfab134cb");
        assertThat(section("LOV-1992-06-26-87/§7").omitted()).isTrue();
        assertThat(corpus.document("LOV-1992-06-26-87").orElseThrow().shortTitle()).isEqualTo("Forsøksloven");
    }

    @Test
    void kommuneloven_keeps_parts_chapters_and_lettered_lists() {
        Provision p = section("LOV-2018-06-22-83/§5-1");
        assertThat(p.title()).isEqualTo("Folkevalgte organer");
        assertThat(p.chapterPath()).containsExactly("Andre del. Folkevalgte",
                "Kapittel 5. Kommunal organisering. Folkevalgte organer");
        Ledd second = p.ledd(2).orElseThrow();
        assertThat(second.items()).extracting(ListItem::label)
                .containsExactly("a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k");
        assertThat(section("LOV-2018-06-22-83/§31-1").footnotes()).hasSize(1);
        assertThat(section("LOV-2018-06-22-83/§31-1").plainText()).doesNotContain("Kapitlene 1 til 13");
    }

    @Test
    void grunnloven_exists_in_bokmal_and_as_a_separate_nynorsk_document() {
        LegalDocument nb = corpus.document("LOV-1814-05-17").orElseThrow();
        LegalDocument nn = corpus.document("LOV-1814-05-17/nn").orElseThrow();
        assertThat(nb.language()).isEqualTo(Language.NB);
        assertThat(nn.language()).isEqualTo(Language.NN);
        assertThat(nn.legacyId()).isEqualTo(nb.legacyId());
        assertThat(section("LOV-1814-05-17/nn/§49").textHash()).isEqualTo("2e675fb259c80fb6");
        assertThat(section("LOV-1814-05-17/§49").textHash()).isEqualTo("7139bedc4bd5246e");
    }

    @Test
    void the_written_form_is_detected_where_lovdata_does_not_say_it() {
        LegalDocument opplaeringslova = corpus.document("LOV-2023-06-09-30").orElseThrow();
        assertThat(opplaeringslova.language()).isEqualTo(Language.NB);
        assertThat(opplaeringslova.textLanguage()).isEqualTo(Language.NN);
        assertThat(corpus.document("LOV-2018-06-22-83").orElseThrow().textLanguage()).isEqualTo(Language.NB);
    }

    @Test
    void regulations_name_their_enabling_provisions_and_pending_amendments_are_known() {
        LegalDocument akutt = corpus.document("FOR-2015-03-20-231").orElseThrow();
        assertThat(akutt.basedOn()).contains("LOV-2011-06-24-30/§3-1", "LOV-1999-07-02-61/§2-1a");
        assertThat(corpus.regulationsUnder("LOV-2011-06-24-30")).contains(akutt);
        assertThat(corpus.document("LOV-2025-06-20-100").orElseThrow().pendingChange()).isTrue();
        assertThat(corpus.pendingAmendments("LOV-2005-06-17-64")).extracting(LegalDocument::key)
                .contains("LOV-2025-06-20-100");
        assertThat(corpus.document("LOV-1992-06-26-87").orElseThrow().pendingChange()).isFalse();
    }

    @Test
    void pending_amendments_name_the_sections_they_change() {
        LegalDocument barnehager = corpus.document("LOV-2025-06-20-100").orElseThrow();
        assertThat(barnehager.changedSections("LOV-2005-06-17-64")).hasValueSatisfying(s -> assertThat(s)
                .contains("§4", "§6", "§14a", "§53").doesNotContain("§38"));
        // its text on barnehageloven is left out ("– – –"): which §§ it changes is not known
        assertThat(corpus.document("LOV-2024-06-25-53").orElseThrow().changedSections("LOV-2005-06-17-64")).isEmpty();
        // one change names six laws; each target counts for the law it names
        LegalDocument barnevern = corpus.document("LOV-2025-06-20-39").orElseThrow();
        assertThat(barnevern.changedSections("LOV-2009-06-19-44")).hasValueSatisfying(s -> assertThat(s)
                .containsExactly("§6"));
        assertThat(barnevern.changedSections("LOV-1997-02-28-19")).hasValueSatisfying(s -> assertThat(s)
                .contains("§25-11"));
    }

    @Test
    void every_id_is_unique_reads_back_as_itself_and_repeated_labels_are_qualified() {
        Set<ProvisionId> ids = new HashSet<>();
        Set<String> documentsWithQualifiedIds = new HashSet<>();
        corpus.provisions().forEach(p -> {
            assertThat(ids.add(p.id())).as("unique %s", p.id()).isTrue();
            assertThat(ProvisionId.parse(p.id().toString())).isEqualTo(p.id());
            if (p.id().qualifiers().stream().anyMatch(q -> !q.equals("nn"))) {
                documentsWithQualifiedIds.add(p.id().documentKey());
            }
        });
        assertThat(documentsWithQualifiedIds).hasSize(57);
        assertThat(section("FOR-2024-11-13-3329/del.2/§6").title()).isEqualTo("Ikrafttredelse");
        assertThat(section("LOV-1999-12-17-95/kap7/§6-2")).isNotNull();
    }

    @Test
    void text_hashes_equal_the_python_reference_on_a_sample_of_real_sections() throws IOException {
        Map<String, String> expected = new LinkedHashMap<>();
        try (InputStream in = FullLovdataImportTest.class.getResourceAsStream("/lovdata-hash-sample.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.split("\t");
                expected.put(f[0], f[1]);
            }
        }
        assertThat(expected).hasSizeGreaterThan(4500);
        Map<String, String> actual = new LinkedHashMap<>();
        for (String id : expected.keySet()) {
            actual.put(id, corpus.provision(ProvisionId.parse(id)).map(Provision::textHash).orElse("missing"));
        }
        assertThat(actual).isEqualTo(expected);
    }

    @Test
    void no_downloaded_file_is_left_half_written() {
        assertThat(LovdataFixtures.filesUnder(downloads)).extracting(p -> p.getFileName().toString())
                .containsExactlyInAnyOrder("gjeldende-lover.tar.bz2", "gjeldende-sentrale-forskrifter.tar.bz2",
                        PublicDataList.FILE_NAME);
    }
}
