package no.forsokssjekk.assessment.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** When an amending act in Lovdata still has parts to enter into force, read from its "I kraft fra" text. */
class PendingAmendmentTest {
    private static final LocalDate ASSESSED = LocalDate.of(2025, 11, 8);

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
}
