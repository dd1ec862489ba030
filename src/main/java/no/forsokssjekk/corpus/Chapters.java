package no.forsokssjekk.corpus;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The chapters of a law, as its own text numbers them: "opplæringslova kapittel 14" is the §§ under the heading
 * "Kapittel 14 …" in Lovdata's text; "barnehageloven kap. VI" or "kap. 6" the §§ under "Kapittel VI. …". Without
 * Lovdata's text, a § numbered chapter-and-section ("§ 14-3") is in chapter 14. Used by search (to list a chapter)
 * and by the assessment (to name the §§ of a chapter an application cites).
 */
public final class Chapters {
    private static final Pattern HEADING = Pattern.compile(
            "(?i)kap(?:ittel|\\.)?\\s*(\\d{1,3}\\s?[a-z]?|[ivxlc]{1,6})(?![\\p{L}\\d])");
    private static final String[] ROMAN = {"", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi",
            "xii", "xiii", "xiv", "xv", "xvi", "xvii", "xviii", "xix", "xx", "xxi", "xxii", "xxiii", "xxiv", "xxv"};

    private Chapters() {
    }

    /** Whether a § lies in the chapter: by the text's chapter headings, else by its chapter-and-section number. */
    public static boolean contains(ProvisionInfo p, String chapter) {
        Set<String> names = names(chapter);
        Optional<Provision> text = p.lovdataText();
        if (text.isPresent() && !text.get().chapterPath().isEmpty()) {
            for (String heading : text.get().chapterPath()) {
                Matcher m = HEADING.matcher(heading);
                if (m.lookingAt() && names.contains(m.group(1).toLowerCase(Locale.ROOT).replace(" ", ""))) return true;
            }
            return false;
        }
        String label = p.id().label().toLowerCase(Locale.ROOT);
        return names.stream().anyMatch(n -> label.startsWith("§" + n + "-"));
    }

    /** The §§ of a document's chapter, in the law's order; empty when the chapter is not found. */
    public static List<ProvisionInfo> sections(Corpus corpus, String documentKey, String chapter) {
        List<ProvisionInfo> out = new ArrayList<>();
        for (ProvisionInfo p : corpus.provisionsOf(documentKey)) if (contains(p, chapter)) out.add(p);
        return out;
    }

    /** "6" → {6, vi}; "vi" → {vi, 6}: laws number chapters either way, and users type either. */
    public static Set<String> names(String chapter) {
        String c = chapter.toLowerCase(Locale.ROOT).replace(" ", "");
        Set<String> out = new LinkedHashSet<>();
        out.add(c);
        if (c.matches("\\d+")) {
            int n = Integer.parseInt(c);
            if (n > 0 && n < ROMAN.length) out.add(ROMAN[n]);
        } else {
            for (int i = 1; i < ROMAN.length; i++) if (ROMAN[i].equals(c)) out.add(String.valueOf(i));
        }
        return out;
    }

    /** How the chapter is written in a citation: "14", "VI" (roman numbers in capitals, as the laws write them). */
    public static String display(String chapter) {
        String c = chapter.replace(" ", "");
        return c.matches("(?i)[ivxlc]+") ? c.toUpperCase(Locale.ROOT) : c.toLowerCase(Locale.ROOT);
    }
}
