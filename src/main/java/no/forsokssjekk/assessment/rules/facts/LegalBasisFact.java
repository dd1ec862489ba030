package no.forsokssjekk.assessment.rules.facts;

import java.util.Map;
import no.forsokssjekk.assessment.BasisKind;
import org.kie.api.definition.rule.Rule;

/**
 * A legal basis for an exemption as a rule states it; the reason's words come from the message bundles, keyed on the
 * rule id ({@code <RULE-ID>.reason}).
 */
public record LegalBasisFact(String ruleId, int exemption, String authorityId, BasisKind kind, boolean preferred,
                             Map<String, String> values) {

    public LegalBasisFact {
        values = Map.copyOf(values);
    }

    public static LegalBasisFact of(Rule rule, int exemption, String authorityId, BasisKind kind, boolean preferred,
                                    String... keyValues) {
        return new LegalBasisFact(FindingFact.idOf(rule), exemption, authorityId, kind, preferred,
                FindingFact.pairs(keyValues));
    }
}
