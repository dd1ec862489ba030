package no.forsokssjekk.corpus;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Formats citations with the law's own numbering: "forsøksloven § 4 første ledd bokstav b",
 * "opplæringslova § 29-3", "barnevernsloven § 15-13 andre ledd", "sosialtjenesteloven § 18 andre ledd nr. 3".
 */
public final class Citations {
    private static final List<String> ORDINALS_NB = List.of("første", "andre", "tredje", "fjerde", "femte", "sjette",
            "sjuende", "åttende", "niende", "tiende", "ellevte", "tolvte");
    private static final List<String> ORDINALS_NN = List.of("første", "andre", "tredje", "fjerde", "femte", "sjette",
            "sjuande", "åttande", "niande", "tiande", "ellevte", "tolvte");
    private static final Pattern TRAILING_LETTER = Pattern.compile("^§(\\d+(?:-\\d+)*)([a-zæøå])$");

    private Citations() {
    }

    /** "§4" → "§ 4"; "§6a" → "§ 6 a"; "§2-2a" → "§ 2-2 a"; "§15A-1" → "§ 15A-1"; other labels unchanged. */
    public static String displayLabel(String label) {
        Matcher m = TRAILING_LETTER.matcher(label);
        if (m.matches()) return "§ " + m.group(1) + " " + m.group(2);
        if (label.startsWith("§")) return "§ " + label.substring(1);
        return label;
    }

    public static String ordinal(int n, Language language) {
        List<String> words = language == Language.NN ? ORDINALS_NN : ORDINALS_NB;
        return n >= 1 && n <= words.size() ? words.get(n - 1) : n + ".";
    }

    /** The full citation of an id, with the document's citation name. */
    public static String cite(ProvisionId id, DocumentInfo document, String displayNumber, Language language) {
        StringBuilder sb = new StringBuilder(document.citationName()).append(' ').append(displayNumber);
        id.ledd().ifPresent(l -> sb.append(' ').append(ordinal(l, language)).append(" ledd"));
        id.bokstav().ifPresent(b -> sb.append(" bokstav ").append(b.toLowerCase(java.util.Locale.ROOT)));
        id.nr().ifPresent(n -> sb.append(" nr. ").append(n));
        return sb.toString();
    }
}
