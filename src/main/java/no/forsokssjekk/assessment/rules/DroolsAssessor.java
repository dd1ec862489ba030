package no.forsokssjekk.assessment.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import no.forsokssjekk.assessment.Application;
import no.forsokssjekk.assessment.Assessment;
import no.forsokssjekk.assessment.Assessor;
import no.forsokssjekk.assessment.ExemptionAssessment;
import no.forsokssjekk.assessment.Finding;
import no.forsokssjekk.assessment.Outcome;
import no.forsokssjekk.assessment.ProvisionRef;
import no.forsokssjekk.assessment.RequestedExemption;
import no.forsokssjekk.assessment.SourceRef;
import no.forsokssjekk.assessment.TraceEntry;
import no.forsokssjekk.assessment.Versions;
import no.forsokssjekk.assessment.rules.facts.ApplicationFact;
import no.forsokssjekk.assessment.rules.facts.ExemptionFact;
import no.forsokssjekk.assessment.rules.facts.FindingFact;
import no.forsokssjekk.citation.CitationResolution;
import no.forsokssjekk.citation.CitationResolver;
import no.forsokssjekk.corpus.Corpus;
import no.forsokssjekk.corpus.DocumentInfo;
import no.forsokssjekk.corpus.Language;
import no.forsokssjekk.corpus.ProvisionId;
import no.forsokssjekk.corpus.ProvisionInfo;
import no.forsokssjekk.corpus.catalogue.Classification;
import no.forsokssjekk.corpus.catalogue.ClassificationKind;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;

/**
 * Runs the Drools rules for one application: resolves each exemption through the citation resolver (by the
 * assessment date), inserts the facts into a fresh session on the shared rule base, and turns the findings the rules
 * assert into the contract's {@link Assessment}, with messages from the bundles and a trace of the rules that fired.
 */
public final class DroolsAssessor implements Assessor {
    private final RuleBase ruleBase;
    private final Corpus corpus;
    private final CitationResolver citations;
    private final Versions versions;
    private final MessageBundle messages;

    public DroolsAssessor(RuleBase ruleBase, Corpus corpus, CitationResolver citations, Versions versions) {
        this.ruleBase = ruleBase;
        this.corpus = corpus;
        this.citations = citations;
        this.versions = versions;
        this.messages = MessageBundle.load(ruleBase.source());
    }

    @Override
    public Assessment assess(Application application) {
        List<Object> facts = new ArrayList<>();
        facts.add(new ApplicationFact(application));
        List<ExemptionAssessment> exemptions = new ArrayList<>();
        for (int i = 0; i < application.exemptions().size(); i++) {
            RequestedExemption e = application.exemptions().get(i);
            CitationResolution r = citations.resolve(e.provision(), application.assessmentDate());
            Optional<ProvisionInfo> info = r.first().flatMap(corpus::provision);
            Set<ClassificationKind> kinds = EnumSet.noneOf(ClassificationKind.class);
            info.ifPresent(p -> p.curatedClassifications().stream().map(Classification::kind).forEach(kinds::add));
            facts.add(new ExemptionFact(i, e, r.status(), r.existence(), r.first().map(ProvisionId::toString).orElse(null),
                    r.documentInfo().map(DocumentInfo::key).orElse(null), kinds));
            exemptions.add(new ExemptionAssessment(e.provision(), provisionRef(r, info), List.of()));
        }

        List<TraceEntry> trace = new ArrayList<>();
        KieSession session = ruleBase.kieBase().newKieSession();
        try {
            session.addEventListener(new DefaultAgendaEventListener() {
                @Override
                public void afterMatchFired(AfterMatchFiredEvent event) {
                    var rule = event.getMatch().getRule();
                    Integer index = null;
                    List<String> seen = new ArrayList<>();
                    for (Object o : event.getMatch().getObjects()) {
                        if (o instanceof ExemptionFact ef) index = ef.index();
                        seen.add(o.getClass().getSimpleName());
                    }
                    trace.add(new TraceEntry(String.valueOf(rule.getMetaData().get("id")),
                            String.valueOf(rule.getMetaData().get("source")), index, seen));
                }
            });
            facts.forEach(session::insert);
            session.fireAllRules();
            List<FindingFact> asserted = new ArrayList<>();
            for (Object o : session.getObjects(o -> o instanceof FindingFact)) asserted.add((FindingFact) o);
            List<Finding> findings = asserted.stream()
                    .map(f -> render(f, application))
                    .sorted(Comparator.comparing(Finding::severity)
                            .thenComparing(f -> f.exemptionIndex() == null ? -1 : f.exemptionIndex())
                            .thenComparing(Finding::ruleId))
                    .toList();
            return new Assessment(Outcome.of(findings), exemptions, findings, versions, application.assessmentDate(),
                    application.language(), trace);
        } finally {
            session.dispose();
        }
    }

    private ProvisionRef provisionRef(CitationResolution r, Optional<ProvisionInfo> info) {
        if (r.first().isEmpty()) return null;
        ProvisionId id = r.first().get();
        DocumentInfo doc = r.document();
        return new ProvisionRef(id.toString(), corpus.citation(id, Language.NB), info.map(ProvisionInfo::title).orElse(""),
                doc.title(), doc.ministry().orElse(null));
    }

    private Finding render(FindingFact f, Application application) {
        Language lang = application.language();
        Map<String, String> values = new HashMap<>(f.values());
        if (f.exemptionIndex() != null) {
            RequestedExemption e = application.exemptions().get(f.exemptionIndex());
            values.putIfAbsent("input", e.provision());
        }
        List<SourceRef> sources = f.sources().stream().map(s -> new SourceRef(s, cite(s, lang))).toList();
        if (!sources.isEmpty()) values.putIfAbsent("source", sources.get(0).citation());
        String message = messages.text(lang, f.ruleId() + ".message", values);
        String resolveBy = messages.text(lang, f.ruleId() + ".resolveBy", values);
        return new Finding(f.code(), f.severity(), f.exemptionIndex(), f.ruleId(),
                message != null ? message : f.code().name(), sources, resolveBy);
    }

    private String cite(String id, Language lang) {
        return ProvisionId.tryParse(id).map(p -> corpus.citation(p, lang))
                .or(() -> corpus.document(id).map(DocumentInfo::citationName))
                .orElse(id);
    }
}
