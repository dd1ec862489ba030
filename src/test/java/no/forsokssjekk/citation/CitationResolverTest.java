package no.forsokssjekk.citation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import no.forsokssjekk.corpus.ProvisionId;
import no.forsokssjekk.testsupport.Fixtures;
import org.junit.jupiter.api.Test;

class CitationResolverTest {
    private final CitationResolver resolver = new CitationResolver(Fixtures.corpus());

    @Test
    void a_citation_resolves_to_a_provision_id_narrowed_to_ledd_and_bokstav() {
        CitationResolution r = resolver.resolve("forsøksloven § 4 første ledd bokstav b", LocalDate.of(2026, 1, 1));
        assertThat(r.status()).isEqualTo(CitationResolution.Status.PROVISION);
        assertThat(r.provisions()).containsExactly(ProvisionId.parse("LOV-1992-06-26-87/§4/ledd1/bokstavB"));
    }

    @Test
    void abbreviations_resolve_with_or_without_full_stop() {
        LocalDate d = LocalDate.of(2026, 1, 1);
        assertThat(resolver.resolve("bhl § 26", d).provisions()).containsExactly(ProvisionId.parse("LOV-2005-06-17-64/§26"));
        assertThat(resolver.resolve("bhl. § 26", d).provisions()).containsExactly(ProvisionId.parse("LOV-2005-06-17-64/§26"));
        assertThat(resolver.resolve("barnehagelova 26", d).provisions()).containsExactly(ProvisionId.parse("LOV-2005-06-17-64/§26"));
    }

    @Test
    void forvaltningsloven_means_the_1967_act_while_the_2025_act_is_not_in_force() {
        CitationResolution r = resolver.resolve("forvaltningsloven § 24", LocalDate.of(2026, 11, 27));
        assertThat(r.document().key()).isEqualTo("LOV-1967-02-10");
        assertThat(r.lawStatus()).isEqualTo(LawNameIndex.NameResolution.Status.IN_FORCE);
    }

    @Test
    void opplaeringslova_means_the_1998_act_until_31_july_2024_and_the_2023_act_from_1_august_2024() {
        assertThat(resolver.resolve("opplæringslova § 1-5", LocalDate.of(2024, 7, 31)).document().key())
                .isEqualTo("LOV-1998-07-17-61");
        assertThat(resolver.resolve("opplæringslova § 29-3", LocalDate.of(2024, 8, 1)).document().key())
                .isEqualTo("LOV-2023-06-09-30");
        assertThat(resolver.resolve("oppl. § 29-3", LocalDate.of(2024, 8, 1)).document().key())
                .isEqualTo("LOV-2023-06-09-30");
    }

    @Test
    void a_name_only_the_repealed_act_bears_points_to_its_successor() {
        // "oppl." is shared, but pin it to a date after the 1998 act and with only the old act named by a direct id
        CitationResolution r = resolver.resolve("LOV-1998-07-17-61/§1-5", LocalDate.of(2025, 1, 1));
        assertThat(r.lawStatus()).isEqualTo(LawNameIndex.NameResolution.Status.REPEALED);
        assertThat(r.successor().key()).isEqualTo("LOV-2023-06-09-30");
    }

    @Test
    void a_law_alone_resolves_to_the_document() {
        CitationResolution r = resolver.resolve("barnehageloven", LocalDate.of(2026, 1, 1));
        assertThat(r.status()).isEqualTo(CitationResolution.Status.DOCUMENT_ONLY);
        assertThat(r.document().key()).isEqualTo("LOV-2005-06-17-64");
    }

    @Test
    void a_regulation_resolves_by_its_title() {
        CitationResolution r = resolver.resolve("forskrift om pedagogisk bemanning § 1", LocalDate.of(2026, 1, 1));
        assertThat(r.provisions()).containsExactly(ProvisionId.parse("FOR-2017-06-22-1049/§1"));
    }

