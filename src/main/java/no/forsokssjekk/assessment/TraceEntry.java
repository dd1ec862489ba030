package no.forsokssjekk.assessment;

import java.util.List;

/**
 * One step of the assessment's legal reasoning: a rule that fired, the legal source it encodes (from the rule's
 * metadata) and what it concerned. The trace is part of the assessment's JSON, for review and long-term storage.
 */
public record TraceEntry(String ruleId, String source, Integer exemptionIndex, List<String> facts) {
    public TraceEntry {
        facts = facts == null ? List.of() : List.copyOf(facts);
    }
}
