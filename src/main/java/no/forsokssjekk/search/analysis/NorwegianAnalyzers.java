package no.forsokssjekk.search.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.miscellaneous.RemoveDuplicatesTokenFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The analysis chain of the search index, the same at index and query time.
 * <ul>
 *   <li>{@link #text}: words → lower case → ae/oe/aa as æ/ø/å → stop words → compound parts → bokmål+nynorsk
 *       stemming → æ/ø/å folded to a/o/a → duplicates removed. Compounds are split before stemming, so that the parts
 *       are stemmed too ("barnehageplassen" → barnehageplas, barnehag, plas).</li>
 * </ul>
 */
public final class NorwegianAnalyzers {
    private NorwegianAnalyzers() {
    }

    public static Analyzer text(CompoundSplitter splitter) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream ts = new LowerCaseFilter(source);
                ts = NorwegianFoldingFilter.normalising(ts);
                ts = new StopFilter(ts, StopWords.set());
                ts = new CompoundSplitFilter(ts, splitter);
                ts = new NorwegianStemFilter(ts);
                ts = NorwegianFoldingFilter.folding(ts);
                ts = new RemoveDuplicatesTokenFilter(ts);
                return new TokenStreamComponents(source, ts);
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return NorwegianFoldingFilter.folding(new LowerCaseFilter(in));
            }
        };
    }

    /** The words of a text as the text chain sees them (stems, no compound parts), in order. */
    public static java.util.List<String> words(Analyzer analyzer, String text) {
        java.util.List<String> out = new java.util.ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("", text)) {
            var term = ts.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
            var type = ts.addAttribute(org.apache.lucene.analysis.tokenattributes.TypeAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                if (!isCompoundPart(type.type())) out.add(term.toString());
            }
            ts.end();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out;
    }

    /** True when a token of the text chain is a compound part rather than a word of the text. */
    public static boolean isCompoundPart(String tokenType) {
        return CompoundSplitFilter.PART.equals(tokenType);
    }
}
