package no.forsokssjekk.assessment;

import java.util.List;

/**
 * One thing a caseworker would raise, with the rule that found it and the legal sources it rests on.
 *
 * @param exemptionIndex the requested exemption it concerns (0-based), or null for the application as a whole
 * @param ruleId         the stable id of the rule (e.g. FORSOKSLOVEN-4-2-RIGHTS)
 * @param resolveBy      what would resolve it
 */
public record Finding(
        FindingCode code,
        Severity severity,
        Integer exemptionIndex,
        String ruleId,
        String message,
        List<SourceRef> sources,
        String resolveBy) {

    public Finding {
        sources = sources == null ? List.of() : List.copyOf(sources);
    }
}
