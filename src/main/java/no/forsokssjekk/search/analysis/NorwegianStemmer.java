package no.forsokssjekk.search.analysis;

import org.apache.lucene.analysis.no.NorwegianMinimalStemmer;

/**
 * Bokmål and nynorsk stemming together: Lucene's minimal Norwegian stemmer (plural and definite endings of both written
 * forms, "-ene/-ane", "-er/-ar", "-en", "-et", "-a", "-e", genitive "-s"), applied twice.
 *
 * <p>Why twice: one pass gives "plassen" → "plass" but "plass" → "plas" (the genitive rule), and "kurset" → "kurs" but
 * "kurs" → "kur". A second pass brings every form of a word to the same stem. The light stemmer was not used because
 * it over-stems ("barn" → "bar"). One ending the minimal stemmer lacks is added: the bokmål definite plural "-erne"
 * of agent nouns ("lærerne", "brukerne" → "lærer", "bruker"), except in adjectives that merely end so ("interne").
 * The input must be lower case (and may be folded: the rules use no æøå).
 */
public final class NorwegianStemmer {
    /** NorwegianLightStemmer.BOKMAAL | NorwegianLightStemmer.NYNORSK (the constants are package-private in Lucene 10). */
    private static final int BOTH_WRITTEN_FORMS = 3;
    private static final ThreadLocal<NorwegianMinimalStemmer> STEMMER =
            ThreadLocal.withInitial(() -> new NorwegianMinimalStemmer(BOTH_WRITTEN_FORMS));

    private NorwegianStemmer() {
    }

    private static final org.apache.lucene.analysis.CharArraySet ERNE_WORDS = new org.apache.lucene.analysis.CharArraySet(
            java.util.List.of("hjerne", "stjerne", "fjerne", "gjerne", "verne", "kjerne", "lanterne", "taverne",
                    "kaserne", "cisterne", "konserne"), false);
    private static final String[] ERNE_ENDINGS = {"interne", "eksterne", "moderne"};

    public static int stem(char[] s, int len) {
        NorwegianMinimalStemmer stemmer = STEMMER.get();
        if (len >= 6 && s[len - 4] == 'e' && s[len - 3] == 'r' && s[len - 2] == 'n' && s[len - 1] == 'e'
                && !endsWithException(s, len)) {
            len -= 2;
        }
        return stemmer.stem(s, stemmer.stem(s, len));
    }

    private static boolean endsWithException(char[] s, int len) {
        if (ERNE_WORDS.contains(s, 0, len)) return true;
        for (String e : ERNE_ENDINGS) {
            if (len >= e.length() && new String(s, len - e.length(), e.length()).equals(e)) return true;
        }
        return false;
    }

    public static String stem(String word) {
        char[] buf = word.toCharArray();
        return new String(buf, 0, stem(buf, buf.length));
    }
}
