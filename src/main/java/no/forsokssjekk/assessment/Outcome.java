package no.forsokssjekk.assessment;

import java.util.Collection;

/** The overall result of a pre-assessment. */
public enum Outcome {
    /** At least one BLOCKER. */
    OBSTACLES_FOUND,
    /** No BLOCKER, but at least one REVIEW or MISSING_INFO. */
    NEEDS_CLARIFICATION,
    /** Only NOTEs, or nothing. */
    NO_OBSTACLES_FOUND;

    public static Outcome of(Collection<Finding> findings) {
        if (findings.stream().anyMatch(f -> f.severity() == Severity.BLOCKER)) return OBSTACLES_FOUND;
        if (findings.stream().anyMatch(f -> f.severity() == Severity.REVIEW || f.severity() == Severity.MISSING_INFO)) {
            return NEEDS_CLARIFICATION;
        }
        return NO_OBSTACLES_FOUND;
    }
}
