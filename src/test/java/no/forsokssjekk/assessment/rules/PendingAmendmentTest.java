package no.forsokssjekk.assessment.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import no.forsokssjekk.corpus.DocumentInfo;
import no.forsokssjekk.corpus.DocumentKind;
import no.forsokssjekk.corpus.Language;
import no.forsokssjekk.corpus.LegalDocument;
import no.forsokssjekk.corpus.ProvisionId;
import org.junit.jupiter.api.Test;

/**
 * When an amending act in Lovdata still has parts to enter into force, read from its "I kraft fra" text, and whether
 * it concerns the exempted §, read from what it says it changes.
 */
class PendingAmendmentTest {
    private static final LocalDate ASSESSED = LocalDate.of(2025, 11, 8);
    private static final DocumentInfo LAW = new DocumentInfo("LOV-2099-01-01-1", null, null);

    @Test
    void a_part_entering_into_force_after_the_assessment_date_is_pending_from_that_date() {
        List<LocalDate> later = new ArrayList<>();
        assertThat(FactBuilder.partsInForceAfter("2025-07-01, 2026-08-01", ASSESSED, later)).isTrue();
        assertThat(later).containsExactly(LocalDate.of(2026, 8, 1));
    }

    @Test
    void a_part_the_king_has_yet_to_set_is_pending_without_a_date() {
        List<LocalDate> later = new ArrayList<>();
        assertThat(FactBuilder.partsInForceAfter("2024-06-21, Kongen bestemmer", ASSESSED, later)).isTrue();
        assertThat(later).isEmpty();
    }

    @Test
    void an_act_wholly_in_force_on_the_assessment_date_is_not_pending() {
        List<LocalDate> later = new ArrayList<>();
        assertThat(FactBuilder.partsInForceAfter("2025-06-20, 2025-11-08", ASSESSED, later)).isFalse();
    }

    @Test
    void words_after_a_date_do_not_make_it_undated() {
        List<LocalDate> later = new ArrayList<>();
        assertThat(FactBuilder.partsInForceAfter("2024-01-12 med virkning fra og med inntektsåret 2024", ASSESSED,
                later)).isFalse();
    }

    @Test
    void an_act_that_names_the_sections_it_changes_concerns_those_sections_and_their_ledd_only() {
        LegalDocument act = amending("LOV-2099-01-01-1/§6", "LOV-2099-01-01-1/§4", "LOV-2099-02-02-2");
        assertThat(FactBuilder.mayChange(act, LAW, ProvisionId.parse("LOV-2099-01-01-1/§6"))).isTrue();
        assertThat(FactBuilder.mayChange(act, LAW, ProvisionId.parse("LOV-2099-01-01-1/§4/ledd3"))).isTrue();
        assertThat(FactBuilder.mayChange(act, LAW, ProvisionId.parse("LOV-2099-01-01-1/§38"))).isFalse();
        assertThat(FactBuilder.mayChange(act, LAW, ProvisionId.parse("LOV-2099-01-01-1/§4a"))).isFalse();
    }

    @Test
    void an_act_that_changes_a_chapter_or_the_whole_law_may_change_any_section() {
        LegalDocument act = amending("LOV-2099-01-01-1/§6", "LOV-2099-01-01-1");
        assertThat(FactBuilder.mayChange(act, LAW, ProvisionId.parse("LOV-2099-01-01-1/§38"))).isTrue();
    }

    @Test
    void an_act_read_without_targets_for_the_law_may_change_any_section() {
        assertThat(FactBuilder.mayChange(amending(), LAW, ProvisionId.parse("LOV-2099-01-01-1/§38"))).isTrue();
        assertThat(FactBuilder.mayChange(amending("LOV-2099-01-01-11/§6"), LAW,
                ProvisionId.parse("LOV-2099-01-01-1/§38"))).as("targets in another law only").isTrue();
    }

    @Test
    void a_translation_is_compared_by_the_law_it_translates() {
        LegalDocument act = amending("LOV-2099-01-01-1/§6");
        DocumentInfo nynorsk = new DocumentInfo("LOV-2099-01-01-1/nn", null, null);
        assertThat(FactBuilder.mayChange(act, nynorsk, ProvisionId.parse("LOV-2099-01-01-1/nn/§6"))).isTrue();
        assertThat(FactBuilder.mayChange(act, nynorsk, ProvisionId.parse("LOV-2099-01-01-1/nn/§7"))).isFalse();
    }

    private static LegalDocument amending(String... targets) {
        return new LegalDocument("LOV-2099-04-04-4", "LOV-2099-04-04-4", "NL/lov/2099-04-04-4", DocumentKind.LAW,
                "Lov om endringer i prøvekommuneloven", "Endringslov til prøvekommuneloven", List.of(), List.of(),
                "Kongen bestemmer", null, null, List.of(), Language.NB, List.of(),
                List.of("LOV-2099-01-01-1", "LOV-2099-02-02-2"), List.of(targets), true, List.of(), null, null, null);
    }
}
