package no.forsokssjekk.assessment.rules.facts;

/** Derived (rules/klassifisering): Who decides under the authority, for this application's administration, on the assessment date. */
public record DecidedBy(String authorityId, String body) {
}
