package no.forsokssjekk.search.analysis;

import org.apache.lucene.analysis.no.NorwegianMinimalStemmer;

/**
 * Bokmål and nynorsk stemming together: Lucene's minimal Norwegian stemmer (plural and definite endings of both written
 * forms, "-ene/-ane", "-er/-ar", "-en", "-et", "-a", "-e", genitive "-s"), applied twice.
 *
 * <p>Why twice: one pass gives "plassen" → "plass" but "plass" → "plas" (the genitive rule), and "kurset" → "kurs" but
 * "kurs" → "kur". A second pass brings every form of a word to the same stem. The light stemmer was not used because
 * it over-stems ("barn" → "bar"). Two endings the minimal stemmer lacks are added: the bokmål definite plural "-erne"
 * of agent nouns ("lærerne", "brukerne" → "lærer", "bruker"), except in adjectives that merely end so ("interne");
 * and the noun ending "-else" of the law's many nominalisations, so that the noun meets its verb ("utvidelse",
 * "utvidelsen" and "utvides" → "utvid"; "avgjørelse" and "avgjøre" → "avgjør"), but not in "helse" and its compounds.
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
        len = nominalisation(s, len);
        NorwegianMinimalStemmer stemmer = STEMMER.get();
        if (len >= 6 && s[len - 4] == 'e' && s[len - 3] == 'r' && s[len - 2] == 'n' && s[len - 1] == 'e'
                && !endsWithException(s, len)) {
            len -= 2;
        }
        return stemmer.stem(s, stemmer.stem(s, len));
    }

    private static final String[] ELSE_ENDINGS = {"elsene", "elsane", "elsen", "elser", "elsar", "elsa", "else"};
    /** What must be left of a word when "-else" is taken off (so "helse" itself, and short words, keep it). */
    private static final int ELSE_MIN_ROOT = 4;

    /** "utvidelsen" → "utvid"; other words unchanged. */
    private static int nominalisation(char[] s, int len) {
        for (String e : ELSE_ENDINGS) {
            int root = len - e.length();
            if (root < ELSE_MIN_ROOT || !endsWith(s, len, e)) continue;
            if (root >= 1 && s[root - 1] == 'h') return len;   // "-helse": folkehelse, skolehelse
            return root;
        }
        return len;
    }

    private static boolean endsWith(char[] s, int len, String suffix) {
        if (len < suffix.length()) return false;
        for (int i = 0; i < suffix.length(); i++) if (s[len - suffix.length() + i] != suffix.charAt(i)) return false;
        return true;
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
