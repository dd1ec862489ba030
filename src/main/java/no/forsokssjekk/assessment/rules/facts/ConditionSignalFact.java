package no.forsokssjekk.assessment.rules.facts;

/** The application's title, description or purpose contains words that put an authority's condition in doubt. */
public record ConditionSignalFact(String authorityId, String code, String word) {
}
