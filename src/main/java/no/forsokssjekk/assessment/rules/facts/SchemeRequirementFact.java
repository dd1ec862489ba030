package no.forsokssjekk.assessment.rules.facts;

import java.util.List;
import no.forsokssjekk.corpus.catalogue.ApplicantType;
import org.kie.api.definition.type.ClassReactive;

/** Something a running scheme asks of an application, at the stages listed. */
@ClassReactive
public record SchemeRequirementFact(String schemeId, String code, String evidence, List<String> stages,
                                    List<ApplicantType> appliesToApplicants) {

    public boolean askedAt(Enum<?> stage) {
        return stages.contains(stage.name());
    }
}
