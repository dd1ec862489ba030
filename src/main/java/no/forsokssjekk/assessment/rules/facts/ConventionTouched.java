package no.forsokssjekk.assessment.rules.facts;

/** Derived (rules/klassifisering): The trial touches an incorporated convention (exemption null: the application as a whole). */
public record ConventionTouched(String conventionId, Integer exemption) {
}
