package no.forsokssjekk.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import no.forsokssjekk.Forsokssjekk;
import no.forsokssjekk.testsupport.FullLovdata;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A chapter is not a §: "opplæringslova kapittel 14" lists the §§ of that chapter in order, whether the law numbers
 * its chapters in arabic (opplæringslova 2023) or roman numerals (barnehageloven "Kapittel VI"), over the full
 * Lovdata data.
 */
@Tag("slow")
class ChapterCitationSearchTest {
    static final LocalDate DATE = LocalDate.of(2026, 6, 1);

    @Test
    void a_chapter_with_an_arabic_number_lists_its_sections_in_order() {
        SearchResult r = search("opplæringslova kapittel 14");
        assertThat(r.hits()).isNotEmpty().allSatisfy(h -> {
            assertThat(h.match()).isEqualTo(SearchHit.Match.LAW);
            assertThat(h.provision().id().toString()).startsWith("LOV-2023-06-09-30/§14-");
        });
        assertThat(r.hits().get(0).provision().id().toString()).isEqualTo("LOV-2023-06-09-30/§14-1");
    }

    @Test
    void a_roman_chapter_is_found_by_its_numeral_or_by_its_number() {
        SearchResult roman = search("barnehageloven kapittel VI");
        SearchResult arabic = search("barnehageloven kap. 6");
        assertThat(roman.hits()).extracting(h -> h.provision().id().toString())
                .contains("LOV-2005-06-17-64/§26")
                .doesNotContain("LOV-2005-06-17-64/§1");
        assertThat(arabic.hits()).extracting(h -> h.provision().id().toString())
                .containsExactlyElementsOf(roman.hits().stream().map(h -> h.provision().id().toString()).toList());
        assertThat(roman.total()).isEqualTo(arabic.total()).isLessThan(15);
    }

    @Test
    void a_chapter_the_law_does_not_have_lists_the_whole_law() {
        SearchResult r = search("kommuneloven kapittel 99");
        assertThat(r.hits().get(0).provision().id().toString()).isEqualTo("LOV-2018-06-22-83/§1-1");
        assertThat(r.total()).isGreaterThan(100);
        assertThat(r.notices()).extracting(SearchResult.Notice::kind).containsExactly(SearchResult.Notice.Kind.NO_SUCH_CHAPTER);
        assertThat(r.notices().get(0).message()).isEqualTo("Fant ikke kapittel 99 i kommuneloven. Viser alle paragrafene.");
    }

    @Test
    void a_chapter_the_law_has_gives_no_notice() {
        assertThat(search("opplæringslova kapittel 14").notices()).isEmpty();
    }

    private static SearchResult search(String q) {
        Forsokssjekk engine = FullLovdata.engine();
        return engine.search(q, SearchOptions.defaults().withDate(DATE).withLimit(20));
    }
}
