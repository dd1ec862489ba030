package no.forsokssjekk.search.analysis;

import java.util.List;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.no.NorwegianAnalyzer;

/**
 * Words that carry no meaning for finding a provision: Lucene's Norwegian list (bokmål and some nynorsk) plus the
 * nynorsk forms it lacks and the abbreviations of running legal text. Stop words are also never split off as parts of
 * a compound ("for|søk", "til|syn", "om|sorg" are not compounds).
 */
public final class StopWords {
    private static final List<String> EXTRA = List.of(
            // nynorsk forms missing from Lucene's list
            "frå", "utan", "ikkje", "dersom", "vert", "vart", "blei", "berre", "også", "òg", "kven", "kvar", "eller",
            "mellom", "gjennom", "etter", "under", "ved", "med", "mot", "hjå", "sjølv",
            // running legal text
            "jf", "jfr", "mv", "m.v", "bl.a", "pkt", "nr", "ca", "f.eks", "o.l", "osv", "dvs",
            "må", "bør", "skal", "kan", "får", "få");
    /** Prefix particles that look like words but are not compound parts. */
    private static final List<String> PARTICLES = List.of(
            "til", "for", "fra", "fram", "frem", "over", "under", "ved", "opp", "inn", "ned", "ut", "av", "om", "på",
            "etter", "uten", "utan", "gjennom", "mot", "med", "bak", "inne", "oppe", "ute", "unn", "sam", "mis", "van",
            "all", "alle", "ein", "eit", "ett", "den", "det", "der", "her", "hva", "kva", "som", "seg", "sin", "sitt",
            "neste", "mest", "meir", "mer");
    /** Derivational endings: as the last "part" they would turn "forsvarleg" into forsvar + lege. */
    private static final List<String> SUFFIXES = List.of(
            "and", "ens", "ene", "ane", "ing", "ning", "het", "heit", "else", "lig", "leg", "lige", "isk",
            "iske", "skap", "dom", "aktig", "bar", "sam", "ande", "ende");

    private static final CharArraySet STOP;
    private static final CharArraySet NOT_A_PART;
    private static final CharArraySet SUFFIX;

    static {
        CharArraySet stop = new CharArraySet(NorwegianAnalyzer.getDefaultStopSet(), false);
        stop.addAll(EXTRA);
        STOP = CharArraySet.unmodifiableSet(stop);
        CharArraySet notPart = new CharArraySet(400, false);
        for (Object o : stop) notPart.add(new String((char[]) o));
        for (String p : PARTICLES) notPart.add(p);
        NOT_A_PART = CharArraySet.unmodifiableSet(notPart);
        SUFFIX = CharArraySet.unmodifiableSet(new CharArraySet(SUFFIXES, false));
    }

    private StopWords() {
    }

    /** Lower case, unfolded stop words (applied before folding). */
    public static CharArraySet set() {
        return STOP;
    }

    /** True when the (normalised, lower case) text is never a part of a compound. */
    public static boolean notAPart(char[] s, int off, int len) {
        return NOT_A_PART.contains(s, off, len);
    }

    public static boolean notAPart(String folded) {
        return NOT_A_PART.contains(folded);
    }

    /** True when the (normalised, lower case) text is a derivational ending, never the last part of a compound. */
    public static boolean suffix(String folded) {
        return SUFFIX.contains(folded);
    }
}
