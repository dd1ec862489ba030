package no.forsokssjekk.assessment;

import no.forsokssjekk.corpus.catalogue.ApplicantType;

/** One participant in the application; each municipal participant's council must stand behind it. */
public record Applicant(String name, ApplicantType type, String orgNumber, CouncilResolution councilResolution) {
}
