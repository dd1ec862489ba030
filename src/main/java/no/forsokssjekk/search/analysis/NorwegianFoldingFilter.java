package no.forsokssjekk.search.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/** Applies {@link NorwegianFolding#normalise} or {@link NorwegianFolding#fold} to every token. */
final class NorwegianFoldingFilter extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final boolean fold;

    private NorwegianFoldingFilter(TokenStream in, boolean fold) {
        super(in);
        this.fold = fold;
    }

    /** ae/oe/aa → æ/ø/å (before stemming). */
    static NorwegianFoldingFilter normalising(TokenStream in) {
        return new NorwegianFoldingFilter(in, false);
    }

    /** æ/ø/å → a/o/a (after stemming). */
    static NorwegianFoldingFilter folding(TokenStream in) {
        return new NorwegianFoldingFilter(in, true);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) return false;
        char[] b = term.buffer();
        int len = term.length();
        term.setLength(fold ? NorwegianFolding.fold(b, len) : NorwegianFolding.normalise(b, len));
        return true;
    }
}
