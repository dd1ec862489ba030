package no.forsokssjekk.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import no.forsokssjekk.citation.CitationResolver;
import no.forsokssjekk.corpus.Corpus;
import no.forsokssjekk.corpus.DocumentKind;
import no.forsokssjekk.corpus.Language;
import no.forsokssjekk.corpus.Ledd;
import no.forsokssjekk.corpus.LegalDocument;
import no.forsokssjekk.corpus.LovdataDocuments;
import no.forsokssjekk.corpus.Provision;
import no.forsokssjekk.corpus.ProvisionId;
import no.forsokssjekk.search.lexicon.Lexicon;
import no.forsokssjekk.io.ResourceTree;
import no.forsokssjekk.testsupport.Fixtures;
import no.forsokssjekk.testsupport.LovdataTestData;

/**
 * A small corpus written for the search tests: a few laws in the shape Lovdata's data has, with texts in our own words
 * (never Lovdata's), on top of the test catalogue in src/test/resources/catalogue-fixture.
 */
final class SearchFixtures {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    private SearchFixtures() {
    }

    static SearchEngine engine() {
        Corpus corpus = corpus();
        return SearchEngine.inMemory(corpus, new CitationResolver(corpus), SearchFixtures::lexicon, TODAY);
    }

    static Lexicon lexicon() {
        return Lexicon.load(ResourceTree.directory(LovdataTestData.projectDir().resolve("legal-corpus")));
    }

    static Corpus corpus() {
        return new Corpus(Fixtures.catalogue(), new InMemoryLovdata(documents()));
    }

    static List<LegalDocument> documents() {
        List<LegalDocument> docs = new ArrayList<>();
        docs.add(law("LOV-2005-06-17-64", "Lov om barnehager (barnehageloven)", "Barnehageloven", List.of("bhl"),
                "Kunnskapsdepartementet", Language.NB,
                section("LOV-2005-06-17-64", "§1", "Formål", List.of("Del I. Innledende bestemmelser"),
                        "Barnehagen skal i samarbeid med hjemmet ivareta barnas behov for omsorg og lek."),
                section("LOV-2005-06-17-64", "§16", "Rett til plass i barnehage", List.of("Kapittel V. Rett til plass"),
                        "Et barn som fyller ett år, har rett til å få plass i barnehage i kommunen der det bor.",
                        "Kommunen skal sørge for at plassen tildeles etter opptaket."),
                section("LOV-2005-06-17-64", "§26", "Pedagogisk bemanning", List.of("Kapittel VII. Personalet"),
                        "Barnehagen skal ha tilstrekkelig bemanning til at personalet kan drive en god pedagogisk virksomhet.",
                        "Det skal være minst én pedagogisk leder per sju barn under tre år og én per fjorten barn over tre år.")));
        docs.add(law("LOV-1992-06-26-87", "Lov om forsøk i offentlig forvaltning (forsøksloven)", "Forsøksloven",
                List.of(), "Kommunal- og distriktsdepartementet", Language.NB,
                section("LOV-1992-06-26-87", "§1", "Formål", List.of(),
                        "Loven skal gi adgang til å prøve ut nye måter å organisere offentlig virksomhet på."),
                section("LOV-1992-06-26-87", "§3", "Søknad om forsøk", List.of(),
                        "Kommuner og fylkeskommuner kan søke departementet om å gjøre unntak fra lov og forskrift for et forsøk."),
                section("LOV-1992-06-26-87", "§4", "Begrensninger i adgangen til å drive forsøk", List.of(),
                        "Forsøk kan ikke gjøre unntak fra saksbehandlingsregler som skal sikre den enkeltes rettssikkerhet.")));
        docs.add(law("LOV-2023-06-09-30", "Lov om grunnskoleopplæringa og den vidaregåande opplæringa (opplæringslova)",
                "Opplæringslova", List.of("oppll."), "Kunnskapsdepartementet", Language.NN,
                section("LOV-2023-06-09-30", "§14-3", "Lærartettleik", List.of("Kapittel 14. Personalet"),
                        "Kommunen skal sørgje for at det er nok lærarar på kvart årstrinn etter norma for lærartettleik."),
                section("LOV-2023-06-09-30", "§29-3", "Forsøksverksemd", List.of("Kapittel 29. Andre føresegner"),
                        "Departementet kan godkjenne tidsavgrensa forsøk som gjer unntak frå lova når forsøket er etisk forsvarleg.",
                        "Forsøket kan ikkje svekkje grunnleggjande rettar for elevane.")));
        docs.add(law("LOV-1967-02-10", "Lov om behandlingsmåten i forvaltningssaker (forvaltningsloven)",
                "Forvaltningsloven – fvl", List.of("fvl"), "Justis- og beredskapsdepartementet", Language.NB,
                section("LOV-1967-02-10", "§24", "Når skal enkeltvedtak grunngis", List.of("Kapittel V. Om vedtak"),
                        "Enkeltvedtak skal grunngis med en begrunnelse. Forvaltningsorganet skal gi begrunnelsen samtidig med at "
                                + "vedtaket treffes, og en begrunnelse skal vise til reglene.")));
        docs.add(regulation("FOR-2017-06-22-1049", "Forskrift om pedagogisk bemanning og dispensasjon i barnehager",
                "LOV-2005-06-17-64",
                section("FOR-2017-06-22-1049", "§1", "Norm for pedagogisk bemanning", List.of(),
                        "Grunnbemanningen skal være minst én ansatt per tre barn under tre år.")));
        return docs;
    }

