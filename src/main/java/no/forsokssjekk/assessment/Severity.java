package no.forsokssjekk.assessment;

/** How serious a finding is, most serious first. */
public enum Severity {
    /** The exemption cannot be approved as asked. */
    BLOCKER,
    /** A caseworker must look at it; the answer depends on facts or legal judgement. */
    REVIEW,
    /** Something the application must still supply. */
    MISSING_INFO,
    /** Information for the applicant and caseworker; needs no action. */
    NOTE
}
