package no.forsokssjekk.assessment.rules.facts;

/** Derived (rules/klassifisering): The application falls within a running scheme. */
public record InScheme(String schemeId) {
}
