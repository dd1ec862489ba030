package no.forsokssjekk.testsupport;

import no.forsokssjekk.assessment.Application;
import no.forsokssjekk.contract.ContractJson;

/**
 * A preliminary application from one municipality with a single exemption and everything else in order, so that a
 * test reads only what the case is about: the provision cited, the language, the dates.
 */
public final class OneExemption {
    private OneExemption() {
    }

    public static Application application(String provision, String language, String assessmentDate, String from,
                                          String to) {
        return ContractJson.readApplication("""
                {"stage": "PRELIMINARY", "assessmentDate": "%s", "language": "%s",
                 "applicants": [{"name": "Eksempel kommune", "type": "MUNICIPALITY"}],
                 "description": "Kommunen vil prøve ut en ny organisering i en avgrenset periode.",
                 "purpose": "Bedre tjenester.", "period": {"from": "%s", "to": "%s"},
                 "exemptions": [{"provision": "%s", "effectOnIndividuals": "NONE"}],
                 "affectsChildren": false, "processesPersonalData": false,
                 "evaluationPlan": "Ekstern evaluering.", "employeeInvolvement": "Tillitsvalgte er hørt."}
                """.formatted(assessmentDate, language, from, to, provision));
    }
}
