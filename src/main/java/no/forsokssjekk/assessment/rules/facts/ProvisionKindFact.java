package no.forsokssjekk.assessment.rules.facts;

import no.forsokssjekk.corpus.catalogue.ClassificationKind;
import no.forsokssjekk.corpus.catalogue.VerificationStatus;

/**
 * What kind of provision an exemption concerns, from the catalogue's curated classification or, where there is none,
 * derived from the law text. Only classifications of the cited part (or of the whole §) are inserted.
 *
 * @param source  the classification's own source (citation or URL), for messages
 * @param enables for ENABLING: what the provision already allows
 */
public record ProvisionKindFact(int exemption, ClassificationKind kind, VerificationStatus status, String appliesTo,
                                String source, String enables) {

    /** A curated VERIFIED or PARTLY_VERIFIED classification: it may ground a BLOCKER. */
    public boolean groundsBlocker() {
        return status.canGroundBlocker();
    }

    public boolean derived() {
        return status == VerificationStatus.DERIVED;
    }
}
