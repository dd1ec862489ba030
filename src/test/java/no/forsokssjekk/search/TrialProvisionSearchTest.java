package no.forsokssjekk.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import no.forsokssjekk.Forsokssjekk;
import no.forsokssjekk.corpus.Language;
import no.forsokssjekk.corpus.ProvisionId;
import no.forsokssjekk.corpus.ProvisionInfo;
import no.forsokssjekk.corpus.catalogue.TrialAuthority;
import no.forsokssjekk.testsupport.FullLovdata;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;

/**
 * Every trial provision in force (forsøksloven and each sector provision in the catalogue's trial authorities) and
 * every § of forsøksloven is found first: by its citation ("opplæringslova § 29-3") and by its heading and law
 * ("Forsøksverksemd opplæringslova"), over the full Lovdata data.
 */
@Tag("slow")
class TrialProvisionSearchTest {
    static final LocalDate DATE = LocalDate.of(2026, 6, 1);
    static final String FORSOKSLOVEN = "LOV-1992-06-26-87";

    @TestFactory
    Stream<DynamicTest> each_trial_provision_and_each_section_of_forsoksloven_is_found_first() {
        Forsokssjekk engine = FullLovdata.engine();
        Set<ProvisionId> provisions = new LinkedHashSet<>();
        for (TrialAuthority a : engine.trialAuthorities(DATE)) {
            if (!a.provisionInData()) continue;
            provisions.add(a.provision().section());
            a.additionalProvisions().forEach(p -> provisions.add(p.section()));
        }
        engine.corpus().document(FORSOKSLOVEN).flatMap(d -> d.lovdataDocument()).ifPresent(d ->
                d.provisions().forEach(p -> provisions.add(p.id())));
        assertThat(provisions).as("trial provisions and forsøksloven's §§").hasSizeGreaterThan(15);
        List<DynamicTest> tests = new ArrayList<>();
        for (ProvisionId id : provisions) {
            ProvisionInfo p = engine.corpus().provision(id).orElseThrow(() -> new AssertionError(id + " is not in the data"));
            String citation = engine.corpus().citation(id, Language.NB);
            String topic = p.title().replaceAll("[().]", " ").strip() + " " + p.document().citationName();
            tests.add(DynamicTest.dynamicTest(citation, () -> assertFirst(engine, citation, id)));
            tests.add(DynamicTest.dynamicTest(topic, () -> assertFirst(engine, topic, id)));
        }
        return tests.stream();
    }

    private static void assertFirst(Forsokssjekk engine, String query, ProvisionId expected) {
        SearchResult r = engine.search(query, SearchOptions.defaults().withDate(DATE).withLimit(5));
        assertThat(r.hits()).as("hits for «%s»", query).isNotEmpty();
        assertThat(r.hits().get(0).provision().id()).as("first hit for «%s»; got %s", query,
                r.hits().stream().map(h -> h.provision().id() + " " + h.provision().title()).toList()).isEqualTo(expected);
    }
}
