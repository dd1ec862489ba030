package no.forsokssjekk.assessment.rules.facts;

/** Derived (rules/klassifisering): An applicant is not among those the authority lets apply. */
public record NotEligible(String authorityId, int applicant) {
}
