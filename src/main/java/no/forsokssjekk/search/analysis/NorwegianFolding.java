package no.forsokssjekk.search.analysis;

/**
 * The two steps that make æ/ø/å typing variants meet. Input must be lower case.
 * <ol>
 *   <li>{@link #normalise}, before stemming: what is typed for æ/ø/å without a Norwegian keyboard becomes the letter
 *       ("ae" → æ, "oe" → ø, "aa" → å, ä → æ, ö → ø) and accents go (é → e). "fravaer" becomes "fravær", so the
 *       stemmer sees the real word.</li>
 *   <li>{@link #fold}, after stemming: æ → a, ø → o, å → a, so that "forsok" typed with plain letters meets "forsøk".
 *       Folding after stemming keeps the stemmer from reading "-år" as the nynorsk ending "-ar" ("skoleår" is not
 *       "skole").</li>
 * </ol>
 * Both merge a few real words ("før"/"for", "poeng"/"pøng"); search accepts that, because users who type without æøå
 * must find the same provisions as those who do.
 */
public final class NorwegianFolding {
    private NorwegianFolding() {
    }

    public static String normalise(String lowerCase) {
        char[] buf = lowerCase.toCharArray();
        return new String(buf, 0, normalise(buf, buf.length));
    }

    /** ae → æ, oe → ø, aa → å, ä → æ, ö → ø, accents off; in place, returns the new length. */
    public static int normalise(char[] s, int len) {
        int out = 0;
        for (int i = 0; i < len; i++) {
            char c = s[i];
            char next = i + 1 < len ? s[i + 1] : 0;
            switch (c) {
                case 'a' -> {
                    if (next == 'e') {
                        c = 'æ';
                        i++;
                    } else if (next == 'a') {
                        c = 'å';
                        i++;
                    }
                }
                case 'o' -> {
                    if (next == 'e') {
                        c = 'ø';
                        i++;
                    }
                }
                case 'ä' -> c = 'æ';
                case 'ö' -> c = 'ø';
                case 'á', 'à', 'â' -> c = 'a';
                case 'ó', 'ò', 'ô' -> c = 'o';
                case 'é', 'è', 'ê', 'ë' -> c = 'e';
                case 'ü', 'ú', 'ù', 'û' -> c = 'u';
                case 'í', 'ì', 'î', 'ï' -> c = 'i';
                default -> {
                }
            }
            s[out++] = c;
        }
        return out;
    }

    public static String fold(String lowerCase) {
        char[] buf = lowerCase.toCharArray();
        return new String(buf, 0, fold(buf, buf.length));
    }

    /** Normalises, then æ → a, ø → o, å → a; in place, returns the new length. */
    public static int fold(char[] s, int len) {
        len = normalise(s, len);
        for (int i = 0; i < len; i++) {
            switch (s[i]) {
                case 'æ', 'å' -> s[i] = 'a';
                case 'ø' -> s[i] = 'o';
                default -> {
                }
            }
        }
        return len;
    }
}
