package no.forsokssjekk.search.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

/** Golden token tests: what the index and the queries see. */
class NorwegianAnalysisTest {
    private static final String CORPUS = """
            Barnehagen skal ha en forsvarlig pedagogisk bemanning. Det skal være minst én pedagogisk leder per
            sju barn under tre år og én per fjorten barn over tre år. Barna har rett til plass i barnehage.
            Kommunen skal sørge for at det er nok plass i barnehage, og barnehageplass skal tildeles ved opptak.
            Plassen gis etter søknad. Bemanning og norm for bemanning gjelder for alle barnehager. Normen for
            bemanning skal følges. Kommunen skal sørge for legevakt. Legen har vakt. Lege og vakt i kommunen.
            Kommunen skal ha legevakt med lege. Kommunestyret er kommunens øverste organ. Styret i kommunen.
            Det kan skje. Det skjer. Skjenking av alkohol. King. En lege har vakt. LIS1.
            Elevane har rett til opplæring. Skulen og skolen skal gi opplæring. Vurdering uten karakterer.
            Karakter og fri vurdering. Ungdomsskolen og skolen, ungdom i skolen. Forsøk i offentlig forvaltning.
            Tilsyn med kommunen. Tilsynet. Omsorg og omsorgstjenester. Kurs og kurset. Plass og plassen.
            """;

    /** "fri" is common in real law text; a three-letter part must be common to count. */
    private static final Vocabulary VOCABULARY = vocabulary(CORPUS.repeat(3) + " fri".repeat(60));

    static Vocabulary vocabulary(String text) {
        return Vocabulary.builder().add(text).build();
    }

    static List<String> tokens(Analyzer a, String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = a.tokenStream("f", text)) {
            CharTermAttribute t = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) out.add(t.toString());
            ts.end();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return out;
    }

    @Test
    void foldingMakesAeOeAaAndPlainLettersTheSame() {
        assertThat(NorwegianFolding.normalise("forsoek")).isEqualTo("forsøk");
        assertThat(NorwegianFolding.normalise("opplaeringslova")).isEqualTo("opplæringslova");
        assertThat(NorwegianFolding.normalise("aapen")).isEqualTo("åpen");
        assertThat(NorwegianFolding.normalise("idé")).isEqualTo("ide");
        assertThat(NorwegianFolding.fold("forsøk")).isEqualTo("forsok");
        assertThat(NorwegianFolding.fold("forsoek")).isEqualTo("forsok");
        assertThat(NorwegianFolding.fold("opplaeringslova")).isEqualTo("opplaringslova");
    }

    @Test
    void everyFormOfAWordGetsOneStem() {
        assertThat(List.of("plass", "plassen", "plasser", "plassene")).map(NorwegianStemmer::stem).containsOnly("plas");
        assertThat(List.of("kurs", "kurset", "kursene")).map(NorwegianStemmer::stem).containsOnly("kurs");
        assertThat(List.of("barn", "barna", "barnet", "barns")).map(NorwegianStemmer::stem).containsOnly("barn");
        assertThat(List.of("elev", "elever", "elevar", "elevane", "elevene")).map(NorwegianStemmer::stem)
                .containsOnly("elev");
        assertThat(List.of("kommune", "kommunen", "kommunens", "kommuner", "kommunane")).map(NorwegianStemmer::stem)
                .containsOnly("kommun");
        assertThat(List.of("opplæring", "opplæringa", "opplæringen")).map(NorwegianStemmer::stem)
                .containsOnly("opplæring");
        assertThat(List.of("lærer", "lærere", "lærerne", "lærar", "lærarane")).map(NorwegianStemmer::stem)
                .containsOnly("lær");
        assertThat(List.of("intern", "interne")).map(NorwegianStemmer::stem).containsOnly("intern");
        assertThat(List.of("utvidelse", "utvidelsen", "utvidelser", "utvides", "utvide")).map(NorwegianStemmer::stem)
                .containsOnly("utvid");
        assertThat(List.of("avgjørelse", "avgjøre", "avgjørelsen")).map(NorwegianStemmer::stem).containsOnly("avgjør");
        assertThat(NorwegianStemmer.stem("helse")).isEqualTo("hels");
        assertThat(NorwegianStemmer.stem("folkehelse")).startsWith("folkehel").isEqualTo(NorwegianStemmer.stem("folkehelsen"));
        assertThat(List.of("barnevern", "barnevernet")).map(NorwegianStemmer::stem).containsOnly("barnevern");
    }

    @Test
    void compoundsAreSplitIntoKnownWords() {
        CompoundSplitter s = new CompoundSplitter(VOCABULARY);
        assertThat(s.split("barnehageplassen")).containsExactly("barnehage", "plassen");
        assertThat(s.split("bemanningsnorm")).containsExactly("bemannings", "norm");
        assertThat(s.split("legevakt")).containsExactly("lege", "vakt");
        assertThat(s.split("ungdomsskolen")).containsExactly("ungdoms", "skolen");
        assertThat(s.split("karakterfri")).containsExactly("karakter", "fri");
    }

    @Test
    void particlesAndFrequentWordsAreNotSplit() {
        CompoundSplitter s = new CompoundSplitter(VOCABULARY);
        assertThat(s.split("forsøket")).isEmpty();        // for|søk
        assertThat(s.split("tilsynet")).isEmpty();        // til|syn
        assertThat(s.split("barnehage")).isEmpty();       // more common whole than as barn + hage
        assertThat(s.split("skjenking")).isEmpty();       // "skjen" is no word, though its stem is that of "skje"
        assertThat(s.split("omsorgstjenester")).doesNotContain("om");
        assertThat(new CompoundSplitter(vocabulary(CORPUS)).split("karakterfri")).isEmpty(); // "fri" too rare there
    }

    @Test
    void textChainFoldsSplitsThenStems() {
        Analyzer text = NorwegianAnalyzers.text(new CompoundSplitter(VOCABULARY));
        assertThat(tokens(text, "Barnehageplassen ble tildelt")).containsExactly("barnehageplas", "barnehag", "plas",
                "tildelt");
        assertThat(tokens(text, "Forsøk")).isEqualTo(tokens(text, "forsoek")).isEqualTo(tokens(text, "forsok"));
        assertThat(tokens(text, "fravær")).isEqualTo(tokens(text, "fravaer"));
        assertThat(tokens(text, "skoleår")).isNotEqualTo(tokens(text, "skole"));
        assertThat(tokens(text, "skolen har barn")).containsExactly("skol", "barn");
        assertThat(tokens(text, "bemanningsnormen")).containsExactly("bemanningsnorm", "bemanning", "norm");
    }

    @Test
    void vocabularyCountsNormalisedWordForms() {
        assertThat(VOCABULARY.frequency("kommunen")).isPositive();
        assertThat(VOCABULARY.frequency("forsøk")).isPositive();
        assertThat(VOCABULARY.stemFrequency("plas")).isGreaterThan(VOCABULARY.frequency("plass"));
        assertThat(VOCABULARY.frequency("lis")).isZero();   // "LIS1" is no word
    }

    @Test
    void spellingCorrectionsComeFromTheVocabulary() {
        Vocabulary v = vocabulary("taushetsplikt taushetsplikt utvidelse utvidelse kompetanse kompetanse kompetent");
        assertThat(v.correction("taushetplikt")).hasValue("taushetsplikt");
        assertThat(v.correction("utvidlse")).hasValue("utvidelse");
        assertThat(v.correction("kompetanse")).isEmpty();          // known
        assertThat(v.correction("kompetent")).isEmpty();           // known, though rare
        assertThat(v.correction("xyzzy")).isEmpty();
    }
}
