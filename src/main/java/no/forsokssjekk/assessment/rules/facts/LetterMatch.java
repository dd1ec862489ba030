package no.forsokssjekk.assessment.rules.facts;

/** Derived (rules/klassifisering): The exemption falls under a letter of a trial provision (forsøksloven § 3 første ledd), by kind or by words. */
public record LetterMatch(int exemption, String authorityId, String letter, boolean bySignal) {
}
