package no.forsokssjekk.corpus.catalogue;

/**
 * How well a legal statement in the catalogue is supported, following the legal brief's legend.
 * Only VERIFIED and PARTLY_VERIFIED curated statements may ground a BLOCKER; UNVERIFIED and DERIVED give REVIEW.
 */
public enum VerificationStatus {
    /** A cited source states it. */
    VERIFIED,
    /** The text plainly says so and the conclusion is a close reading. */
    PARTLY_VERIFIED,
    /** Our own legal analysis, to be confirmed by a lawyer. */
    UNVERIFIED,
    /** Derived automatically from the law text (no curated classification exists). */
    DERIVED;

    public boolean canGroundBlocker() {
        return this == VERIFIED || this == PARTLY_VERIFIED;
    }
}
