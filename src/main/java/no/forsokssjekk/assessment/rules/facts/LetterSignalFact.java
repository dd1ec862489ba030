package no.forsokssjekk.assessment.rules.facts;

/** The application's words point to a letter of a trial provision for this exemption (matched against catalogue data). */
public record LetterSignalFact(int exemption, String authorityId, String letter, String word) {
}
