package no.forsokssjekk.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Random;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/**
 * The norms held on the heap are the index's own: every document's value is the same, and so is every score, over
 * several segments, a field every document has and a field only some have.
 */
class NormsInHeapTest {
    private static final String[] WORDS = {"barnehage", "bemanning", "norm", "kommune", "plikt", "rett", "skole",
        "elev", "forsøk", "lærer"};

    @Test
    void gives_the_same_norms_and_the_same_scores_as_the_index() throws IOException {
        Random random = new Random(5);
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
            try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(new WhitespaceAnalyzer()).setMaxBufferedDocs(50))) {
                for (int d = 0; d < 300; d++) {
                    Document doc = new Document();
                    doc.add(new TextField("body", words(random, 1 + random.nextInt(60)), Field.Store.NO));
                    if (random.nextInt(5) == 0) doc.add(new TextField("title", words(random, 1 + random.nextInt(4)), Field.Store.NO));
                    w.addDocument(doc);
                }
            }
            try (DirectoryReader plain = DirectoryReader.open(dir); DirectoryReader inHeap = NormsInHeap.wrap(DirectoryReader.open(dir))) {
                assertThat(plain.leaves()).as("several segments").hasSizeGreaterThan(1);
                for (String field : new String[] {"body", "title"}) {
                    for (int l = 0; l < plain.leaves().size(); l++) {
                        assertSameNorms(plain.leaves().get(l), inHeap.leaves().get(l), field);
                    }
                }
                IndexSearcher a = new IndexSearcher(plain);
                IndexSearcher b = new IndexSearcher(inHeap);
                for (int round = 0; round < 200; round++) {
                    Query q = query(random);
                    TopDocs expected = a.search(q, 20);
                    TopDocs actual = b.search(q, 20);
                    assertThat(actual.scoreDocs).as("round %d: %s", round, q).hasSameSizeAs(expected.scoreDocs);
                    for (int i = 0; i < expected.scoreDocs.length; i++) {
                        ScoreDoc e = expected.scoreDocs[i];
                        ScoreDoc g = actual.scoreDocs[i];
                        assertThat(g.doc).as("round %d, hit %d", round, i).isEqualTo(e.doc);
                        assertThat(g.score).as("round %d, hit %d", round, i).isEqualTo(e.score);
                    }
                }
            }
        }
    }

    private static void assertSameNorms(LeafReaderContext plain, LeafReaderContext inHeap, String field) throws IOException {
        NumericDocValues expected = plain.reader().getNormValues(field);
        NumericDocValues actual = inHeap.reader().getNormValues(field);
        for (int doc = 0; doc < plain.reader().maxDoc(); doc++) {
            boolean has = expected.advanceExact(doc);
            assertThat(actual.advanceExact(doc)).as("%s of doc %d present", field, doc).isEqualTo(has);
            if (has) assertThat(actual.longValue()).as("%s of doc %d", field, doc).isEqualTo(expected.longValue());
        }
        // iterating gives the documents that have a value, in order
        NumericDocValues again = plain.reader().getNormValues(field);
        NumericDocValues iterated = inHeap.reader().getNormValues(field);
        for (int doc = again.nextDoc(); doc != NumericDocValues.NO_MORE_DOCS; doc = again.nextDoc()) {
            assertThat(iterated.nextDoc()).isEqualTo(doc);
            assertThat(iterated.longValue()).isEqualTo(again.longValue());
        }
        assertThat(iterated.nextDoc()).isEqualTo(NumericDocValues.NO_MORE_DOCS);
    }

    /** A few words, each the best of the body and the (boosted) title, as the search does. */
    private static Query query(Random random) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (int i = 0; i < 1 + random.nextInt(3); i++) {
            String w = WORDS[random.nextInt(WORDS.length)];
            b.add(new DisjunctionMaxQuery(java.util.List.of(new TermQuery(new Term("body", w)),
                    new BoostQuery(new TermQuery(new Term("title", w)), 2f)), 0.3f), BooleanClause.Occur.SHOULD);
        }
        return b.build();
    }

    private static String words(Random random, int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) sb.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        return sb.toString();
    }
}
