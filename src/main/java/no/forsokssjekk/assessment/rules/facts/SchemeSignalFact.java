package no.forsokssjekk.assessment.rules.facts;

/** The application's words match a scheme requirement's signals (e.g. it expects grants). */
public record SchemeSignalFact(String schemeId, String code, String word) {
}
