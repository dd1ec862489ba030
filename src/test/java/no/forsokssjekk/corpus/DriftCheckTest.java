package no.forsokssjekk.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import no.forsokssjekk.corpus.catalogue.ClassificationKind;
import no.forsokssjekk.corpus.lovdata.ImportListener;
import no.forsokssjekk.corpus.lovdata.LovdataImporter;
import no.forsokssjekk.testsupport.LovdataFixtures;
import no.forsokssjekk.testsupport.TestCatalogue;
import no.forsokssjekk.testsupport.TestCatalogue.Entry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DriftCheckTest {
    /** The fixture hashes (see TextHashTest). */
    static final String HASH_1 = "2e0acac622b531a0";
    static final String HASH_2 = "cde9f9dc65df80e3";
    static final String HASH_3 = "a38e92f293dd799a";

    @TempDir
    Path tmp;

    LovdataCorpus importFolder(Path folder) throws Exception {
        return new LovdataImporter().importFrom(List.of(folder), ImportListener.none()).corpus();
    }

    @Test
    void classifications_made_against_the_current_text_are_clean() throws Exception {
        var catalogue = new TestCatalogue(tmp.resolve("catalogue")).law("LOV-2099-01-01-1", "provekommuneloven", List.of(
                Entry.of("LOV-2099-01-01-1/§1", "ORGANISATION", HASH_1),
                Entry.of("LOV-2099-01-01-1/§2", "TASK_ALLOCATION", HASH_2))).load();
        DriftCheck.Report report = DriftCheck.run(catalogue, importFolder(LovdataFixtures.folder()));
        assertThat(report.clean()).isTrue();
        assertThat(report.entriesChecked()).isEqualTo(2);
        assertThat(report.classificationsChecked()).isEqualTo(2);
    }

    @Test
    void a_change_in_one_section_flags_exactly_that_section() throws Exception {
        Path data = LovdataFixtures.copy(tmp.resolve("data"), LovdataFixtures.GOOD);
        Path law = data.resolve("nl-20990101-001.xml");
        Files.writeString(law, Files.readString(law).replace("Prøverådet velges for fire år.",
                "Prøverådet velges for seks år."));
        var catalogue = new TestCatalogue(tmp.resolve("catalogue")).law("LOV-2099-01-01-1", "provekommuneloven", List.of(
                Entry.of("LOV-2099-01-01-1/§1", "ORGANISATION", HASH_1),
                Entry.of("LOV-2099-01-01-1/§2", "TASK_ALLOCATION", HASH_2),
                Entry.of("LOV-2099-01-01-1/§3", "ORGANISATION", HASH_3),
                Entry.of("LOV-2099-01-01-1/§3", "STATE_CONTROL", HASH_3))).load();
        LovdataCorpus corpus = importFolder(data);
        String now = corpus.provision(no.forsokssjekk.corpus.ProvisionId.parse("LOV-2099-01-01-1/§3")).orElseThrow()
                .textHash();

        DriftCheck.Report report = DriftCheck.run(catalogue, corpus);
        assertThat(report.drifts()).extracting(d -> d.provision().toString(), Drift::reason, Drift::kind,
                Drift::madeAgainstHash, Drift::currentHash).containsExactly(
                tuple("LOV-2099-01-01-1/§3", Drift.Reason.TEXT_CHANGED, ClassificationKind.ORGANISATION, HASH_3, now),
                tuple("LOV-2099-01-01-1/§3", Drift.Reason.TEXT_CHANGED, ClassificationKind.STATE_CONTROL, HASH_3, now));
        assertThat(report.drifts().get(0).location()).startsWith("legal-corpus/provisions/provekommuneloven.yaml:");
    }

    @Test
    void repealed_missing_and_narrowed_parts_are_reported() throws Exception {
        var catalogue = new TestCatalogue(tmp.resolve("catalogue"))
                .law("LOV-2099-01-01-1", "provekommuneloven", List.of(
                        Entry.of("LOV-2099-01-01-1/§4", "INDIVIDUAL_RIGHT", "e3b0c44298fc1c14"),
                        Entry.of("LOV-2099-01-01-1/§7", "INDIVIDUAL_RIGHT", "0123456789abcdef"),
                        new Entry("LOV-2099-01-01-1/§2", "TASK_ALLOCATION", "ledd1/bokstavB", HASH_2),
                        new Entry("LOV-2099-01-01-1/§2", "ORGANISATION", "ledd1/bokstavF", HASH_2),
                        new Entry("LOV-2099-01-01-1/§2", "STATE_CONTROL", "ledd3", HASH_2)))
                .law("LOV-2099-09-09-9", "borteloven", List.of(
                        Entry.of("LOV-2099-09-09-9/§1", "TAX", "0123456789abcdef")))
                .load();
        DriftCheck.Report report = DriftCheck.run(catalogue, importFolder(LovdataFixtures.folder()));
        assertThat(report.drifts()).extracting(d -> d.provision().toString(), Drift::reason, Drift::appliesTo)
                .containsExactly(
                        tuple("LOV-2099-01-01-1/§2", Drift.Reason.PART_MISSING, "ledd1/bokstavF"),
                        tuple("LOV-2099-01-01-1/§2", Drift.Reason.PART_MISSING, "ledd3"),
                        tuple("LOV-2099-01-01-1/§4", Drift.Reason.REPEALED, null),
                        tuple("LOV-2099-01-01-1/§7", Drift.Reason.SECTION_MISSING, null),
                        tuple("LOV-2099-09-09-9/§1", Drift.Reason.DOCUMENT_MISSING, null));
    }
}
