package no.forsokssjekk.search.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * Emits the parts of a compound after the word itself, at the same position and with the word's offsets (so a match
 * on a part highlights the whole word). Parts carry the token type {@link #PART}. Runs after folding, before stemming.
 */
final class CompoundSplitFilter extends TokenFilter {
    /** Token type of a compound part. */
    static final String PART = "compound-part";

    private final CompoundSplitter splitter;
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute posInc = addAttribute(PositionIncrementAttribute.class);
    private final TypeAttribute type = addAttribute(TypeAttribute.class);
    private String[] pending = new String[0];
    private int next;

    CompoundSplitFilter(TokenStream in, CompoundSplitter splitter) {
        super(in);
        this.splitter = splitter;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (next < pending.length) {
            term.setEmpty().append(pending[next++]);
            posInc.setPositionIncrement(0);
            type.setType(PART);
            return true;
        }
        if (!input.incrementToken()) return false;
        pending = splitter.parts(term.toString());
        next = 0;
        return true;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pending = new String[0];
        next = 0;
    }
}