    static Provision section(String doc, String label, String title, List<String> chapters, String... ledd) {
        List<Ledd> l = new ArrayList<>();
        for (int i = 0; i < ledd.length; i++) l.add(new Ledd(i + 1, ledd[i], List.of()));
        return new Provision(ProvisionId.of(doc, label), no.forsokssjekk.corpus.Citations.displayLabel(label), title,
                chapters, l, null, false, "", List.of(), "0000000000000000");
    }

    static LegalDocument law(String id, String title, String shortTitle, List<String> abbreviations, String ministry,
                             Language lang, Provision... provisions) {
        return new LegalDocument(id, id, "NL/lov/" + id.substring(4).toLowerCase(), DocumentKind.LAW, title, shortTitle,
                abbreviations, List.of(ministry), "2000-01-01", LocalDate.of(2000, 1, 1), null,
                List.of("Forvaltnings- og kommunalrett > Offentlig forvaltning"), lang, List.of(), List.of(), false,
                List.of(provisions));
    }

    static LegalDocument regulation(String id, String title, String enablingAct, Provision... provisions) {
        return new LegalDocument(id, id, "SF/forskrift/" + id.substring(4).toLowerCase(), DocumentKind.REGULATION,
                title, null, List.of(), List.of("Kunnskapsdepartementet"), "2018-08-01", LocalDate.of(2018, 8, 1), null,
                List.of(), Language.NB, List.of(enablingAct), List.of(), false, List.of(provisions));
    }

    /** Lovdata documents held in memory. */
    static final class InMemoryLovdata implements LovdataDocuments {
        private final Map<String, LegalDocument> docs = new LinkedHashMap<>();
        private final Map<ProvisionId, Provision> provisions = new LinkedHashMap<>();

        InMemoryLovdata(List<LegalDocument> documents) {
            for (LegalDocument d : documents) {
                docs.put(d.key(), d);
                for (Provision p : d.provisions()) provisions.put(p.id(), p);
            }
        }

        @Override
        public Optional<LegalDocument> document(String key) {
            return Optional.ofNullable(docs.get(key));
        }

        @Override
        public Optional<Provision> provision(ProvisionId id) {
            return Optional.ofNullable(provisions.get(id.section()));
        }

        @Override
        public Stream<LegalDocument> documents() {
            return docs.values().stream();
        }

        @Override
        public Optional<LocalDate> datasetDate() {
            return Optional.of(LocalDate.of(2025, 11, 8));
        }

        @Override
        public String contentHash() {
            return "fixture-" + docs.size();
        }
    }
}
