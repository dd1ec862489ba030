package no.forsokssjekk.assessment.rules.facts;

import java.util.List;
import no.forsokssjekk.corpus.catalogue.ApplicantType;
import no.forsokssjekk.corpus.catalogue.TrialAuthority.ConditionBasis;
import no.forsokssjekk.corpus.catalogue.VerificationStatus;
import org.kie.api.definition.type.ClassReactive;

/**
 * One of a trial authority's own conditions (opplæringslova § 29-3: ethically sound, well founded …), as catalogue
 * data, with the application field that shows it.
 */
@ClassReactive
public record ConditionFact(String authorityId, String code, String evidence, ConditionBasis basis,
                            List<ApplicantType> appliesToApplicants, VerificationStatus verification) {

    public boolean statutory() {
        return basis == ConditionBasis.STATUTE;
    }
}
