package no.forsokssjekk.corpus.catalogue;

/** What kind of provision this is, for the rules. See legal-corpus/README.md for the legal hook of each. */
public enum ClassificationKind {
    INDIVIDUAL_RIGHT,
    INDIVIDUAL_DUTY,
    PROCEDURAL_SAFEGUARD,
    FVL_PROCEDURE,
    KOMMUNELOV_FUNDAMENTAL,
    KOMMUNELOV_NOT_FUNDAMENTAL,
    EEA_OBLIGATION,
    INTERNATIONAL_OBLIGATION,
    CONSTITUTIONAL,
    TAX,
    CRIMINAL,
    ENABLING,
    CONFIDENTIALITY,
    PERSONAL_DATA,
    ORGANISATION,
    TASK_ALLOCATION,
    STATE_CONTROL,
    AFFECTS_CHILDREN,
    TRIAL_PROVISION
}
