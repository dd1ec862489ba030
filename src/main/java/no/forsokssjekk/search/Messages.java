package no.forsokssjekk.search;

import no.forsokssjekk.citation.CitationResolution;
import no.forsokssjekk.corpus.DocumentInfo;
import no.forsokssjekk.corpus.Language;
import no.forsokssjekk.corpus.catalogue.TrialAuthority;

/** The texts search shows users, in bokmål and nynorsk. */
final class Messages {
    private Messages() {
    }

    static String repealed(CitationResolution r, Language lang) {
        DocumentInfo doc = r.document();
        String until = doc.catalogueEntry().map(e -> e.validTo()).map(d -> " " + (lang == Language.NN ? "frå" : "fra")
                + " " + d.plusDays(1)).orElse("");
        StringBuilder sb = new StringBuilder();
        sb.append(cap(doc.citationName())).append(" (").append(doc.documentId()).append(") ")
                .append(lang == Language.NN ? "er oppheva" : "er opphevet").append(until).append('.');
        if (r.successor() != null) {
            DocumentInfo s = r.successor();
            sb.append(lang == Language.NN ? " Ho er erstatta av " : " Den er erstattet av ")
                    .append(s.citationName()).append(" (").append(s.documentId()).append(").");
            boolean renumbered = doc.catalogueEntry().map(e -> e.renumbered()).orElse(false);
            if (renumbered) {
                sb.append(lang == Language.NN ? " Paragrafane er nummererte om; søk i den nye lova etter emnet."
                        : " Paragrafene er nummerert om; søk i den nye loven etter emnet.");
            }
        }
        return sb.toString();
    }

    static String notYetInForce(CitationResolution r, Language lang) {
        DocumentInfo doc = r.document();
        return cap(doc.citationName()) + " (" + doc.documentId() + ") "
                + (lang == Language.NN ? "har ikkje teke til å gjelde enno." : "har ikke trådt i kraft ennå.");
    }

    static String noSuchProvision(CitationResolution r, Language lang) {
        String labels = String.join(", ", r.provisions().stream()
                .map(p -> no.forsokssjekk.corpus.Citations.displayLabel(p.label())).distinct().toList());
        return (lang == Language.NN ? "Fann ikkje " : "Fant ikke ") + labels + " i " + r.document().citationName()
                + (lang == Language.NN ? ". Viser treff på orda i staden." : ". Viser treff på ordene i stedet.");
    }

    static String noSuchChapter(String chapter, no.forsokssjekk.corpus.DocumentInfo doc, Language lang) {
        String c = no.forsokssjekk.corpus.Chapters.display(chapter);
        return lang == Language.NN
                ? "Fann ikkje kapittel " + c + " i " + doc.citationName() + ". Viser alle paragrafane."
                : "Fant ikke kapittel " + c + " i " + doc.citationName() + ". Viser alle paragrafene.";
    }

    static String unverified(CitationResolution r, Language lang) {
        return lang == Language.NN
                ? "Lovteksta til " + r.document().citationName() + " er ikkje lasta inn, så paragrafen kan ikkje kontrollerast."
                : "Lovteksten til " + r.document().citationName() + " er ikke lastet inn, så paragrafen kan ikke kontrolleres.";
    }

    static String spellingCorrected(String corrected, Language lang) {
        return (lang == Language.NN ? "Meinte du «" : "Mente du «") + corrected + "»?";
    }

    static String ownTrialProvision(boolean yes, Language lang) {
        if (lang == Language.NN) return yes ? "har eigen forsøksheimel" : "har ikkje eigen forsøksheimel";
        return yes ? "har egen forsøkshjemmel" : "har ikke egen forsøkshjemmel";
    }

    static String authorityNote(HitAuthority.Route route, TrialAuthority a, Language lang) {
        boolean nn = lang == Language.NN;
        return switch (route) {
            case SECTOR -> (nn ? "Forsøk etter sektorlova sin eigen heimel: " : "Forsøk etter sektorlovens egen hjemmel: ")
                    + a.citation() + ".";
            case FORSOKSLOVEN -> nn ? "Forsøk etter forsøkslova (kommunale og fylkeskommunale forsøk)."
                    : "Forsøk etter forsøksloven (kommunale og fylkeskommunale forsøk).";
            case NOT_PERMITTED -> nn
                    ? "Sakshandsamingsreglane i forvaltningslova kan ikkje fråvikast ved forsøk (forsøkslova § 4 første ledd bokstav b)."
                    : "Saksbehandlingsreglene i forvaltningsloven kan ikke fravikes ved forsøk (forsøksloven § 4 første ledd bokstav b).";
            case NONE -> nn ? "Ingen forsøksheimel dekkjer føresegna etter katalogen."
                    : "Ingen forsøkshjemmel dekker bestemmelsen etter katalogen.";
        };
    }

    private static String cap(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
