package no.forsokssjekk.corpus.catalogue;

import no.forsokssjekk.corpus.Language;

/** A text in bokmål and, where given, nynorsk. */
public record LocalizedText(String nb, String nn) {

    public static LocalizedText of(String nb, String nn) {
        return new LocalizedText(nb, nn);
    }

    /** The text in the wanted language, falling back to the other one. */
    public String in(Language language) {
        if (language == Language.NN && nn != null && !nn.isBlank()) return nn;
        if (nb != null && !nb.isBlank()) return nb;
        return nn == null ? "" : nn;
    }

    public boolean has(Language language) {
        String t = language == Language.NN ? nn : nb;
        return t != null && !t.isBlank();
    }
}
