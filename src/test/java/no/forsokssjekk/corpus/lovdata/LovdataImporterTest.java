package no.forsokssjekk.corpus.lovdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import no.forsokssjekk.corpus.CorpusMetadata;
import no.forsokssjekk.corpus.CorpusSource;
import no.forsokssjekk.corpus.LegalDocument;
import no.forsokssjekk.corpus.LovdataCorpus;
import no.forsokssjekk.corpus.ProvisionId;
import no.forsokssjekk.io.InputProblem;
import no.forsokssjekk.io.InvalidInputException;
import no.forsokssjekk.testsupport.LovdataFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LovdataImporterTest {
    static final Instant ENTRY_TIME = Instant.parse("2099-06-30T10:00:00Z");

    @TempDir
    Path tmp;

    static ImportReport importFrom(Path... paths) throws Exception {
        return new LovdataImporter().importFrom(List.of(paths), ImportListener.none());
    }

    @Test
    void a_folder_is_imported_and_broken_files_are_skipped_by_name_and_reason() throws Exception {
        ImportReport r = importFrom(LovdataFixtures.folder());
        CorpusMetadata m = r.corpus().metadata();
        assertThat(m.documents()).isEqualTo(5);
        assertThat(m.laws()).isEqualTo(4);
        assertThat(m.regulations()).isEqualTo(1);
        assertThat(m.sections()).isEqualTo(19);
        assertThat(r.skipped()).extracting(InputProblem::location)
                .containsExactly("nl-20990505-005.xml", "nl-20990606-006.xml");
        assertThat(r.skipped().get(0).message()).startsWith("not well-formed XML");
        assertThat(r.skipped().get(1).message()).contains("no document header");
        assertThat(m.skipped()).isEqualTo(r.skipped());
        assertThat(m.sources()).singleElement().satisfies(s -> {
            assertThat(s.kind()).isEqualTo(CorpusSource.Kind.FOLDER);
            assertThat(s.documents()).isEqualTo(5);
            assertThat(s.datasetDateFrom()).isEqualTo("file times");
        });
    }

    @Test
    void an_archive_is_read_as_a_stream_and_dated_by_its_entries() throws Exception {
        Path archive = LovdataFixtures.archiveOfFixtures(tmp.resolve("gjeldende-lover.tar.bz2"),
                LovdataFixtures.GOOD, ENTRY_TIME);
        ImportReport r = importFrom(archive);
        assertThat(r.corpus().documentCount()).isEqualTo(5);
        assertThat(r.skipped()).isEmpty();
        CorpusSource s = r.corpus().metadata().sources().get(0);
        assertThat(s.name()).isEqualTo("gjeldende-lover.tar.bz2");
        assertThat(s.kind()).isEqualTo(CorpusSource.Kind.ARCHIVE);
        assertThat(s.sizeBytes()).isEqualTo(Files.size(archive));
        assertThat(s.lastModified()).isEqualTo(ENTRY_TIME);
        assertThat(s.datasetDateFrom()).isEqualTo("archive entries");
        assertThat(r.corpus().datasetDate()).contains(LocalDate.of(2099, 6, 30));
    }

    @Test
    void broken_files_inside_an_archive_are_named_by_archive_and_entry() throws Exception {
        List<String> all = new ArrayList<>(LovdataFixtures.GOOD);
        all.addAll(LovdataFixtures.BROKEN);
        Path archive = LovdataFixtures.archiveOfFixtures(tmp.resolve("gjeldende-lover.tar.bz2"), all, ENTRY_TIME);
        ImportReport r = importFrom(archive);
        assertThat(r.corpus().documentCount()).isEqualTo(5);
        assertThat(r.skipped()).extracting(InputProblem::location).containsExactly(
                "gjeldende-lover.tar.bz2!nl/nl-20990505-005.xml", "gjeldende-lover.tar.bz2!nl/nl-20990606-006.xml");
    }

    @Test
    void the_dataset_date_comes_from_lovdatas_list_beside_the_archive() throws Exception {
        Path archives = Files.createDirectories(tmp.resolve("lovdata/archives"));
        Path archive = LovdataFixtures.archiveOfFixtures(archives.resolve("gjeldende-lover.tar.bz2"),
                LovdataFixtures.GOOD, ENTRY_TIME);
        Instant published = Instant.parse("2099-11-08T02:31:59.418Z");
        Files.write(tmp.resolve("lovdata").resolve(PublicDataList.FILE_NAME), PublicDataList.toJson(List.of(
                new PublicDataEntry("gjeldende-lover.tar.bz2", "Gjeldende lover", 123, published))));
        CorpusSource s = importFrom(archive).corpus().metadata().sources().get(0);
        assertThat(s.lastModified()).isEqualTo(published);
        assertThat(s.datasetDate()).isEqualTo(LocalDate.of(2099, 11, 8));
        assertThat(s.datasetDateFrom()).isEqualTo(PublicDataList.FILE_NAME);
    }

    @Test
    void a_given_dataset_date_is_used_as_given() throws Exception {
        ImportReport r = new LovdataImporter(1, 1, LocalDate.of(2099, 12, 24), Clock.systemUTC())
                .importFrom(List.of(LovdataFixtures.folder()), ImportListener.none());
        assertThat(r.corpus().datasetDate()).contains(LocalDate.of(2099, 12, 24));
        assertThat(r.corpus().metadata().sources().get(0).datasetDateFrom()).isEqualTo("given");
    }

    @Test
    void a_damaged_archive_stops_the_import_and_names_the_archive() throws Exception {
        Path good = LovdataFixtures.archiveOfFixtures(tmp.resolve("good.tar.bz2"), LovdataFixtures.GOOD, ENTRY_TIME);
        byte[] bytes = Files.readAllBytes(good);
        Path damaged = Files.write(tmp.resolve("gjeldende-lover.tar.bz2"), Arrays.copyOf(bytes, bytes.length / 2));
        assertThatThrownBy(() -> importFrom(damaged))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.problems()).singleElement().satisfies(p -> {
                        assertThat(p.location()).isEqualTo("gjeldende-lover.tar.bz2");
                        assertThat(p.message()).contains("damaged").contains("nothing was imported");
                    });
                });
    }

    @Test
    void paths_that_cannot_be_imported_are_bad_input_each_with_its_reason() throws Exception {
        Path missing = tmp.resolve("missing.tar.bz2");
        Path zip = Files.writeString(tmp.resolve("data.zip"), "x");
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        assertThatThrownBy(() -> importFrom(missing, zip, empty))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(InputProblem::message)
                        .containsExactly("does not exist", "is neither an archive, a folder nor an XML file",
                                "is a folder without nl-*.xml or sf-*.xml files"));
    }

    @Test
    void a_file_with_a_foreign_name_is_skipped_and_nothing_left_is_bad_input() throws Exception {
        Path odd = Files.copy(LovdataFixtures.file("nl-20990202-002.xml"), tmp.resolve("law.xml"));
        assertThatThrownBy(() -> importFrom(odd))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .singleElement().satisfies(p -> {
                            assertThat(p.location()).isEqualTo("law.xml");
                            assertThat(p.message()).isEqualTo("is not a Lovdata document file name");
                        }));
    }

    @Test
    void a_single_file_can_be_imported() throws Exception {
        ImportReport r = importFrom(LovdataFixtures.file("nl-20990202-002-nn.xml"));
        assertThat(r.corpus().documents().map(LegalDocument::key)).containsExactly("LOV-2099-02-02-2/nn");
        assertThat(r.corpus().metadata().sources().get(0).kind()).isEqualTo(CorpusSource.Kind.FILE);
    }

    @Test
    void a_document_given_twice_is_used_once_and_the_repeat_reported() throws Exception {
        Path folder = LovdataFixtures.copy(tmp.resolve("a"), List.of("nl-20990202-002.xml"));
        Path again = LovdataFixtures.copy(tmp.resolve("b"), List.of("nl-20990202-002.xml"));
        ImportReport r = importFrom(folder, again);
        assertThat(r.corpus().documentCount()).isEqualTo(1);
        assertThat(r.skipped()).singleElement().satisfies(p ->
                assertThat(p.message()).startsWith("is the same document (LOV-2099-02-02-2) as"));
    }

    @Test
    void the_corpus_answers_by_document_and_by_provision_at_any_level() throws Exception {
        LovdataCorpus c = importFrom(LovdataFixtures.folder()).corpus();
        assertThat(c.document("LOV-2099-02-02-2/nn")).isPresent();
        assertThat(c.provision(ProvisionId.parse("LOV-2099-01-01-1/§2/ledd1/bokstavB")))
                .hasValueSatisfying(p -> assertThat(p.id()).isEqualTo(ProvisionId.parse("LOV-2099-01-01-1/§2")));
        assertThat(c.documentOf(ProvisionId.parse("FOR-2099-03-03-3/del.2/a1")))
                .hasValueSatisfying(d -> assertThat(d.key()).isEqualTo("FOR-2099-03-03-3"));
        assertThat(c.provision(ProvisionId.parse("LOV-2099-01-01-1/§99"))).isEmpty();
        assertThat(c.provisions().count()).isEqualTo(c.sectionCount()).isEqualTo(19);
        assertThat(c.documents().map(LegalDocument::key)).isSorted();
    }

    @Test
    void pending_amendments_and_regulations_are_found_for_a_law() throws Exception {
        LovdataCorpus c = new LovdataImporter(1, 1, LocalDate.of(2099, 12, 31), Clock.systemUTC())
                .importFrom(List.of(LovdataFixtures.folder()), ImportListener.none()).corpus();
        assertThat(c.document("LOV-2099-04-04-4")).hasValueSatisfying(d -> assertThat(d.pendingChange()).isTrue());
        assertThat(c.pendingAmendments("LOV-2099-01-01-1")).extracting(LegalDocument::key)
                .containsExactly("LOV-2099-04-04-4");
        assertThat(c.regulationsUnder("LOV-2099-01-01-1")).extracting(LegalDocument::key)
                .containsExactly("FOR-2099-03-03-3");
    }

    @Test
    void progress_is_reported_up_to_the_whole_input() throws Exception {
        List<ImportProgress> seen = new ArrayList<>();
        new LovdataImporter().importFrom(List.of(LovdataFixtures.archiveOfFixtures(tmp.resolve("a.tar.bz2"),
                LovdataFixtures.GOOD, ENTRY_TIME)), seen::add);
        assertThat(seen).hasSize(5);
        assertThat(seen).extracting(ImportProgress::documents).containsExactly(1, 2, 3, 4, 5);
        assertThat(seen.get(4).sections()).isEqualTo(19);
        assertThat(seen.get(4).fraction()).isEqualTo(1.0);
    }

    @Test
    void the_result_does_not_depend_on_the_number_of_threads() throws Exception {
        Path a = LovdataFixtures.archiveOfFixtures(tmp.resolve("a.tar.bz2"), LovdataFixtures.GOOD.subList(0, 3), ENTRY_TIME);
        Path b = LovdataFixtures.archiveOfFixtures(tmp.resolve("b.tar.bz2"), LovdataFixtures.GOOD.subList(3, 5), ENTRY_TIME);
        LovdataImporter one = new LovdataImporter(1, 1, null, Clock.systemUTC());
        LovdataImporter many = new LovdataImporter(2, 3, null, Clock.systemUTC());
        List<LegalDocument> x = one.importFrom(List.of(a, b), ImportListener.none()).corpus().documents().toList();
        List<LegalDocument> y = many.importFrom(List.of(b, a), ImportListener.none()).corpus().documents().toList();
        assertThat(y).isEqualTo(x);
    }

    @Test
    void the_content_hash_identifies_the_data() throws Exception {
        Path a = LovdataFixtures.copy(tmp.resolve("a"), LovdataFixtures.GOOD);
        Path b = LovdataFixtures.copy(tmp.resolve("b"), LovdataFixtures.GOOD);
        assertThat(LovdataImporter.inputs(List.of(a)).contentHash())
                .isEqualTo(LovdataImporter.inputs(List.of(b)).contentHash()).hasSize(64);
        Files.writeString(b.resolve("nl-20990202-002.xml"), Files.readString(b.resolve("nl-20990202-002.xml"))
                .replace("Departementet kan gjøre unntak.", "Departementet kan gjøre mange unntak."));
        assertThat(LovdataImporter.inputs(List.of(a)).contentHash())
                .isNotEqualTo(LovdataImporter.inputs(List.of(b)).contentHash());
    }
}
