package no.forsokssjekk.citation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import no.forsokssjekk.testsupport.Fixtures;
import org.junit.jupiter.api.Test;

class LawNameIndexTest {
    @Test
    void edit_distance_is_exact_up_to_the_bound_and_capped_above_it() {
        assertThat(no.forsokssjekk.text.EditDistance.within("barnehageloven", "barnehageloven", 2)).isZero();
        assertThat(no.forsokssjekk.text.EditDistance.within("barnehagloven", "barnehageloven", 2)).isEqualTo(1);
        assertThat(no.forsokssjekk.text.EditDistance.within("barnhagloven", "barnehageloven", 2)).isEqualTo(2);
        assertThat(no.forsokssjekk.text.EditDistance.within("brnhagloven", "barnehageloven", 2)).isEqualTo(3);
        assertThat(no.forsokssjekk.text.EditDistance.within("kommuneloven", "barnehageloven", 2)).isEqualTo(3);
        assertThat(no.forsokssjekk.text.EditDistance.within("abc", "abcdef", 2)).isEqualTo(3);
        assertThat(no.forsokssjekk.text.EditDistance.within("fovraltningsloven", "forvaltningsloven", 2)).isEqualTo(1);
    }

    @Test
    void a_misspelt_law_name_resolves_to_the_law() {
        LawNameIndex names = new LawNameIndex(Fixtures.corpus());
        assertThat(names.resolveFuzzy("barnehagloven", LocalDate.of(2026, 1, 1)))
                .hasValueSatisfying(r -> assertThat(r.document().key()).isEqualTo("LOV-2005-06-17-64"));
        assertThat(names.resolveFuzzy("karakterfri vurdering", LocalDate.of(2026, 1, 1))).isEmpty();
    }
}
