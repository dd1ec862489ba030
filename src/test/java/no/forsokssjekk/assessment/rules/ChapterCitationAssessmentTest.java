package no.forsokssjekk.assessment.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import no.forsokssjekk.Forsokssjekk;
import no.forsokssjekk.assessment.Application;
import no.forsokssjekk.assessment.Finding;
import no.forsokssjekk.assessment.FindingCode;
import no.forsokssjekk.assessment.Severity;
import no.forsokssjekk.testsupport.FullLovdata;
import no.forsokssjekk.testsupport.OneExemption;
import org.junit.jupiter.api.Test;

/**
 * An application that names a chapter ("opplæringslova kapittel 14") has not said which rules it wants to set aside:
 * the finding says so, and names the chapter's §§ so that the applicant can pick them; a chapter the law does not
 * have is said to be missing. Without Lovdata's text, the §§ come from their chapter-and-section numbers.
 */
class ChapterCitationAssessmentTest {
    private static Forsokssjekk embedded;

    private static synchronized Forsokssjekk embedded() {
        if (embedded == null) embedded = Forsokssjekk.builder().build();
        return embedded;
    }

    @Test
    void a_chapter_is_asked_to_be_narrowed_to_its_sections_named_in_bokmal() {
        Finding f = missingProvision(embedded(), "opplæringslova kapittel 14", "nb");
        assertThat(f.ruleId()).isEqualTo("SOKNAD-BESTEMMELSE-BARE-KAPITTEL");
        assertThat(f.severity()).isEqualTo(Severity.MISSING_INFO);
        assertThat(f.message())
                .startsWith("Søknaden oppgir kapittel 14 i opplæringslova, men ikke hvilke paragrafer i kapitlet")
                .contains("Kapitlet har disse paragrafene: § 14-1, § 14-2, § 14-3")
                .doesNotContain("§ 13-").doesNotContain("{");
    }

    @Test
    void the_same_in_nynorsk() {
        Finding f = missingProvision(embedded(), "opplæringslova kapittel 14", "nn");
        assertThat(f.message())
                .startsWith("Søknaden oppgir kapittel 14 i opplæringslova, men ikkje kva paragrafar i kapitlet")
                .contains("Kapitlet har desse paragrafane: § 14-1");
        assertThat(f.resolveBy()).contains("kvar paragraf");
    }

    @Test
    void a_law_without_a_chapter_keeps_the_plain_finding() {
        assertThat(missingProvision(embedded(), "kommuneloven", "nb").ruleId()).isEqualTo("SOKNAD-BESTEMMELSE-BARE-LOV");
    }

    @Test
    void with_lovdata_a_roman_chapter_lists_the_sections_under_its_heading() {
        Finding f = missingProvision(FullLovdata.engine(), "barnehageloven kap. VI", "nb");
        assertThat(f.message()).contains("kapittel VI i barnehageloven").contains("§ 26").doesNotContain("§ 1,");
    }

    @Test
    void with_lovdata_a_chapter_the_law_lacks_is_said_to_be_missing() {
        Finding f = missingProvision(FullLovdata.engine(), "kommuneloven kapittel 99", "nb");
        assertThat(f.message()).contains("Lovteksten har ikke noe kapittel 99.");
    }

    @Test
    void an_exemption_citing_two_acts_is_assessed_for_the_first_and_names_the_other() {
        Application a = OneExemption.application("opplæringslova § 14-3 og forskrift til opplæringslova § 12-19", "nb",
                "2025-11-08", "2026-08-01", "2030-07-31");
        List<Finding> several = embedded().assess(a).findings().stream()
                .filter(f -> f.code() == FindingCode.SEVERAL_PROVISIONS).toList();
        assertThat(several).hasSize(1);
        assertThat(several.get(0).message()).isEqualTo("Unntaket viser til flere paragrafer. Bare den første, "
                + "opplæringslova § 14-3, er vurdert her; forskrift til opplæringslova § 12-19 er ikke vurdert.");
    }

    private static Finding missingProvision(Forsokssjekk engine, String provision, String language) {
        Application a = OneExemption.application(provision, language, "2025-11-08", "2026-08-01", "2030-07-31");
        List<Finding> missing = engine.assess(a).findings().stream()
                .filter(f -> f.code() == FindingCode.MISSING_PROVISION).toList();
        assertThat(missing).hasSize(1);
        return missing.get(0);
    }
}
