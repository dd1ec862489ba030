package no.forsokssjekk.assessment.rules.facts;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.forsokssjekk.assessment.FindingCode;
import no.forsokssjekk.assessment.Severity;
import org.kie.api.definition.rule.Rule;

/**
 * A finding as a rule asserts it: code, severity, the rule that found it (its id and legal source come from the
 * rule's metadata), the provisions it rests on, and values for the message texts. The words of the message come
 * from the message bundles (rules/messages), keyed on the rule id.
 *
 * <p>Values with these keys are turned into text in the application's language when the finding is rendered:
 * {@code authority} (a trial authority id → its citation, subject and decision maker), {@code conditions} (condition
 * codes of that authority, comma-separated → their texts), {@code scheme} and {@code requirement}, {@code convention},
 * {@code provisions} (ids → citations) and {@code exemptions} (indices → the applicant's inputs).
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
        return new FindingFact(code, severity, exemptionIndex, idOf(rule), sources, values);
    }

    public static FindingFact of(Rule rule, FindingCode code, Severity severity, Integer exemptionIndex,
                                 List<String> sources) {
        return of(rule, code, severity, exemptionIndex, sources, Map.of());
    }

    /** With message values as key, value, key, value … (null values are left out). */
    public static FindingFact of(Rule rule, FindingCode code, Severity severity, Integer exemptionIndex,
                                 List<String> sources, String... keyValues) {
        return of(rule, code, severity, exemptionIndex, sources, pairs(keyValues));
    }

    static String idOf(Rule rule) {
        Object id = rule.getMetaData().get("id");
        return id == null ? rule.getName() : id.toString();
    }

    static Map<String, String> pairs(String... keyValues) {
        if (keyValues.length % 2 != 0) throw new IllegalArgumentException("key/value pairs expected");
        Map<String, String> m = new HashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            if (keyValues[i + 1] != null) m.put(keyValues[i], keyValues[i + 1]);
        }
        return m;
    }
}
