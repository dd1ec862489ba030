package no.forsokssjekk.corpus.lovdata;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import no.forsokssjekk.corpus.Language;
import no.forsokssjekk.corpus.Ledd;
import no.forsokssjekk.corpus.Provision;

/**
 * Tells bokmål from nynorsk by common words that differ between them ("ikke"/"ikkje", "fra"/"frå"). Lovdata's
 * {@code lang} attribute says "no" for most documents, nynorsk ones included, so this is the only way to know.
 */
final class TextLanguage {
    private static final Set<String> NYNORSK = Set.of("ikkje", "frå", "berre", "vere", "vert", "dei", "kva", "kven",
            "korleis", "eit", "ein", "hjå", "saman", "gjeld", "nokon", "noko", "medan", "heile", "mykje", "sjølv",
            "fleire");
    private static final Set<String> BOKMAL = Set.of("ikke", "fra", "bare", "være", "blir", "de", "hva", "hvem",
            "hvordan", "et", "en", "hos", "sammen", "gjelder", "noen", "noe", "mens", "hele", "mye", "selv", "flere");
    private static final int ENOUGH_TEXT = 40_000;
    private static final int MIN_MARKERS = 5;

    private TextLanguage() {
    }

    /** The written form, when at least a few marker words were seen and one form clearly dominates. */
    static Optional<Language> detect(List<Provision> provisions) {
        int nn = 0;
        int nb = 0;
        int seen = 0;
        outer:
        for (Provision p : provisions) {
            for (Ledd l : p.ledd()) {
                String text = l.plainText().toLowerCase(Locale.ROOT);
                seen += text.length();
                int start = -1;
                for (int i = 0; i <= text.length(); i++) {
                    boolean letter = i < text.length() && Character.isLetter(text.charAt(i));
                    if (letter && start < 0) start = i;
                    if (!letter && start >= 0) {
                        String w = text.substring(start, i);
                        if (NYNORSK.contains(w)) nn++;
                        else if (BOKMAL.contains(w)) nb++;
                        start = -1;
                    }
                }
                if (seen > ENOUGH_TEXT) break outer;
            }
        }
        if (nn + nb < MIN_MARKERS) return Optional.empty();
        if (nn > 2 * nb) return Optional.of(Language.NN);
        if (nb > 2 * nn) return Optional.of(Language.NB);
        return Optional.empty();
    }
}
