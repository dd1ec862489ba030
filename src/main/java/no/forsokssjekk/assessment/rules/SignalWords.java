package no.forsokssjekk.assessment.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import no.forsokssjekk.corpus.catalogue.Keywords;

/**
 * Finds a catalogue's signal words (bokmål and nynorsk) in free text, as whole words and case-insensitively. The words
 * are data (legal-corpus/); this only matches them. Prepared once per catalogue; thread-safe.
 */
final class SignalWords {
    static final SignalWords NONE = new SignalWords(List.of());

    /** Normalised words, longest first, so that "overføre oppgaven" is reported before a shorter word it contains. */
    private final List<String> words;

    private SignalWords(List<String> words) {
        this.words = words;
    }

    static SignalWords of(Keywords keywords) {
        if (keywords == null) return NONE;
        List<String> all = new ArrayList<>();
        for (String w : keywords.all()) {
            String n = normalise(w);
            if (!n.isEmpty() && !all.contains(n)) all.add(n);
        }
        if (all.isEmpty()) return NONE;
        all.sort(Comparator.comparingInt(String::length).reversed());
        return new SignalWords(List.copyOf(all));
    }

    boolean isEmpty() {
        return words.isEmpty();
    }

    /** The first signal word (longest first) that occurs as a whole word in the normalised text, or null. */
    String find(String normalisedText) {
        if (words.isEmpty() || normalisedText == null || normalisedText.isEmpty()) return null;
        for (String w : words) {
            int from = 0;
            while (true) {
                int at = normalisedText.indexOf(w, from);
                if (at < 0) break;
                int end = at + w.length();
                if ((at == 0 || !Character.isLetterOrDigit(normalisedText.charAt(at - 1)))
                        && (end == normalisedText.length() || !Character.isLetterOrDigit(normalisedText.charAt(end)))) {
                    return w;
                }
                from = at + 1;
            }
        }
        return null;
    }

    /** Lower case, one space between words: the form both the words and the texts are matched in. */
    static String normalise(String text) {
        if (text == null || text.isEmpty()) return "";
        StringBuilder sb = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00a0') {
                space = sb.length() > 0;
            } else {
                if (space) sb.append(' ');
                space = false;
                sb.append(c);
            }
        }
        return sb.toString().toLowerCase(Locale.ROOT);
    }
}
