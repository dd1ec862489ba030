package no.forsokssjekk.search;

import java.io.IOException;
import java.util.Map;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.CustomSeparatorBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Lucene's unified highlighter, set up to pick the best ledd of a § (passages break between ledd) and to hand back
 * {@link SnippetFormatter.Raw} objects, so the engine knows which ledd matched. Uses the offsets stored in the
 * postings, so it does not re-analyse the text. Thread-safe.
 */
final class LeddHighlighter extends UnifiedHighlighter {
    LeddHighlighter(IndexSearcher searcher, Analyzer analyzer) {
        super(UnifiedHighlighter.builder(searcher, analyzer)
                .withBreakIterator(() -> new CustomSeparatorBreakIterator(Fields.LEDD_SEPARATOR))
                .withFormatter(new SnippetFormatter())
                .withMaxNoHighlightPassages(1)
                .withHandleMultiTermQuery(false)
                .withHighlightPhrasesStrictly(false));
    }

    /** Per field, one {@link SnippetFormatter.Raw} (or null) for each document, in the order of {@code docIds}. */
    Map<String, Object[]> highlight(String[] fields, Query query, int[] docIds, int[] maxPassages) throws IOException {
        return highlightFieldsAsObjects(fields, query, docIds, maxPassages);
    }
}
