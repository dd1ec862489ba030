package no.forsokssjekk.search.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import no.forsokssjekk.io.InputProblem;
import no.forsokssjekk.io.InvalidInputException;
import no.forsokssjekk.io.ResourceTree;
import no.forsokssjekk.search.analysis.CompoundSplitter;
import no.forsokssjekk.search.analysis.NorwegianAnalyzers;
import no.forsokssjekk.testsupport.LovdataTestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LexiconTest {
    @TempDir
    Path dir;

    private Lexicon lexicon(String yaml) throws IOException {
        Files.createDirectories(dir.resolve("lexicon"));
        Files.writeString(dir.resolve("lexicon/test.yaml"), yaml);
        return Lexicon.load(ResourceTree.directory(dir));
    }

    private static List<String> stems(String text) {
        return NorwegianAnalyzers.words(NorwegianAnalyzers.text(CompoundSplitter.none()), text);
    }

    @Test
    void theProjectLexiconIsValid() {
        Lexicon l = Lexicon.load(ResourceTree.directory(LovdataTestData.projectDir().resolve("legal-corpus")));
        assertThat(l.entryCount()).isGreaterThan(300);
    }

    @Test
    void everydayWordsExpandToTheLawsWordsOneWay() throws IOException {
        Lexicon l = lexicon("""
                entries:
                  - everyday: [bemanningsnorm, voksentetthet]
                    legal: [pedagogisk bemanning]
                """);
        List<Lexicon.Match> m = l.match(stems("bemanningsnormen i barnehagen"));
        assertThat(m).hasSize(1);
        assertThat(m.get(0).from()).isZero();
        assertThat(m.get(0).to()).isEqualTo(1);
        assertThat(m.get(0).expansions()).extracting(e -> e.term().text())
                .containsExactlyInAnyOrder("pedagogisk bemanning", "voksentetthet");
        assertThat(l.match(stems("pedagogisk bemanning"))).isEmpty();
    }

    @Test
    void equivalentsAndNamesWorkBothWaysAndMatchFoldedAndInflected() throws IOException {
        Lexicon l = lexicon("""
                entries:
                  - equivalent: [skole, skule]
                  - old: [fylkesmannen]
                    current: [statsforvalteren]
                    changed: 2021-01-01
                """);
        assertThat(l.match(stems("skulane")).get(0).expansions()).extracting(e -> e.term().text()).containsExactly("skole");
        assertThat(l.match(stems("fylkesmannen")).get(0).expansions().get(0).relation())
                .isEqualTo(Lexicon.Relation.OLD_TO_CURRENT);
        assertThat(l.match(stems("statsforvalter")).get(0).expansions().get(0).relation())
                .isEqualTo(Lexicon.Relation.CURRENT_TO_OLD);
    }

    @Test
    void longestTermWins() throws IOException {
        Lexicon l = lexicon("""
                entries:
                  - everyday: [vurdering]
                    legal: [sluttvurdering]
                  - everyday: [karakterfri vurdering]
                    legal: [halvårsvurdering]
                """);
        List<Lexicon.Match> m = l.match(stems("karakterfri vurdering på ungdomsskolen"));
        assertThat(m).hasSize(1);
        assertThat(m.get(0).to()).isEqualTo(2);
    }

    @Test
    void errorsNameFileLineAndField() throws IOException {
        assertThatThrownBy(() -> lexicon("""
                # comment
                entries:
                  - equivalent: [skole, skule]
                  - everyday: [og, i]
                    legal: [opplæring]
                  - equivalent: [skolen, skole]
                  - old: [a1]
                    legal: [x]
                """)).isInstanceOf(InvalidInputException.class).satisfies(e -> {
                    List<InputProblem> p = ((InvalidInputException) e).problems();
                    assertThat(p).extracting(InputProblem::describe).anySatisfy(d -> assertThat(d)
                            .contains("legal-corpus/lexicon/test.yaml:4").contains("entries[1].everyday[0]")
                            .contains("only stop words"));
                    assertThat(p).extracting(InputProblem::describe).anySatisfy(d -> assertThat(d)
                            .contains("test.yaml:6").contains("the same as"));
                    assertThat(p).extracting(InputProblem::describe).anySatisfy(d -> assertThat(d)
                            .contains("test.yaml:7").contains("mixes 2 kinds"));
                });
    }

    @Test
    void unknownFieldsAreReportedWithTheirLine() {
        assertThatThrownBy(() -> lexicon("""
                entries:
                  - equivalent: [skole, skule]
                    synonyms: [x]
                """)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("legal-corpus/lexicon/test.yaml:").hasMessageContaining("unknown field 'synonyms'");
    }

    @Test
    void aPhraseThatIsOneWordAfterStopWordsIsAnError() {
        assertThatThrownBy(() -> lexicon("""
                entries:
                  - everyday: [si fra til barnevernet]
                    legal: [opplysningsplikt]
                """)).isInstanceOf(InvalidInputException.class).hasMessageContaining("would fire for every search");
    }

    @Test
    void aWordInTwoEquivalenceGroupsIsAnError() {
        assertThatThrownBy(() -> lexicon("""
                entries:
                  - equivalent: [skole, skule]
                  - equivalent: [skulen, grunnskule]
                """)).isInstanceOf(InvalidInputException.class).hasMessageContaining("already in the equivalence group");
    }
}
