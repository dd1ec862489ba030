package no.forsokssjekk.assessment.rules.facts;

import java.util.List;
import no.forsokssjekk.corpus.catalogue.ApplicantType;
import no.forsokssjekk.corpus.catalogue.TrialAuthority.Administration;

/**
 * Who decides under an authority on the assessment date (only decision makers valid that day are inserted), and for
 * which administration and applicants (empty lists: all).
 */
public record DecisionMakerFact(String authorityId, String body, List<Administration> administrations,
                                List<ApplicantType> applicants) {
}
