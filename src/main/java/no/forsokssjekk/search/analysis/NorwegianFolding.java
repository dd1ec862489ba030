package no.forsokssjekk.search.analysis;

/**
 * Folds what Norwegians type without a Norwegian keyboard to one form: æ/ae/ä → a, ø/oe/ö → o, å/aa → a, and accents
 * off (é → e). "forsøk", "forsoek" and "forsok" all become "forsok". The input must be lower case.
 *
 * <p>Folding merges a few real words ("før"/"for", "bør"/"bor"); search accepts that, because users who type without
 * æøå must find the same provisions as those who do.
 */
public final class NorwegianFolding {
    private NorwegianFolding() {
    }

    public static String fold(String lowerCase) {
        char[] buf = lowerCase.toCharArray();
        int len = fold(buf, buf.length);
        return new String(buf, 0, len);
    }

    /** Folds in place; returns the new length. */
    public static int fold(char[] s, int len) {
        int out = 0;
        for (int i = 0; i < len; i++) {
            char c = s[i];
            char next = i + 1 < len ? s[i + 1] : 0;
            switch (c) {
                case 'æ', 'ä', 'á', 'à', 'â' -> c = 'a';
                case 'ø', 'ö', 'ó', 'ò', 'ô' -> c = 'o';
                case 'å' -> c = 'a';
                case 'é', 'è', 'ê', 'ë' -> c = 'e';
                case 'ü', 'ú', 'ù', 'û' -> c = 'u';
                case 'í', 'ì', 'î', 'ï' -> c = 'i';
                case 'a' -> {
                    if (next == 'e' || next == 'a') i++;       // ae → a (æ), aa → a (å)
                }
                case 'o' -> {
                    if (next == 'e') i++;                      // oe → o (ø)
                }
                default -> {
                }
            }
            s[out++] = c;
        }
        return out;
    }

    /** True when the word has a letter that folding changes (so its display form differs from the folded form). */
    public static boolean changes(String lowerCase) {
        return !fold(lowerCase).equals(lowerCase);
    }
}
