package no.forsokssjekk.corpus.lovdata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import no.forsokssjekk.corpus.Drift;
import no.forsokssjekk.corpus.DriftCheck;
import no.forsokssjekk.corpus.LovdataCorpus;
import no.forsokssjekk.corpus.ProvisionId;
import no.forsokssjekk.testsupport.LovdataTestData;
import no.forsokssjekk.testsupport.TestCatalogue;
import no.forsokssjekk.testsupport.TestCatalogue.Entry;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Drift detection on a real law: one § of forsøksloven changed in a copy, and only that § is flagged. */
class LovdataRealDriftTest {
    @TempDir
    Path tmp;

    /** Copies one document out of the laws archive (at test time; Lovdata's text is never committed). */
    static Path extract(String fileName, Path target) throws Exception {
        try (InputStream raw = Files.newInputStream(LovdataTestData.lawsArchive());
             TarArchiveInputStream tar = new TarArchiveInputStream(new BZip2CompressorInputStream(
                     new BufferedInputStream(raw, 1 << 16)))) {
            TarArchiveEntry e;
            while ((e = tar.getNextEntry()) != null) {
                if (e.getName().endsWith("/" + fileName)) {
                    Files.createDirectories(target.getParent());
                    Files.write(target, tar.readAllBytes());
                    return target;
                }
            }
        }
        throw new AssertionError(fileName + " is not in the laws archive");
    }

    static LovdataCorpus importFile(Path file) throws Exception {
        return new LovdataImporter().importFrom(List.of(file), ImportListener.none()).corpus();
    }

    @Test
    void changing_the_text_of_one_section_flags_only_that_section() throws Exception {
        Path original = extract("nl-19920626-087.xml", tmp.resolve("original/nl-19920626-087.xml"));
        LovdataCorpus before = importFile(original);
        String hash3 = before.provision(ProvisionId.parse("LOV-1992-06-26-87/§3")).orElseThrow().textHash();
        String hash4 = before.provision(ProvisionId.parse("LOV-1992-06-26-87/§4")).orElseThrow().textHash();
        String hash5 = before.provision(ProvisionId.parse("LOV-1992-06-26-87/§5")).orElseThrow().textHash();
        assertThat(hash4).isEqualTo("d5c55addfab134cb");
        var catalogue = new TestCatalogue(tmp.resolve("catalogue")).law("LOV-1992-06-26-87", "forsoksloven", List.of(
                Entry.of("LOV-1992-06-26-87/§3", "TRIAL_PROVISION", hash3),
                new Entry("LOV-1992-06-26-87/§4", "PROCEDURAL_SAFEGUARD", "ledd1/bokstavC", hash4),
                Entry.of("LOV-1992-06-26-87/§5", "TRIAL_PROVISION", hash5))).load();
        assertThat(DriftCheck.run(catalogue, before).clean()).isTrue();

        String xml = Files.readString(original);
        String changedXml = xml.replace("forvaltningslovens</a> saksbehandlingsregler",
                "forvaltningslovens</a> grunnleggende saksbehandlingsregler");
        assertThat(changedXml).isNotEqualTo(xml);
        Path changed = Files.writeString(Files.createDirectories(tmp.resolve("changed"))
                .resolve("nl-19920626-087.xml"), changedXml);

        DriftCheck.Report report = DriftCheck.run(catalogue, importFile(changed));
        assertThat(report.drifts()).singleElement().satisfies(d -> {
            assertThat(d.provision()).isEqualTo(ProvisionId.parse("LOV-1992-06-26-87/§4"));
            assertThat(d.reason()).isEqualTo(Drift.Reason.TEXT_CHANGED);
            assertThat(d.madeAgainstHash()).isEqualTo(hash4);
            assertThat(d.currentHash()).isNotEqualTo(hash4);
        });
    }
}
