package no.forsokssjekk.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

/** The highlighter picks the best ledd by Lucene's passage score: the lean scorer must give exactly the same score. */
class LeanPassageScorerTest {

    @Test
    void scores_every_passage_exactly_as_lucenes_passage_scorer() {
        PassageScorer lucene = new PassageScorer();
        PassageScorer lean = new LeddHighlighter.LeanPassageScorer();
        Random random = new Random(7);
        String[] terms = {"barnehag", "bemanning", "norm", "kommun", "plikt", "rett"};
        for (int round = 0; round < 500; round++) {
            Passage p = new Passage();
            int start = random.nextInt(2000);
            p.setStartOffset(start);
            int matches = random.nextInt(8);
            p.setEndOffset(start + 41 * matches + 10 + random.nextInt(200));
            int offset = start;
            for (int m = 0; m < matches; m++) {
                offset += 1 + random.nextInt(30);
                String t = terms[random.nextInt(terms.length)];
                p.addMatch(offset, offset + t.length(), new BytesRef(t), 1 + random.nextInt(5));
            }
            int contentLength = p.getEndOffset() + random.nextInt(3000);
            assertThat(lean.score(p, contentLength)).as("round " + round).isEqualTo(lucene.score(p, contentLength));
        }
    }
}
