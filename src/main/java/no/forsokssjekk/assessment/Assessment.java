package no.forsokssjekk.assessment;

import java.time.LocalDate;
import java.util.List;
import no.forsokssjekk.corpus.Language;

/** The result of a pre-assessment: the output of the JSON contract (docs/contract.md). */
public record Assessment(
        Outcome outcome,
        List<ExemptionAssessment> exemptions,
        List<Finding> findings,
        Versions versions,
        LocalDate assessmentDate,
        Language language,
        List<TraceEntry> trace) {

    public Assessment {
        exemptions = List.copyOf(exemptions);
        findings = List.copyOf(findings);
        trace = trace == null ? List.of() : List.copyOf(trace);
    }
}
