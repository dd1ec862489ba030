package no.forsokssjekk.assessment.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.forsokssjekk.corpus.catalogue.Keywords;

/**
 * Finds a catalogue's signal words (bokmål and nynorsk) in free text, as whole words and case-insensitively. The words
 * are data (legal-corpus/); this only matches them. Compiled once per catalogue; thread-safe.
 */
final class SignalWords {
    static final SignalWords NONE = new SignalWords(null);

    private final Pattern pattern;

    private SignalWords(Pattern pattern) {
        this.pattern = pattern;
    }

    static SignalWords of(Keywords words) {
        if (words == null) return NONE;
        List<String> all = new ArrayList<>(words.all());
        all.removeIf(w -> w == null || w.isBlank());
        if (all.isEmpty()) return NONE;
        // longest first, so that "overføre oppgaven" wins over a shorter word it contains
        all.sort(Comparator.comparingInt(String::length).reversed());
        StringBuilder sb = new StringBuilder("(?<![\\p{L}\\p{N}])(");
        for (int i = 0; i < all.size(); i++) {
            if (i > 0) sb.append('|');
            sb.append(Pattern.quote(normalise(all.get(i))));
        }
        sb.append(")(?![\\p{L}\\p{N}])");
        return new SignalWords(Pattern.compile(sb.toString()));
    }

    boolean isEmpty() {
        return pattern == null;
    }

    /** The first signal word in the (already normalised) text, or null. */
    String find(String normalisedText) {
        if (pattern == null || normalisedText == null || normalisedText.isEmpty()) return null;
        Matcher m = pattern.matcher(normalisedText);
        return m.find() ? m.group(1) : null;
    }

    /** Lower case, one space between words: the form both the words and the texts are matched in. */
    static String normalise(String text) {
        if (text == null) return "";
        return text.toLowerCase(Locale.ROOT).replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
    }
}
