package no.forsokssjekk.assessment;

/** The applicant's answer to "does the trial restrict anyone's rights or add to anyone's duties?". */
public enum EffectOnIndividuals {
    RESTRICTS_RIGHTS, EXTENDS_DUTIES, EXPANDS_RIGHTS, NONE, UNKNOWN
}
