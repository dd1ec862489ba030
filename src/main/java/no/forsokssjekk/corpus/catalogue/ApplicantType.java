package no.forsokssjekk.corpus.catalogue;

/** Who applies: the types the JSON contract accepts, and the types a trial authority lets apply. */
public enum ApplicantType {
    MUNICIPALITY,
    COUNTY_MUNICIPALITY,
    INTERMUNICIPAL_COOPERATION,
    STATE_AGENCY,
    PRIVATE_SCHOOL,
    FOLK_HIGH_SCHOOL,
    PRIVATE_COMPANY,
    OTHER;

    /** Municipal participants whose council must stand behind a (joint) application. */
    public boolean isMunicipal() {
        return this == MUNICIPALITY || this == COUNTY_MUNICIPALITY;
    }

    /** Part of state, county or municipal administration (forsøksloven § 2). */
    public boolean isPublicAdministration() {
        return this == MUNICIPALITY || this == COUNTY_MUNICIPALITY || this == INTERMUNICIPAL_COOPERATION
                || this == STATE_AGENCY;
    }
}
