package no.forsokssjekk.assessment.rules;

import java.util.ArrayList;
import java.util.List;
import no.forsokssjekk.assessment.TraceEntry;
import no.forsokssjekk.assessment.rules.facts.ApplicantFact;
import no.forsokssjekk.assessment.rules.facts.AuthorityFact;
import no.forsokssjekk.assessment.rules.facts.ConditionFact;
import no.forsokssjekk.assessment.rules.facts.CoverageFact;
import no.forsokssjekk.assessment.rules.facts.ExemptionFact;
import no.forsokssjekk.assessment.rules.facts.LimitFact;
import no.forsokssjekk.assessment.rules.facts.LimitTouched;
import no.forsokssjekk.assessment.rules.facts.PreferredBasis;
import no.forsokssjekk.assessment.rules.facts.ProvisionKindFact;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;

/**
 * Records every rule that fires as a {@link TraceEntry}: the rule's stable id and legal source (its metadata), the
 * exemption it concerned and a short description of each fact it matched. Cheap: one small object per firing.
 */
final class TraceListener extends DefaultAgendaEventListener {
    private final List<TraceEntry> entries = new ArrayList<>(64);

    @Override
    public void afterMatchFired(AfterMatchFiredEvent event) {
        Rule rule = event.getMatch().getRule();
        List<Object> objects = event.getMatch().getObjects();
        Integer exemption = null;
        List<String> described = new ArrayList<>(objects.size());
        for (Object o : objects) {
            if (exemption == null) exemption = exemptionOf(o);
            described.add(describe(o));
        }
        Object id = rule.getMetaData().get("id");
        Object source = rule.getMetaData().get("source");
        entries.add(new TraceEntry(id == null ? rule.getName() : id.toString(),
                source == null ? "" : source.toString(), exemption, described));
    }

    List<TraceEntry> entries() {
        return entries;
    }

    private static Integer exemptionOf(Object o) {
        if (o instanceof ExemptionFact e) return e.index();
        if (o instanceof ProvisionKindFact k) return k.exemption();
        if (o instanceof CoverageFact c) return c.exemption();
        if (o instanceof PreferredBasis p) return p.exemption();
        if (o instanceof LimitTouched l) return l.exemption();
        return null;
    }

    /** "Exemption 2: LOV-2005-06-17-64/§26", "Kind 2: INDIVIDUAL_RIGHT (PARTLY_VERIFIED)" … */
    static String describe(Object o) {
        if (o instanceof ExemptionFact e) {
            return "Exemption " + e.index() + ": " + (e.provisionId() != null ? e.provisionId()
                    : e.documentKey() != null ? e.documentKey() : e.input());
        }
        if (o instanceof ProvisionKindFact k) return "Kind " + k.exemption() + ": " + k.kind() + " (" + k.status() + ")";
        if (o instanceof CoverageFact c) return "Coverage " + c.exemption() + ": " + c.authorityId() + " " + c.route();
        if (o instanceof PreferredBasis p) return "Basis " + p.exemption() + ": " + p.authorityId();
        if (o instanceof LimitTouched l) return "Limit " + l.exemption() + ": " + l.code() + " (" + l.status() + ")";
        if (o instanceof AuthorityFact a) return "Authority: " + a.id();
        if (o instanceof LimitFact l) return "Limit: " + l.authorityId() + " " + l.code();
        if (o instanceof ConditionFact c) return "Condition: " + c.authorityId() + " " + c.code();
        if (o instanceof ApplicantFact a) return "Applicant " + a.index() + ": " + a.type();
        return o.getClass().getSimpleName();
    }
}
