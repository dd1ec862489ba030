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

    @Test
    void a_law_name_two_errors_from_another_in_its_distinctive_part_is_not_that_law() {
        // "skole" and "skilt" are two errors apart in five letters: another regulation, not a typo of it
        assertThat(LawNameIndex.otherNameSameEnding("skoleforskriften", "skiltforskriften", 2)).isTrue();
        // one error in the distinctive part is a typing error
        assertThat(LawNameIndex.otherNameSameEnding("barnvernsloven", "barnevernsloven", 1)).isFalse();
        // two errors in a long distinctive part too
        assertThat(LawNameIndex.otherNameSameEnding("oplæringslova", "opplæringslova", 1)).isFalse();
        assertThat(LawNameIndex.otherNameSameEnding("helse og omsorgstjenestelovn", "helse og omsorgstjenesteloven", 1))
                .isFalse();
    }
}
