package no.forsokssjekk.assessment.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import no.forsokssjekk.assessment.Application;
import no.forsokssjekk.assessment.Assessment;
import no.forsokssjekk.assessment.Assessor;
import no.forsokssjekk.assessment.BasisKind;
import no.forsokssjekk.assessment.ExemptionAssessment;
import no.forsokssjekk.assessment.Finding;
import no.forsokssjekk.assessment.LegalBasis;
import no.forsokssjekk.assessment.Outcome;
import no.forsokssjekk.assessment.ProvisionRef;
import no.forsokssjekk.assessment.TraceEntry;
import no.forsokssjekk.assessment.Versions;
import no.forsokssjekk.assessment.rules.facts.DecidedBy;
import no.forsokssjekk.assessment.rules.facts.FindingFact;
import no.forsokssjekk.assessment.rules.facts.LegalBasisFact;
import no.forsokssjekk.assessment.rules.facts.LetterFact;
import no.forsokssjekk.assessment.rules.facts.LetterMatch;
import no.forsokssjekk.citation.CitationResolver;
import no.forsokssjekk.corpus.Corpus;
import no.forsokssjekk.corpus.DocumentInfo;
import no.forsokssjekk.corpus.Language;
import no.forsokssjekk.corpus.ProvisionId;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;

/**
 * Runs the Drools rules for one application: the facts are built (each exemption resolved through the one citation
 * parser on the assessment date), inserted into a fresh session on the shared rule base, the rules fire (classification
 * first, by insertLogical; then the decisions), and what they assert becomes the contract's {@link Assessment}: legal
 * bases per exemption, findings with messages from the bundles, and the trace of every rule that fired.
 */
public final class DroolsAssessor implements Assessor {
    private final RuleBase ruleBase;
    private final Versions versions;
    private final FactBuilder facts;
    private final FindingRenderer renderer;
    /**
     * Sessions on the shared rule base. Each assessment takes a session that holds nothing of any other assessment;
     * giving it back resets it, which spares a new session's node memories (most of a session's cost on a rule base
     * of this size). Thread-safe.
     */
    private final KieSessionsPool sessions;

    public DroolsAssessor(RuleBase ruleBase, Corpus corpus, CitationResolver citations, Versions versions) {
        this(ruleBase, corpus, citations, versions, no.forsokssjekk.assessment.ProvisionSuggestions.NONE);
    }

    /** With suggestions for an exemption whose provision cannot be identified (the engine's search). */
    public DroolsAssessor(RuleBase ruleBase, Corpus corpus, CitationResolver citations, Versions versions,
                          no.forsokssjekk.assessment.ProvisionSuggestions suggestions) {
        this.ruleBase = ruleBase;
        this.versions = versions;
        MessageBundle messages = MessageBundle.load(ruleBase.source());
        RuleTexts.require(ruleBase, messages);
        this.facts = new FactBuilder(corpus, citations);
        this.renderer = new FindingRenderer(corpus, facts, messages, suggestions);
        this.sessions = ruleBase.kieBase().newKieSessionsPool(Runtime.getRuntime().availableProcessors());
    }

