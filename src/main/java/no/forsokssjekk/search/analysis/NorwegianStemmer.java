package no.forsokssjekk.search.analysis;

import org.apache.lucene.analysis.no.NorwegianMinimalStemmer;

/**
 * Bokmål and nynorsk stemming together: Lucene's minimal Norwegian stemmer (plural and definite endings of both written
 * forms, "-ene/-ane", "-er/-ar", "-en", "-et", "-a", "-e", genitive "-s"), applied twice.
 *
 * <p>Why twice: one pass gives "plassen" → "plass" but "plass" → "plas" (the genitive rule), and "kurset" → "kurs" but
 * "kurs" → "kur". A second pass brings every form of a word to the same stem. The light stemmer was not used because
 * it over-stems ("barn" → "bar"). The input must be lower case (and may be folded: the rules use no æøå).
 */
public final class NorwegianStemmer {
    /** NorwegianLightStemmer.BOKMAAL | NorwegianLightStemmer.NYNORSK (the constants are package-private in Lucene 10). */
    private static final int BOTH_WRITTEN_FORMS = 3;
    private static final ThreadLocal<NorwegianMinimalStemmer> STEMMER =
            ThreadLocal.withInitial(() -> new NorwegianMinimalStemmer(BOTH_WRITTEN_FORMS));

    private NorwegianStemmer() {
    }

    public static int stem(char[] s, int len) {
        NorwegianMinimalStemmer stemmer = STEMMER.get();
        return stemmer.stem(s, stemmer.stem(s, len));
    }

    public static String stem(String word) {
        char[] buf = word.toCharArray();
        return new String(buf, 0, stem(buf, buf.length));
    }
}
