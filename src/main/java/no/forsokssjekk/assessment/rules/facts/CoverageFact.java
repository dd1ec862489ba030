package no.forsokssjekk.assessment.rules.facts;

import no.forsokssjekk.corpus.catalogue.TrialAuthority.AuthorityKind;

/**
 * A trial authority reaches the exemption's law on the assessment date (from {@link
 * no.forsokssjekk.corpus.TrialAuthorityCoverage}, shared with search).
 *
 * @param route       how: any act (forsøksloven), the act itself, a regulation under it, or the provision named
 * @param centralOnly the authority is for the state to use, not for an applicant
 */
public record CoverageFact(int exemption, String authorityId, AuthorityKind kind, Route route, boolean centralOnly) {

    public enum Route {
        ALL_DOCUMENTS, DOCUMENT, REGULATION_UNDER, NAMED_PROVISION
    }
}
