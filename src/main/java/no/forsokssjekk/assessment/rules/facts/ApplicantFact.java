package no.forsokssjekk.assessment.rules.facts;

import no.forsokssjekk.corpus.catalogue.ApplicantType;

/** One applicant, with whether its council's resolution is given. */
public record ApplicantFact(int index, String name, ApplicantType type, boolean hasCouncilResolution) {

    /** A kommune or fylkeskommune: its kommunestyre or fylkesting must stand behind the application. */
    public boolean isMunicipal() {
        return type.isMunicipal();
    }
}
