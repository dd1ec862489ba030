package no.forsokssjekk.search.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.miscellaneous.RemoveDuplicatesTokenFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The two analysis chains of the search index, the same at index and query time.
 * <ul>
 *   <li>{@link #text}: words → lower case → stop words → folding (æ/ae → a, ø/oe → o, å/aa → a) → compound parts
 *       → bokmål+nynorsk stemming → duplicates removed. Compounds are split before stemming, so that the parts are
 *       stemmed too ("barnehageplassen" → barnehageplass, barnehag, plas).</li>
 *   <li>{@link #exact}: words → lower case → folding; no stemming, no splitting. Scores exact word forms and phrases,
 *       and is the field the spelling suggestions come from.</li>
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
                ts = new StopFilter(ts, StopWords.set());
                ts = new NorwegianFoldingFilter(ts);
                ts = new CompoundSplitFilter(ts, splitter);
                ts = new NorwegianStemFilter(ts);
                ts = new RemoveDuplicatesTokenFilter(ts);
                return new TokenStreamComponents(source, ts);
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return new NorwegianFoldingFilter(new LowerCaseFilter(in));
            }
        };
    }

    public static Analyzer exact() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source, new NorwegianFoldingFilter(new LowerCaseFilter(source)));
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return new NorwegianFoldingFilter(new LowerCaseFilter(in));
            }
        };
    }

    /** True when a token of the text chain is a compound part rather than a word of the text. */
    public static boolean isCompoundPart(String tokenType) {
        return CompoundSplitFilter.PART.equals(tokenType);
    }
}
