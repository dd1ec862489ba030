package no.forsokssjekk.assessment.rules.facts;

import no.forsokssjekk.corpus.catalogue.ClassificationKind;
import no.forsokssjekk.corpus.catalogue.VerificationStatus;

/**
 * Derived (rules/klassifisering).
 * The exemption's provision falls within a limit of the authority (forsøksloven § 4), by its classification or by
 * the presumption for its act (presumed: REVIEW only).
 */
public record LimitTouched(int exemption, String authorityId, String code, ClassificationKind kind,
                           VerificationStatus status, boolean presumed) {
    public boolean groundsBlocker() {
        return !presumed && status.canGroundBlocker();
    }
}
