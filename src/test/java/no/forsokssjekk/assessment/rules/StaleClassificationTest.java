package no.forsokssjekk.assessment.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import no.forsokssjekk.Forsokssjekk;
import no.forsokssjekk.assessment.Application;
import no.forsokssjekk.assessment.Finding;
import no.forsokssjekk.assessment.FindingCode;
import no.forsokssjekk.assessment.Severity;
import no.forsokssjekk.contract.ContractJson;
import no.forsokssjekk.testsupport.FullLovdata;
import no.forsokssjekk.testsupport.LovdataTestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A curated classification records the text of the § it was made against. When the § in the loaded Lovdata text has
 * changed since, the classification is no longer a lawyer's reading of the law in force: it may only give REVIEW.
 */
class StaleClassificationTest {
    private static final String APPLICATION = """
            {"stage": "PRELIMINARY", "assessmentDate": "2025-11-08",
             "applicants": [{"name": "Eksempel kommune", "type": "MUNICIPALITY"}],
             "description": "Kommunen vil prøve ut et felles styre med nabokommunene i en avgrenset periode.",
             "purpose": "Bedre samordning.", "period": {"from": "2026-08-01", "to": "2030-07-31"},
             "exemptions": [{"provision": "kommuneloven § 5-3 første ledd", "effectOnIndividuals": "NONE",
                             "deviation": "Et felles styre for kommunene skal treffe vedtak i stedet for kommunestyret."}],
             "affectsChildren": false, "processesPersonalData": false,
             "evaluationPlan": "Ekstern evaluering.", "employeeInvolvement": "Tillitsvalgte er hørt."}
            """;

    @Test
    void a_verified_classification_made_against_the_text_in_force_can_stop_the_trial() {
        assertThat(kommunelovCore(FullLovdata.engine())).isEqualTo(Severity.BLOCKER);
    }

    @Test
    void a_verified_classification_of_a_section_amended_since_gives_review_only(@TempDir Path tmp) throws IOException {
        Path catalogue = copy(LovdataTestData.projectDir().resolve("legal-corpus"), tmp.resolve("legal-corpus"));
        Path kommuneloven = catalogue.resolve("provisions/kommuneloven.yaml");
        String yaml = Files.readString(kommuneloven);
        assertThat(yaml).contains("textHash: \"4813f42a7dd70489\"");
        Files.writeString(kommuneloven, yaml.replace("textHash: \"4813f42a7dd70489\"", "textHash: \"0000000000000000\""));
        Forsokssjekk engine = Forsokssjekk.builder().catalogue(catalogue).lovdata(FullLovdata.corpus()).build();
        assertThat(kommunelovCore(engine)).isEqualTo(Severity.REVIEW);
    }

    private static Severity kommunelovCore(Forsokssjekk engine) {
        Application a = ContractJson.readApplication(APPLICATION);
        return engine.assess(a).findings().stream().filter(f -> f.code() == FindingCode.KOMMUNELOV_CORE)
                .map(Finding::severity).findFirst().orElse(null);
    }

    private static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target);
            }
        }
        return to;
    }
}
