package no.forsokssjekk.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.CustomSeparatorBreakIterator;
import org.apache.lucene.search.uhighlight.FieldOffsetStrategy;
import org.apache.lucene.search.uhighlight.OffsetsEnum;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.search.uhighlight.PostingsOffsetStrategy;
import org.apache.lucene.search.uhighlight.UHComponents;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Lucene's unified highlighter, set up to pick the best ledd of a § (passages break between ledd) and to hand back
 * {@link SnippetFormatter.Raw} objects, so the engine knows which ledd matched. Uses the offsets stored in the
 * postings, so it does not re-analyse the text, and reads the text from the corpus in memory. Thread-safe.
 */
class LeddHighlighter extends UnifiedHighlighter {
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

    /** Offsets from the postings, read with one postings enum per term for all the documents of a call. */
    @Override
    protected FieldOffsetStrategy getOffsetStrategy(OffsetSource offsetSource, UHComponents components) {
        return offsetSource == OffsetSource.POSTINGS ? new ReusedPostingsOffsetStrategy(components)
                : super.getOffsetStrategy(offsetSource, components);
    }

    /**
     * Lucene's strategy opens a postings enum for every term of the query and every document highlighted; with ten
     * documents and a dozen terms that took most of the highlighting time. The documents of one call come in
     * ascending order, so one enum per term can advance from document to document instead. A strategy is made for
     * each call, so nothing is shared between threads.
     */
    static final class ReusedPostingsOffsetStrategy extends PostingsOffsetStrategy {
        private Terms terms;
        private TermsEnum termsEnum;
        private final Map<BytesRef, PostingsEnum> postings = new HashMap<>();
        private int lastDoc = -1;

        ReusedPostingsOffsetStrategy(UHComponents components) {
            super(components);
        }

        @Override
        protected void createOffsetsEnumsForTerms(BytesRef[] sourceTerms, Terms termsIndex, int doc,
                                                  List<OffsetsEnum> results) throws IOException {
            if (termsIndex != terms || doc <= lastDoc) {
                // another segment (or, never expected, documents out of order): start afresh
                terms = termsIndex;
                termsEnum = termsIndex.iterator();
                postings.clear();
            }
            lastDoc = doc;
            for (BytesRef term : sourceTerms) {
                PostingsEnum enumerated;
                if (postings.containsKey(term)) {
                    enumerated = postings.get(term);
                } else {
                    enumerated = termsEnum.seekExact(term) ? termsEnum.postings(null, PostingsEnum.OFFSETS) : null;
                    postings.put(term, enumerated);   // null: the segment does not have the term
                }
                if (enumerated == null) continue;
                int at = enumerated.docID();
                if (at < doc) at = enumerated.advance(doc);
                if (at == doc) results.add(new OffsetsEnum.OfPostings(term, enumerated));
            }
        }
    }

    /** Per field, one {@link SnippetFormatter.Raw} (or null) for each document, in the order of {@code docIds}. */
    Map<String, Object[]> highlight(String[] fields, Query query, int[] docIds, int[] maxPassages) throws IOException {
        return highlightFieldsAsObjects(fields, query, docIds, maxPassages);
    }
}
