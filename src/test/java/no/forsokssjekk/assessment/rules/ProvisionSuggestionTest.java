package no.forsokssjekk.assessment.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import no.forsokssjekk.Forsokssjekk;
import no.forsokssjekk.assessment.Finding;
import no.forsokssjekk.assessment.FindingCode;
import no.forsokssjekk.testsupport.OneExemption;
import org.junit.jupiter.api.Test;

/**
 * An applicant who describes the rule instead of citing it ("lærernorma på ungdomstrinnet") gets UNKNOWN_PROVISION
 * as before, and the finding names what a search on those words finds, so that the applicant can cite it. The
 * suggestion is only text: the legal basis is still none until a provision is cited.
 */
class ProvisionSuggestionTest {
    private static final Forsokssjekk ENGINE = Forsokssjekk.builder().build();

    @Test
    void a_described_rule_gets_the_provisions_the_search_finds_for_it() {
        Finding f = unknown("lærernorm på ungdomstrinnet", "nb");
        assertThat(f.message()).startsWith("Vi finner ikke bestemmelsen «lærernorm på ungdomstrinnet».")
                .contains("Et søk på ordene fant disse bestemmelsene, som kan være de riktige: ")
                .contains("opplæringslova § 14-3").endsWith(".");
    }

    @Test
    void the_suggestion_in_nynorsk() {
        assertThat(unknown("lærarnorm på ungdomstrinnet", "nn").message())
                .contains("Eit søk på orda fann desse føresegnene, som kan vere dei rette: ")
                .contains("opplæringslova § 14-3");
    }

    @Test
    void words_the_search_cannot_place_give_the_plain_finding() {
        assertThat(unknown("xqzv wprt", "nb").message()).isEqualTo("Vi finner ikke bestemmelsen «xqzv wprt». Uten en "
                + "bestemt lov- eller forskriftsbestemmelse kan unntaket ikke vurderes.");
    }

    private static Finding unknown(String provision, String language) {
        List<Finding> unknown = ENGINE.assess(OneExemption.application(provision, language, "2025-11-08",
                        "2026-08-01", "2030-07-31")).findings().stream()
                .filter(f -> f.code() == FindingCode.UNKNOWN_PROVISION).toList();
        assertThat(unknown).hasSize(1);
        return unknown.get(0);
    }
}