    @Override
    public Assessment assess(Application application) {
        FactBuilder.Prepared prepared = facts.prepare(application);
        // a rule may assert the same finding once per matching fact: equal findings are one finding
        Set<FindingFact> asserted = new LinkedHashSet<>();
        Set<LegalBasisFact> bases = new LinkedHashSet<>();
        List<LetterMatch> letters = new ArrayList<>();
        List<LetterFact> letterOrder = new ArrayList<>();
        Map<String, List<String>> decidedBy = new LinkedHashMap<>();
        TraceListener trace = new TraceListener();
        KieSession session = sessions.newKieSession();
        try {
            session.addEventListener(trace);
            for (Object f : prepared.facts()) session.insert(f);
            session.fireAllRules();
            for (Object o : session.getObjects()) {
                if (o instanceof FindingFact f) asserted.add(f);
                else if (o instanceof LegalBasisFact b) bases.add(b);
                else if (o instanceof LetterMatch m) letters.add(m);
                else if (o instanceof LetterFact l) letterOrder.add(l);
                else if (o instanceof DecidedBy d) {
                    List<String> bodies = decidedBy.computeIfAbsent(d.authorityId(), k -> new ArrayList<>());
                    if (!bodies.contains(d.body())) bodies.add(d.body());
                }
            }
        } finally {
            session.removeEventListener(trace);
            session.dispose(); // back to the pool, reset
        }
        FindingRenderer.Context ctx = new FindingRenderer.Context(application, prepared.exemptions(), decidedBy);
        List<Finding> findings = new ArrayList<>(asserted.size());
        for (FindingFact f : asserted) findings.add(renderer.finding(f, ctx));
        findings.sort(Comparator.comparing(Finding::severity)
                .thenComparing(f -> f.exemptionIndex() == null ? -1 : f.exemptionIndex())
                .thenComparing(Finding::code)
                .thenComparing(Finding::ruleId)
                .thenComparing(Finding::message));
        List<ExemptionAssessment> exemptions = new ArrayList<>(prepared.exemptions().size());
        for (int i = 0; i < prepared.exemptions().size(); i++) {
            FactBuilder.Resolved r = prepared.exemptions().get(i);
            List<LegalBasis> basis = new ArrayList<>();
            for (LegalBasisFact b : sortedBases(bases, i)) {
                basis.add(renderer.legalBasis(b, letterFor(i, b.authorityId(), letters, letterOrder), ctx));
            }
            exemptions.add(new ExemptionAssessment(r.request().provision(), provisionRef(r, application.language()),
                    basis));
        }
        return new Assessment(Outcome.of(findings), exemptions, findings, versions, application.assessmentDate(),
                application.language(), trace.entries());
    }

    /** Preferred first, then forsøksloven, then sector provisions, then none; by authority id within each. */
    private static List<LegalBasisFact> sortedBases(Set<LegalBasisFact> all, int exemption) {
        List<LegalBasisFact> mine = new ArrayList<>();
        for (LegalBasisFact b : all) if (b.exemption() == exemption) mine.add(b);
        mine.sort(Comparator.comparing((LegalBasisFact b) -> !b.preferred())
                .thenComparing(b -> b.kind() == BasisKind.NONE ? 2 : b.kind() == BasisKind.FORSOKSLOVEN ? 0 : 1)
                .thenComparing(b -> b.authorityId() == null ? "" : b.authorityId()));
        return mine;
    }

    /**
     * The letter to show for an exemption under an authority: one the application's words point to first, then one
     * its kind of provision falls under, each in the order of the letters in the catalogue. All matches are in the trace.
     */
    private static String letterFor(int exemption, String authorityId, List<LetterMatch> matches,
                                    List<LetterFact> order) {
        if (authorityId == null) return null;
        Map<String, Integer> rank = new HashMap<>();
        for (LetterFact l : order) if (l.authorityId().equals(authorityId)) rank.put(l.letter(), rank.size());
        LetterMatch best = null;
        for (LetterMatch m : matches) {
            if (m.exemption() != exemption || !m.authorityId().equals(authorityId)) continue;
            if (best == null || (m.bySignal() && !best.bySignal())
                    || (m.bySignal() == best.bySignal()
                    && rank.getOrDefault(m.letter(), 99) < rank.getOrDefault(best.letter(), 99))) {
                best = m;
            }
        }
        return best == null ? null : best.letter().toLowerCase(Locale.ROOT);
    }

    private ProvisionRef provisionRef(FactBuilder.Resolved r, Language language) {
        if (r.resolution().first().isEmpty()) {
            return r.resolution().documentInfo()
                    .map(d -> new ProvisionRef(d.key(), d.citationName(), "", d.title(), d.ministry().orElse(null)))
                    .orElse(null);
        }
        ProvisionId id = r.resolution().first().get();
        DocumentInfo doc = r.resolution().document();
        return new ProvisionRef(id.toString(), renderer.citation(id, language),
                r.provision() == null ? "" : r.provision().title(), doc.title(), doc.ministry().orElse(null));
    }
}
