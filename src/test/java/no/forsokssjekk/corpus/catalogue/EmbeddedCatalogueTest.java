package no.forsokssjekk.corpus.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import no.forsokssjekk.citation.CitationResolver;
import no.forsokssjekk.corpus.Corpus;
import no.forsokssjekk.corpus.Language;
import no.forsokssjekk.corpus.LovdataDocuments;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The catalogue we ship (legal-corpus/, embedded in the jar): complete enough, dated, and in our own words. */
class EmbeddedCatalogueTest {
    private static Catalogue catalogue;
    private static CitationResolver resolver;

    @BeforeAll
    static void load() {
        catalogue = Catalogue.embedded();
        resolver = new CitationResolver(new Corpus(catalogue, LovdataDocuments.none()));
    }

    @Test
    void it_describes_at_least_400_provisions_with_summaries_and_everyday_keywords() {
        assertThat(catalogue.provisions()).hasSizeGreaterThanOrEqualTo(400);
        assertThat(catalogue.provisions()).allSatisfy(p -> {
            assertThat(p.summary().nb()).as(p.id() + " nb summary").isNotBlank();
            assertThat(p.keywords().all()).as(p.id() + " keywords").isNotEmpty();
        });
    }

    @Test
    void no_summary_is_just_the_heading_restated() {
        assertThat(catalogue.provisions()).allSatisfy(p -> {
            String summary = normalise(p.summary().nb());
            assertThat(summary).as(p.id() + ": summary restates the heading").isNotEqualTo(normalise(p.title()));
            assertThat(summary.split("\\s+").length).as(p.id() + ": a summary has some substance").isGreaterThanOrEqualTo(12);
        });
    }

    @Test
    void provisions_of_nynorsk_laws_have_nynorsk_summaries() {
        List<String> missing = catalogue.provisions().stream()
                .filter(p -> catalogue.law(p.id().documentKey()).map(l -> l.language() == Language.NN).orElse(false))
                .filter(p -> !p.summary().has(Language.NN))
                .map(p -> p.id().toString()).toList();
        assertThat(missing).isEmpty();
    }

    @Test
    void every_classification_states_its_source_status_and_the_text_it_was_made_against() {
        assertThat(catalogue.provisions().stream().flatMap(p -> p.classifications().stream()))
                .isNotEmpty()
                .allSatisfy(c -> {
                    assertThat(c.source()).isNotBlank();
                    assertThat(c.status()).isNotEqualTo(VerificationStatus.DERIVED);
                    assertThat(c.madeAgainst().textHash()).matches("[0-9a-f]{16}");
                });
    }

    @Test
    void every_trial_authority_of_the_legal_brief_is_described_and_dated() {
        assertThat(catalogue.trialAuthorities()).extracting(TrialAuthority::id).contains(
                "FORSOKSLOVEN", "OPPLAERINGSLOVA-29-3", "OPPLAERINGSLOVA-1998-1-5", "PRIVATSKOLELOVA-2-5",
                "FOLKEHOGSKOLELOVEN-20", "INTEGRERINGSLOVEN-38", "BARNEVERNSLOVEN-15-13", "FOLKETRYGDLOVEN-25-13",
                "ARBEIDSMARKEDSLOVEN-12-13", "VALGLOVEN-21-1", "GRAVPLASSLOVEN-29", "MOTORFERDSELLOVEN-4A",
                "VEGTRAFIKKLOVEN-6", "SELVKJORENDE-KJORETOY-3-4", "FAGSKOLELOVEN-40", "UHL-17-1");
        assertThat(catalogue.trialAuthority("OPPLAERINGSLOVA-1998-1-5").orElseThrow().validTo())
                .isEqualTo(LocalDate.of(2024, 7, 31));
        assertThat(catalogue.trialAuthority("OPPLAERINGSLOVA-29-3").orElseThrow().validFrom())
                .isEqualTo(LocalDate.of(2024, 8, 1));
        assertThat(catalogue.trialAuthorities()).allSatisfy(a -> assertThat(a.source()).isNotBlank());
    }

    @Test
    void forsoksloven_is_decided_by_kdd_or_dfd_from_24_october_2025() {
        TrialAuthority f = catalogue.trialAuthority("FORSOKSLOVEN").orElseThrow();
        assertThat(f.decisionMakersOn(LocalDate.of(2025, 10, 24))).extracting(TrialAuthority.DecisionMaker::body)
                .contains("Kommunal- og distriktsdepartementet", "Digitaliserings- og forvaltningsdepartementet");
        assertThat(f.duration().maxYears()).isEqualTo(4);
        assertThat(f.duration().extensionYears()).isEqualTo(2);
    }

    @ParameterizedTest(name = "«{0}» on {1} means {2}")
    @CsvSource({
            "forvaltningsloven § 24,  2026-11-27, LOV-1967-02-10",
            "fvl § 24,                2026-11-27, LOV-1967-02-10",
            "opplæringslova § 1-5,    2024-07-31, LOV-1998-07-17-61",
            "opplæringslova § 29-3,   2024-08-01, LOV-2023-06-09-30",
            "oppl. § 14-3,            2026-11-27, LOV-2023-06-09-30",
            "kommuneloven § 5-3,      2026-11-27, LOV-2018-06-22-83",
            "barnevernloven § 2-4,    2022-12-31, LOV-1992-07-17-100",
            "barnevernsloven § 15-13, 2026-11-27, LOV-2021-06-18-97",
            "bhl § 26,                2026-11-27, LOV-2005-06-17-64",
            "pbl § 19-2,              2026-11-27, LOV-2008-06-27-71",
            "offentleglova § 32,      2026-11-27, LOV-2006-05-19-16",
            "hol § 3-2,               2026-11-27, LOV-2011-06-24-30",
            "sosialtjenesteloven § 18, 2026-11-27, LOV-2009-12-18-131",
            "Grunnlova § 49,          2026-11-27, LOV-1814-05-17/nn",
    })
    void names_resolve_by_date(String citation, LocalDate date, String expectedDocument) {
        assertThat(resolver.resolve(citation, date).document().key()).isEqualTo(expectedDocument);
    }

    private static String normalise(String s) {
        return s == null ? "" : s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\d ]", "").strip();
    }

    @Test
    void the_laws_cover_the_sectors_municipalities_apply_in() {
        String sectors = catalogue.laws().stream().map(LawEntry::sector).filter(java.util.Objects::nonNull)
                .distinct().sorted().collect(Collectors.joining(","));
        assertThat(sectors).contains("utdanning", "barnehage", "helse-omsorg", "barnevern", "plan-bygg",
                "kommune-forvaltning", "integrering");
    }
}
