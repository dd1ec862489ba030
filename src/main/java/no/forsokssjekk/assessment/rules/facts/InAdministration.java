package no.forsokssjekk.assessment.rules.facts;

import no.forsokssjekk.corpus.catalogue.TrialAuthority.Administration;

/** Derived (rules/klassifisering): The administration the trial takes place in: it decides who decides under forsøksloven. */
public record InAdministration(Administration value) {
}
