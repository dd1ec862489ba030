package no.forsokssjekk.assessment.rules.facts;

import no.forsokssjekk.corpus.catalogue.TrialAuthority.AuthorityKind;

/** Derived (rules/klassifisering): The authority that is the basis for an exemption (sector before forsøksloven, forsøksloven § 2). */
public record PreferredBasis(int exemption, String authorityId, AuthorityKind kind) {
    public boolean forsoksloven() {
        return kind == AuthorityKind.FORSOKSLOVEN;
    }
}