    @Test
    void a_small_typo_in_a_long_law_name_is_forgiven() {
        CitationResolution r = resolver.resolve("barnehagloven § 26", LocalDate.of(2026, 1, 1));
        assertThat(r.provisions()).containsExactly(ProvisionId.parse("LOV-2005-06-17-64/§26"));
    }

    @Test
    void an_unknown_law_is_reported_as_such() {
        assertThat(resolver.resolve("blablaloven § 3", LocalDate.of(2026, 1, 1)).status())
                .isEqualTo(CitationResolution.Status.UNKNOWN_LAW);
        assertThat(resolver.resolve("hvordan søker vi?", LocalDate.of(2026, 1, 1)).status())
                .isEqualTo(CitationResolution.Status.NOT_A_CITATION);
    }

    @Test
    void without_lovdata_text_a_section_outside_the_catalogue_cannot_be_checked() {
        CitationResolution known = resolver.resolve("barnehageloven § 26", LocalDate.of(2026, 1, 1));
        assertThat(known.existence()).isEqualTo(CitationResolution.Existence.CONFIRMED);
        CitationResolution other = resolver.resolve("barnehageloven § 99", LocalDate.of(2026, 1, 1));
        assertThat(other.existence()).isEqualTo(CitationResolution.Existence.UNVERIFIABLE);
    }

    @Test
    void a_law_name_among_other_words_is_found_and_the_other_words_kept() {
        CitationResolution r = resolver.resolve("inhabilitet folkevalgt forsøksloven § 4", LocalDate.of(2026, 1, 1));
        assertThat(r.status()).isEqualTo(CitationResolution.Status.PROVISION);
        assertThat(r.provisions()).containsExactly(ProvisionId.parse("LOV-1992-06-26-87/§4"));
        assertThat(r.remainder()).isEqualTo("inhabilitet folkevalgt");
        CitationResolution bare = resolver.resolve("dispensasjon bhl 26", LocalDate.of(2026, 1, 1));
        assertThat(bare.provisions()).containsExactly(ProvisionId.parse("LOV-2005-06-17-64/§26"));
        assertThat(bare.remainder()).isEqualTo("dispensasjon");
    }

    @Test
    void a_whole_citation_leaves_nothing_over() {
        assertThat(resolver.resolve("forsøksloven § 4 første ledd bokstav b", LocalDate.of(2026, 1, 1)).remainder()).isEmpty();
    }

    @Test
    void a_name_with_the_year_of_the_act_means_that_act_even_when_it_is_repealed() {
        CitationResolution r = resolver.resolve("opplæringslova av 1998 § 13-1", LocalDate.of(2026, 1, 1));
        assertThat(r.provisions()).containsExactly(ProvisionId.parse("LOV-1998-07-17-61/§13-1"));
        assertThat(r.lawStatus()).isEqualTo(LawNameIndex.NameResolution.Status.REPEALED);
        assertThat(r.successor().key()).isEqualTo("LOV-2023-06-09-30");
        assertThat(resolver.resolve("opplæringslova (2023) § 14-3", LocalDate.of(2026, 1, 1)).provisions())
                .containsExactly(ProvisionId.parse("LOV-2023-06-09-30/§14-3"));
        // a year no act of that name has (an amendment's, say) leaves the name to the date
        assertThat(resolver.resolve("opplæringslova 2025 § 14-3", LocalDate.of(2026, 1, 1)).provisions())
                .containsExactly(ProvisionId.parse("LOV-2023-06-09-30/§14-3"));
    }

    @Test
    void a_reference_after_jf_is_not_the_provision_cited() {
        CitationResolution r = resolver.resolve("opplæringslova § 14-3, jf. forskrift til opplæringslova § 12-19",
                LocalDate.of(2026, 1, 1));
        assertThat(r.provisions()).containsExactly(ProvisionId.parse("LOV-2023-06-09-30/§14-3"));
        assertThat(resolver.resolve("bhl § 26 (jfr. § 25)", LocalDate.of(2026, 1, 1)).provisions())
                .containsExactly(ProvisionId.parse("LOV-2005-06-17-64/§26"));
    }
}
