package no.forsokssjekk.assessment.rules.facts;

import java.util.List;
import no.forsokssjekk.corpus.catalogue.ApplicantType;

/** Something a running scheme asks of an application, at the stages listed. */
public record SchemeRequirementFact(String schemeId, String code, String evidence, List<String> stages,
                                    List<ApplicantType> appliesToApplicants) {

    public boolean askedAt(Enum<?> stage) {
        return stages.contains(stage.name());
    }
}
