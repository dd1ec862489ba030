package no.forsokssjekk.assessment.rules.facts;

import no.forsokssjekk.corpus.catalogue.TrialAuthority.AuthorityKind;

/** Derived (rules/klassifisering): An authority is the basis of at least one exemption: its duration, conditions and applicants apply. */
public record AuthorityInUse(String authorityId, AuthorityKind kind) {
    public boolean forsoksloven() {
        return kind == AuthorityKind.FORSOKSLOVEN;
    }
}
