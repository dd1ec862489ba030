package no.forsokssjekk.assessment;

/** The finding codes of the JSON contract. The names are fixed; new codes may be added, none renamed. */
public enum FindingCode {
    NO_EXEMPTION_NEEDED,
    NO_LEGAL_BASIS,
    APPLICANT_NOT_ELIGIBLE,
    KOMMUNELOV_CORE,
    FVL_PROCEDURE,
    PROCEDURAL_SAFEGUARD,
    RIGHTS_RESTRICTION,
    EEA_OBLIGATION,
    INTERNATIONAL_OBLIGATION,
    CONSTITUTION,
    OUT_OF_SCOPE,
    DURATION,
    SCALE,
    SECTOR_CONDITIONS,
    CHILD_IMPACT,
    PERSONAL_DATA,
    CONFIDENTIALITY,
    MISSING_PROVISION,
    UNKNOWN_PROVISION,
    PROVISION_NOT_IN_FORCE,
    MISSING_EVALUATION,
    MISSING_COUNCIL_RESOLUTION,
    MISSING_LOCAL_REGULATION,
    MISSING_HEARING,
    MISSING_EMPLOYEE_INVOLVEMENT,
    MISSING_REPLACEMENT_RULES,
    PURPOSE,
    CENTRAL_INITIATIVE_ONLY,
    NO_FUNDING,
    AMENDMENT_PENDING,
    /** The corpus holds the law as of its dataset date, which differs from the assessment date. */
    CORPUS_DATE,
    /** A sector trial provision is preferred; forsøksloven may also be available (forsøksloven § 2). */
    ALTERNATIVE_BASIS,
    /** Who decides the application under each authority, on the assessment date. */
    DECISION_MAKER,
    /** One exemption cites several §§; only the first is assessed, so each should be its own exemption. */
    SEVERAL_PROVISIONS
}
