package no.forsokssjekk.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import no.forsokssjekk.corpus.Language;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SearchEngineTest {
    static SearchEngine engine;

    @BeforeAll
    static void build() {
        engine = SearchFixtures.engine();
    }

    @AfterAll
    static void close() throws Exception {
        engine.close();
    }

    private static SearchResult search(String q) {
        return engine.search(q, SearchOptions.defaults().withDate(SearchFixtures.TODAY));
    }

    private static List<String> ids(SearchResult r) {
        return r.hits().stream().map(h -> h.provision().id().toString()).toList();
    }

    @Test
    void a_citation_returns_that_provision_first() {
        SearchResult r = search("bhl § 26");
        assertThat(ids(r).get(0)).isEqualTo("LOV-2005-06-17-64/§26");
        assertThat(r.hits().get(0).match()).isEqualTo(SearchHit.Match.CITATION);
    }

    @Test
    void a_citation_of_a_ledd_shows_that_ledd() {
        SearchResult r = search("barnehageloven § 26 andre ledd");
        SearchHit first = r.hits().get(0);
        assertThat(first.provision().id().toString()).isEqualTo("LOV-2005-06-17-64/§26");
        assertThat(first.ledd()).isEqualTo(2);
        assertThat(first.snippet().text()).contains("pedagogisk leder");
    }

    @Test
    void everyday_words_find_the_provision_through_our_keywords_and_the_lexicon() {
        assertThat(ids(search("bemanningsnorm barnehage"))).first().isIn("LOV-2005-06-17-64/§26", "FOR-2017-06-22-1049/§1");
    }

    @Test
    void words_match_in_the_ledd_that_contains_them_and_are_marked() {
        SearchResult r = search("pedagogisk leder per sju barn");
        SearchHit first = r.hits().get(0);
        assertThat(first.provision().id().toString()).isEqualTo("LOV-2005-06-17-64/§26");
        assertThat(first.ledd()).isEqualTo(2);
        assertThat(first.snippet().html()).contains("<mark>").contains("<mark>leder</mark>");
    }

    @Test
    void nynorsk_and_bokmaal_find_each_other() {
        assertThat(ids(search("forsøksvirksomhet"))).contains("LOV-2023-06-09-30/§29-3");
        assertThat(ids(search("lærertetthet"))).first().isEqualTo("LOV-2023-06-09-30/§14-3");
    }

    @Test
    void ae_oe_aa_typed_for_norwegian_letters_find_the_same() {
        assertThat(ids(search("forsoek offentlig forvaltning"))).isEqualTo(ids(search("forsøk offentlig forvaltning")));
    }

    @Test
    void a_typo_is_corrected_and_suggested() {
        SearchResult r = search("begrunelse enkeltvedtak");
        assertThat(ids(r)).first().isEqualTo("LOV-1967-02-10/§24");
        assertThat(r.didYouMean()).hasValue("begrunnelse enkeltvedtak");
    }

    @Test
    void a_law_named_alone_lists_its_provisions_in_order() {
        SearchResult r = search("barnehageloven");
        assertThat(ids(r)).containsExactly("LOV-2005-06-17-64/§1", "LOV-2005-06-17-64/§16", "LOV-2005-06-17-64/§26");
        assertThat(r.hits()).allMatch(h -> h.match() == SearchHit.Match.LAW);
    }

    @Test
    void a_repealed_law_is_explained_and_its_successor_named() {
        SearchResult r = engine.search("LOV-1998-07-17-61/§1-5", SearchOptions.defaults().withDate(SearchFixtures.TODAY));
        assertThat(r.notices()).anySatisfy(n -> {
            assertThat(n.kind()).isEqualTo(SearchResult.Notice.Kind.REPEALED_LAW);
            assertThat(n.successorKey()).isEqualTo("LOV-2023-06-09-30");
            assertThat(n.message()).contains("opphevet").contains("opplæringslova");
        });
    }

    @Test
    void hits_carry_the_likely_trial_authority_and_key_classifications() {
        SearchHit h = search("bhl § 26").hits().get(0);
        assertThat(h.trialAuthority()).isNotNull();
        assertThat(h.classifications()).extracting(KeyClassification::label).contains("organisering");
    }

    @Test
    void filters_and_facets() {
        SearchOptions o = SearchOptions.defaults().withDate(SearchFixtures.TODAY).withFacets(true);
        SearchResult all = engine.search("barn", o);
        assertThat(all.facets()).extracting(SearchResult.Facet::dimension).contains("law", "ministry", "kind",
                "ownTrialProvision");
        SearchResult regs = engine.search("barn", o.withFilters(SearchFilters.NONE.withKinds(
                Set.of(no.forsokssjekk.corpus.DocumentKind.REGULATION))));
        assertThat(ids(regs)).allMatch(id -> id.startsWith("FOR-"));
        SearchResult inLaw = engine.search("barn", o.withFilters(SearchFilters.NONE.withLaws(Set.of("barnehageloven"))));
        assertThat(ids(inLaw)).isNotEmpty().allMatch(id -> id.startsWith("LOV-2005-06-17-64/"));
    }

    @Test
    void paging_continues_where_the_last_page_ended() {
        SearchOptions o = SearchOptions.defaults().withDate(SearchFixtures.TODAY).withLimit(2);
        SearchResult p1 = engine.search("barn", o);
        SearchResult p2 = engine.search("barn", o.withOffset(2));
        assertThat(p1.total()).isEqualTo(p2.total()).isGreaterThanOrEqualTo(3);
        assertThat(ids(p2)).doesNotContainAnyElementsOf(ids(p1));
    }

    @Test
    void nynorsk_messages_when_asked() {
        SearchResult r = engine.search("begrunelse", SearchOptions.defaults().withDate(SearchFixtures.TODAY)
                .withLanguage(Language.NN));
        assertThat(r.notices()).anySatisfy(n -> assertThat(n.message()).startsWith("Meinte du"));
    }

    @Test
    void empty_and_overlong_queries_are_refused() {
        assertThatThrownBy(() -> search("  ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> search("x".repeat(501))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void autocomplete_suggests_law_names_and_citations() {
        assertThat(engine.suggest("barneh", 5, SearchFixtures.TODAY)).extracting(Suggestion::id)
                .first().isEqualTo("LOV-2005-06-17-64");
        assertThat(engine.suggest("bhl § 2", 5, SearchFixtures.TODAY)).extracting(Suggestion::text)
                .containsExactly("barnehageloven § 26");
        assertThat(engine.suggest("opplæringslova § 29", 5, LocalDate.of(2026, 1, 1))).extracting(Suggestion::id)
                .containsExactly("LOV-2023-06-09-30/§29-3");
    }
}
