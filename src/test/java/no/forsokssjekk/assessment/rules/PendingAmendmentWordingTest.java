package no.forsokssjekk.assessment.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import no.forsokssjekk.assessment.Application;
import no.forsokssjekk.assessment.Finding;
import no.forsokssjekk.assessment.FindingCode;
import no.forsokssjekk.testsupport.FullLovdata;
import no.forsokssjekk.testsupport.OneExemption;
import org.junit.jupiter.api.Test;

/**
 * Krisesenterlova § 2 is changed by LOV-2025-06-20-42, in force 1 January 2026, which names § 2 among what it
 * changes: the note names the § the applicant wants to set aside, in bokmål and in nynorsk (real Lovdata data).
 */
class PendingAmendmentWordingTest {

    @Test
    void an_amendment_that_names_the_exempted_section_is_said_to_change_that_section() {
        Finding f = amendment("nb");
        assertThat(f.ruleId()).isEqualTo("SOKNAD-ENDRING-VEDTATT-PARAGRAF");
        assertThat(f.message()).contains("endrer krisesenterlova § 2, og endringen trer helt eller delvis i kraft fra "
                + "1. januar 2026").doesNotContain("{");
        assertThat(Character.isUpperCase(f.message().charAt(0))).isTrue();
    }

    @Test
    void the_same_note_in_nynorsk() {
        Finding f = amendment("nn");
        assertThat(f.message()).contains("endrar krisesenterlova § 2, og endringa tek heilt eller delvis til å gjelde "
                + "frå 1. januar 2026").contains("slik han blir etter endringa");
    }

    private static Finding amendment(String language) {
        Application a = OneExemption.application("krisesenterlova § 2", language, "2025-11-08", "2026-01-01",
                "2029-12-31");
        List<Finding> notes = FullLovdata.engine().assess(a).findings().stream()
                .filter(f -> f.code() == FindingCode.AMENDMENT_PENDING).toList();
        assertThat(notes).hasSize(1);
        return notes.get(0);
    }
}
