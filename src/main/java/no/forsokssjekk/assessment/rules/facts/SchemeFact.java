package no.forsokssjekk.assessment.rules.facts;

import java.util.List;
import no.forsokssjekk.corpus.catalogue.ApplicantType;

/** A government trial scheme that runs on the assessment date, and the applicant types it is for. */
public record SchemeFact(String id, List<ApplicantType> applicants) {
}
