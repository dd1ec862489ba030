package no.forsokssjekk.assessment.rules.facts;

import java.util.List;
import java.util.Map;
import no.forsokssjekk.assessment.FindingCode;
import no.forsokssjekk.assessment.Severity;
import org.kie.api.definition.rule.Rule;

/**
 * A finding as a rule asserts it: code, severity, the rule that found it (its id and legal source come from the
 * rule's metadata), the provisions it rests on, and values for the message texts. The words of the message come
 * from the message bundles (rules/messages), keyed on the rule id.
 */
public record FindingFact(
        FindingCode code,
        Severity severity,
        Integer exemptionIndex,
        String ruleId,
        List<String> sources,
        Map<String, String> values) {

    public FindingFact {
        sources = List.copyOf(sources);
        values = Map.copyOf(values);
    }

    /** Called from a rule's consequence: {@code insert(FindingFact.of(drools.getRule(), ...))}. */
    public static FindingFact of(Rule rule, FindingCode code, Severity severity, Integer exemptionIndex,
                                 List<String> sources, Map<String, String> values) {
        Object id = rule.getMetaData().get("id");
        return new FindingFact(code, severity, exemptionIndex, id == null ? rule.getName() : id.toString(), sources,
                values);
    }

    public static FindingFact of(Rule rule, FindingCode code, Severity severity, Integer exemptionIndex,
                                 List<String> sources) {
        return of(rule, code, severity, exemptionIndex, sources, Map.of());
    }
}
