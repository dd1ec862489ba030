package no.forsokssjekk.assessment.rules.facts;

import no.forsokssjekk.corpus.catalogue.TrialAuthority.AuthorityKind;

/**
 * A trial authority reaches the exemption's law on the assessment date (from {@link
 * no.forsokssjekk.corpus.TrialAuthorityCoverage}, shared with search).
 *
 * @param route       how: any act (forsøksloven), the act itself, a regulation under it, the provision named, or
 *                    the application's words showing the trial is of the authority's subject
 * @param centralOnly the authority is for the state to use, not for an applicant
 */
public record CoverageFact(int exemption, String authorityId, AuthorityKind kind, Route route, boolean centralOnly) {

    public enum Route {
        ALL_DOCUMENTS, DOCUMENT, REGULATION_UNDER, NAMED_PROVISION, SUBJECT;

        /** The authority reaches this very exemption, not only its act: named, or the trial is of its subject. */
        public boolean specific() {
            return this == NAMED_PROVISION || this == SUBJECT;
        }
    }
}
