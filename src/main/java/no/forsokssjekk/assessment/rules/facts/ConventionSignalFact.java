package no.forsokssjekk.assessment.rules.facts;

/**
 * Words that show the trial touches a convention, in the exemption's provision heading or texts (exemption set) or in
 * the application's title, description or purpose (exemption null).
 */
public record ConventionSignalFact(Integer exemption, String conventionId, String word) {
}
