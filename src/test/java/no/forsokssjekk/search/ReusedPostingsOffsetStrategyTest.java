package no.forsokssjekk.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.uhighlight.FieldOffsetStrategy;
import org.apache.lucene.search.uhighlight.PostingsOffsetStrategy;
import org.apache.lucene.search.uhighlight.UHComponents;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/**
 * The highlighter reads one postings enum per term for all the documents of a call. It must pick and mark exactly the
 * ledd that Lucene's own strategy (an enum per term and document) picks, whichever documents and terms are asked for,
 * over several index segments.
 */
class ReusedPostingsOffsetStrategyTest {
    private static final String[] WORDS = {"barnehage", "bemanning", "norm", "kommune", "plikt", "rett", "skole",
        "elev", "forsøk", "lærer", "vedtak", "tilsyn", "plan", "søknad", "frist"};

    @Test
    void marks_the_same_ledd_and_words_as_lucenes_own_strategy() throws IOException {
        Random random = new Random(11);
        List<String> bodies = new ArrayList<>();
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
            Analyzer analyzer = new WhitespaceAnalyzer();
            FieldType withOffsets = new FieldType();
            withOffsets.setTokenized(true);
            withOffsets.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
            withOffsets.freeze();
            try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(analyzer).setMaxBufferedDocs(40))) {
                for (int d = 0; d < 200; d++) {
                    String body = body(random);
                    bodies.add(body);
                    Document doc = new Document();
                    doc.add(new Field(Fields.BODY, body, withOffsets));
                    w.addDocument(doc);
                }
            }
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                assertThat(reader.leaves()).as("several segments").hasSizeGreaterThan(1);
                IndexSearcher searcher = new IndexSearcher(reader);
                LeddHighlighter.FieldText text = (doc, field) -> bodies.get(doc);
                LeddHighlighter reused = new LeddHighlighter(searcher, analyzer, text);
                LeddHighlighter lucenes = new LeddHighlighter(searcher, analyzer, text) {
                    @Override
                    protected FieldOffsetStrategy getOffsetStrategy(OffsetSource source, UHComponents components) {
                        return new PostingsOffsetStrategy(components);
                    }
                };
                for (int round = 0; round < 300; round++) {
                    BooleanQuery.Builder q = new BooleanQuery.Builder();
                    for (int t = 0; t < 1 + random.nextInt(4); t++) {
                        q.add(new TermQuery(new Term(Fields.BODY, WORDS[random.nextInt(WORDS.length)])),
                                BooleanClause.Occur.SHOULD);
                    }
                    TreeSet<Integer> docs = new TreeSet<>();
                    for (int k = 0; k < 1 + random.nextInt(12); k++) docs.add(random.nextInt(bodies.size()));
                    int[] ids = docs.stream().mapToInt(Integer::intValue).toArray();
                    Map<String, Object[]> ours = reused.highlight(new String[] {Fields.BODY}, q.build(), ids, new int[] {1});
                    Map<String, Object[]> theirs = lucenes.highlight(new String[] {Fields.BODY}, q.build(), ids, new int[] {1});
                    assertThat(ours.get(Fields.BODY)).as("round %d: %s in %s", round, q.build(), docs)
                            .containsExactly(theirs.get(Fields.BODY));
                }
            }
        }
    }

    /** A § of one to four ledd of random words. */
    private static String body(Random random) {
        StringBuilder sb = new StringBuilder();
        int ledd = 1 + random.nextInt(4);
        for (int l = 0; l < ledd; l++) {
            if (l > 0) sb.append(Fields.LEDD_SEPARATOR);
            int words = 3 + random.nextInt(25);
            for (int i = 0; i < words; i++) {
                if (i > 0) sb.append(' ');
                sb.append(random.nextInt(3) == 0 ? WORDS[random.nextInt(WORDS.length)] : "og");
            }
        }
        return sb.toString();
    }
}
