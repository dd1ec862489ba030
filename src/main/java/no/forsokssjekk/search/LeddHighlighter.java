package no.forsokssjekk.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.CustomSeparatorBreakIterator;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Lucene's unified highlighter, set up to pick the best ledd of a § (passages break between ledd) and to hand back
 * {@link SnippetFormatter.Raw} objects, so the engine knows which ledd matched. Uses the offsets stored in the
 * postings, so it does not re-analyse the text, and reads the text from the corpus in memory. Thread-safe.
 */
final class LeddHighlighter extends UnifiedHighlighter {
    /** The text of a field of an indexed document, exactly as it was indexed. */
    @FunctionalInterface
    interface FieldText {
        String of(int doc, String field);
    }

    private final FieldText text;

    LeddHighlighter(IndexSearcher searcher, Analyzer analyzer, FieldText text) {
        super(UnifiedHighlighter.builder(searcher, analyzer)
                .withBreakIterator(() -> new CustomSeparatorBreakIterator(Fields.LEDD_SEPARATOR))
                .withFormatter(new SnippetFormatter())
                .withScorer(new LeanPassageScorer())
                .withMaxNoHighlightPassages(1)
                .withHandleMultiTermQuery(false)
                .withHighlightPhrasesStrictly(false));
        this.text = text;
    }

    /** The texts come from the corpus in memory: nothing is stored in the index, and nothing is decompressed. */
    @Override
    protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docIter, int cacheCharsThreshold)
            throws IOException {
        List<CharSequence[]> out = new ArrayList<>();
        for (int doc = docIter.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docIter.nextDoc()) {
            CharSequence[] values = new CharSequence[fields.length];
            for (int i = 0; i < fields.length; i++) values[i] = text.of(doc, fields[i]);
            out.add(values);
        }
        return out;
    }

    /**
     * Lucene's passage score (BM25 over the passage, terms summed in the order first seen), without the
     * {@code BytesRefHash} it allocates for every passage: a passage has a few matches, so a scan of the distinct
     * terms so far is cheaper than a hash with its 32 KB block, and the scores are the same.
     */
    static final class LeanPassageScorer extends PassageScorer {
        @Override
        public float score(Passage passage, int contentLength) {
            int matches = passage.getNumMatches();
            BytesRef[] terms = passage.getMatchTerms();
            int[] freqsInDoc = passage.getMatchTermFreqsInDoc();
            BytesRef[] distinct = new BytesRef[matches];
            int[] inPassage = new int[matches];
            int[] inDoc = new int[matches];
            int n = 0;
            for (int i = 0; i < matches; i++) {
                int t = 0;
                while (t < n && !distinct[t].bytesEquals(terms[i])) t++;
                if (t == n) {
                    distinct[n++] = terms[i];
                    inDoc[t] = freqsInDoc[i];
                }
                inPassage[t]++;
            }
            double score = 0;
            for (int t = 0; t < n; t++) score += tf(inPassage[t], passage.getLength()) * weight(contentLength, inDoc[t]);
            score *= norm(passage.getStartOffset());
            return (float) score;
        }
    }

    /** Per field, one {@link SnippetFormatter.Raw} (or null) for each document, in the order of {@code docIds}. */
    Map<String, Object[]> highlight(String[] fields, Query query, int[] docIds, int[] maxPassages) throws IOException {
        return highlightFieldsAsObjects(fields, query, docIds, maxPassages);
    }
}
