package no.forsokssjekk.assessment.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import no.forsokssjekk.assessment.Applicant;
import no.forsokssjekk.assessment.Application;
import no.forsokssjekk.assessment.RequestedExemption;
import no.forsokssjekk.assessment.rules.facts.ApplicantFact;
import no.forsokssjekk.assessment.rules.facts.ApplicationFact;
import no.forsokssjekk.assessment.rules.facts.AuthorityFact;
import no.forsokssjekk.assessment.rules.facts.ConditionFact;
import no.forsokssjekk.assessment.rules.facts.ConditionSignalFact;
import no.forsokssjekk.assessment.rules.facts.ConventionFact;
import no.forsokssjekk.assessment.rules.facts.ConventionSignalFact;
import no.forsokssjekk.assessment.rules.facts.CorpusFact;
import no.forsokssjekk.assessment.rules.facts.CoverageFact;
import no.forsokssjekk.assessment.rules.facts.DecisionMakerFact;
import no.forsokssjekk.assessment.rules.facts.ExemptionFact;
import no.forsokssjekk.assessment.rules.facts.LetterFact;
import no.forsokssjekk.assessment.rules.facts.LetterSignalFact;
import no.forsokssjekk.assessment.rules.facts.LimitFact;
import no.forsokssjekk.assessment.rules.facts.PendingChangeFact;
import no.forsokssjekk.assessment.rules.facts.ProvisionKindFact;
import no.forsokssjekk.assessment.rules.facts.SchemeFact;
import no.forsokssjekk.assessment.rules.facts.SchemeRequirementFact;
import no.forsokssjekk.assessment.rules.facts.SchemeSignalFact;
import no.forsokssjekk.citation.CitationResolution;
import no.forsokssjekk.citation.CitationResolver;
import no.forsokssjekk.corpus.Corpus;
import no.forsokssjekk.corpus.DerivedClassifier;
import no.forsokssjekk.corpus.DocumentInfo;
import no.forsokssjekk.corpus.LegalDocument;
import no.forsokssjekk.corpus.ProvisionId;
import no.forsokssjekk.corpus.ProvisionInfo;
import no.forsokssjekk.corpus.TrialAuthorityCoverage;
import no.forsokssjekk.corpus.catalogue.Classification;
import no.forsokssjekk.corpus.catalogue.ClassificationKind;
import no.forsokssjekk.corpus.catalogue.IncorporatedConvention;
import no.forsokssjekk.corpus.catalogue.LawEntry;
import no.forsokssjekk.corpus.catalogue.LawStatus;
import no.forsokssjekk.corpus.catalogue.TrialAuthority;
import no.forsokssjekk.corpus.catalogue.TrialScheme;

/**
 * Turns an application into the facts the rules reason on: each exemption resolved through the one citation parser on
 * the assessment date, the provision's classifications (curated, or derived from the text), the trial authorities
 * that reach it (the shared coverage data), and the catalogue's authorities, limits, conditions, schemes and
 * conventions in force that day. Everything that does not depend on the application is prepared once, here.
 */
final class FactBuilder {
    private final Corpus corpus;
    private final CitationResolver citations;
    private final TrialAuthorityCoverage coverage;
    private final DerivedClassifier classifier = new DerivedClassifier();
    private final Map<String, AuthorityData> authorities = new LinkedHashMap<>();
    private final List<SchemeData> schemes = new ArrayList<>();
    private final List<ConventionData> conventions = new ArrayList<>();
    private final Map<String, List<LegalDocument>> pendingAmendments = new HashMap<>();
    private final Optional<LocalDate> datasetDate;
    /**
     * What a citation means on a date, and what the corpus says about a provision, do not change while the engine
     * runs: remembered (bounded) so that recurring citations are resolved once.
     */
    private final Map<ResolutionKey, CitationResolution> resolutions = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<ProvisionId, ProvisionData> provisionData = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<ResolutionKey, List<TrialAuthority>> coverageOnDate = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, List<String>> furtherCitations = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int CACHE_LIMIT = 20_000;

    private record ResolutionKey(String text, LocalDate date) {
    }

    /** A provision as the corpus knows it, and its classifications (curated, or derived from the text). */
    private record ProvisionData(ProvisionInfo info, List<Classification> classifications) {
    }

    /** What an authority contributes, prepared once: its static facts and its signal words. */
    private record AuthorityData(TrialAuthority authority, AuthorityFact fact, List<Object> staticFacts,
                                 Map<String, SignalWords> letterSignals, Map<String, SignalWords> conditionSignals,
                                 SignalWords subjectSignals) {
    }

    private record SchemeData(TrialScheme scheme, SchemeFact fact, List<SchemeRequirementFact> requirements,
                              Map<String, SignalWords> signals) {
    }

    private record ConventionData(IncorporatedConvention convention, ConventionFact fact, SignalWords signals) {
    }

    /** The facts for one application, and what each exemption resolved to (for the assessment's output). */
    record Prepared(List<Object> facts, List<Resolved> exemptions) {
    }

    /** One exemption as resolved: the citation, the provision (when known) and its document. */
    record Resolved(RequestedExemption request, CitationResolution resolution, ProvisionInfo provision) {
    }

    FactBuilder(Corpus corpus, CitationResolver citations) {
        this.corpus = corpus;
        this.citations = citations;
        this.coverage = new TrialAuthorityCoverage(corpus);
        for (TrialAuthority a : corpus.catalogue().trialAuthorities()) authorities.put(a.id(), prepare(a));
        for (TrialScheme s : corpus.catalogue().schemes()) schemes.add(prepare(s));
        for (IncorporatedConvention c : corpus.catalogue().conventions()) {
            conventions.add(new ConventionData(c, new ConventionFact(c.id(), c.provision().toString(),
                    c.concerns() == null ? List.of() : c.concerns().kinds(), c.raisesOwnFinding()),
                    c.concerns() == null ? SignalWords.NONE : SignalWords.of(c.concerns().signals())));
        }
        corpus.lovdata().documents().filter(LegalDocument::pendingChange).forEach(d -> {
            for (String target : d.changesDocuments()) {
                String key = target.contains("/") ? target.substring(0, target.indexOf('/')) : target;
                pendingAmendments.computeIfAbsent(key, k -> new ArrayList<>()).add(d);
            }
        });
        this.datasetDate = corpus.lovdata().datasetDate();
    }

    private static AuthorityData prepare(TrialAuthority a) {
        List<Object> facts = new ArrayList<>();
        AuthorityFact fact = AuthorityFact.of(a);
        facts.add(fact);
        Map<String, SignalWords> letterSignals = new LinkedHashMap<>();
        if (a.covers() != null) {
            for (TrialAuthority.Letter l : a.covers().letters()) {
                facts.add(new LetterFact(a.id(), l.letter(), l.provision() == null ? null : l.provision().toString(),
                        l.classificationKinds(), l.requiresSignal(),
                        l.overridesLimits().stream().map(ProvisionId::toString).toList()));
                SignalWords w = SignalWords.of(l.signals());
                if (!w.isEmpty()) letterSignals.put(l.letter(), w);
            }
        }
        for (TrialAuthority.Limit l : a.limits()) {
            facts.add(new LimitFact(a.id(), l.code(), l.provision().toString(), l.classificationKinds(), l.rebuttedBy(),
                    l.absolute(), l.exceptForLetters(), l.documents(), l.verification()));
        }
        Map<String, SignalWords> conditionSignals = new LinkedHashMap<>();
        for (TrialAuthority.Condition c : a.conditions()) {
            facts.add(new ConditionFact(a.id(), c.code(), c.evidence(), c.basis(), c.appliesToApplicants(),
                    c.verification()));
            SignalWords w = SignalWords.of(c.signals());
            if (!w.isEmpty()) conditionSignals.put(c.code(), w);
        }
        SignalWords subject = a.covers() == null ? SignalWords.NONE : SignalWords.of(a.covers().subjectSignals());
        return new AuthorityData(a, fact, List.copyOf(facts), letterSignals, conditionSignals, subject);
    }

    private static SchemeData prepare(TrialScheme s) {
        List<SchemeRequirementFact> requirements = new ArrayList<>();
        Map<String, SignalWords> signals = new LinkedHashMap<>();
        for (TrialScheme.Requirement r : s.requirements()) {
            requirements.add(new SchemeRequirementFact(s.id(), r.code(), r.evidence(), r.stages(),
                    r.appliesToApplicants()));
            SignalWords w = SignalWords.of(r.signals());
            if (!w.isEmpty()) signals.put(r.code(), w);
        }
        return new SchemeData(s, new SchemeFact(s.id(), s.applicants()), List.copyOf(requirements), signals);
    }

    Prepared prepare(Application application) {
        LocalDate date = application.assessmentDate();
        List<Object> facts = new ArrayList<>(64);
        facts.add(new ApplicationFact(application));
        datasetDate.ifPresent(d -> facts.add(new CorpusFact(d)));
        for (int i = 0; i < application.applicants().size(); i++) {
            Applicant a = application.applicants().get(i);
            facts.add(new ApplicantFact(i, a.name(), a.type(), a.councilResolution() != null));
        }
        String applicationText = SignalWords.normalise(join(application.title(), application.description(),
                application.purpose()));
        List<TrialAuthority> onDate = corpus.catalogue().trialAuthorities(date);
        Set<String> used = new LinkedHashSet<>();
        List<Resolved> resolved = new ArrayList<>(application.exemptions().size());
        for (int i = 0; i < application.exemptions().size(); i++) {
            RequestedExemption e = application.exemptions().get(i);
            CitationResolution r = resolve(e.provision(), date);
            ProvisionId cited = r.first().orElse(null);
            ProvisionData pd = cited == null ? null : provisionData(cited);
            ProvisionInfo info = pd == null ? null : pd.info();
            resolved.add(new Resolved(e, r, info));
            DocumentInfo doc = r.document();
            String citedAuthority = cited == null ? null : citedAuthority(onDate, cited);
            ExemptionFact.LawState state = lawState(r);
            ExemptionFact fact = new ExemptionFact(i, e.provision(), e.effectOnIndividuals(), filled(e.deviation()),
                    filled(e.replacement()), r.status(), r.existence(), cited == null ? null : cited.toString(),
                    doc == null ? null : doc.key(), state, info != null && info.repealed(), citedAuthority,
                    r.status() == CitationResolution.Status.DOCUMENT_ONLY ? r.chapterCited().orElse(null) : null,
                    otherSections(r, furtherCitations(e.provision())));
            facts.add(fact);
            if (citedAuthority != null) used.add(citedAuthority);
            if (!fact.assessable()) continue;

            List<ClassificationKind> kinds = new ArrayList<>();
            if (pd != null) {
                Set<ProvisionKindFact> seen = new java.util.HashSet<>();
                for (Classification c : pd.classifications()) {
                    if (!concernsCitedPart(c, cited) || !c.validOn(date)) continue;
                    ProvisionKindFact k = new ProvisionKindFact(i, c.kind(), c.status(), c.appliesTo(), c.source(),
                            c.enables());
                    if (seen.add(k)) facts.add(k);
                    kinds.add(c.kind());
                }
            }
            String exemptionText = SignalWords.normalise(join(e.deviation(), e.replacement()));
            if (citedAuthority == null) {
                for (TrialAuthority a : covering(doc, date)) {
                    CoverageFact.Route route = a.covers().allDocuments() ? CoverageFact.Route.ALL_DOCUMENTS
                            : a.covers().documents().contains(doc.key()) ? CoverageFact.Route.DOCUMENT
                            : CoverageFact.Route.REGULATION_UNDER;
                    if (names(a, doc, cited, kinds, date) || instrumentSection(a, cited)) {
                        route = CoverageFact.Route.NAMED_PROVISION;
                    } else if (aboutSubject(authorities.get(a.id()), exemptionText, applicationText)) {
                        route = CoverageFact.Route.SUBJECT;
                    }
                    facts.add(new CoverageFact(i, a.id(), a.kind(), route, a.centralInitiativeOnly()));
                    used.add(a.id());
                }
                for (TrialAuthority a : onDate) {
                    if (!coverage.covers(a, doc) && names(a, doc, cited, kinds, date)) {
                        facts.add(new CoverageFact(i, a.id(), a.kind(), CoverageFact.Route.NAMED_PROVISION,
                                a.centralInitiativeOnly()));
                        used.add(a.id());
                    }
                }
            }
            for (String id : used) letterSignals(facts, i, authorities.get(id), exemptionText, applicationText);
            pendingChanges(facts, i, doc, cited, state, date);
            String provisionText = SignalWords.normalise(join(info == null ? null : info.title(), exemptionText));
            for (ConventionData c : conventions) {
                if (!c.convention().validOn(date)) continue;
                String word = c.signals().find(provisionText);
                if (word != null) facts.add(new ConventionSignalFact(i, c.convention().id(), word));
            }
        }
        for (String id : used) {
            AuthorityData a = authorities.get(id);
            facts.addAll(a.staticFacts());
            for (TrialAuthority.DecisionMaker d : a.authority().decisionMakersOn(date)) {
                facts.add(new DecisionMakerFact(id, d.body(),
                        d.appliesTo() == null ? List.of() : d.appliesTo().administration(),
                        d.appliesTo() == null ? List.of() : d.appliesTo().applicants()));
            }
            for (Map.Entry<String, SignalWords> s : a.conditionSignals().entrySet()) {
                String word = s.getValue().find(applicationText);
                if (word != null) facts.add(new ConditionSignalFact(id, s.getKey(), word));
            }
        }
        for (SchemeData s : schemes) {
            if (!s.scheme().validOn(date)) continue;
            facts.add(s.fact());
            facts.addAll(s.requirements());
            for (Map.Entry<String, SignalWords> w : s.signals().entrySet()) {
                String word = w.getValue().find(applicationText);
                if (word != null) facts.add(new SchemeSignalFact(s.scheme().id(), w.getKey(), word));
            }
        }
        for (ConventionData c : conventions) {
            if (!c.convention().validOn(date)) continue;
            facts.add(c.fact());
            String word = c.signals().find(applicationText);
            if (word != null) facts.add(new ConventionSignalFact(null, c.convention().id(), word));
        }
        return new Prepared(facts, resolved);
    }

    /**
     * What an exemption cites after its first §: further §§ of the act ("§§ 2-2 og 3-1": § 3-1) as ids (ledd of one §
     * are one §), then citations of other acts as typed.
     */
    private static List<String> otherSections(CitationResolution r, List<String> otherActs) {
        List<String> out = new ArrayList<>();
        if (r.status() == CitationResolution.Status.PROVISION && r.provisions().size() > 1) {
            ProvisionId first = r.provisions().get(0).section();
            for (ProvisionId p : r.provisions()) {
                String s = p.section().toString();
                if (!p.section().equals(first) && !out.contains(s)) out.add(s);
            }
        }
        // citations of other acts, as typed ("forskrift til opplæringslova § 12-19")
        for (String c : otherActs) if (!out.contains(c)) out.add(c);
        return out;
    }

    /** The citations of other acts after the first in an exemption's text, remembered like its resolution. */
    private List<String> furtherCitations(String text) {
        if (text == null) return List.of();
        if (furtherCitations.size() > CACHE_LIMIT) furtherCitations.clear();
        return furtherCitations.computeIfAbsent(text, citations::furtherCitations);
    }

    private CitationResolution resolve(String text, LocalDate date) {
        if (resolutions.size() > CACHE_LIMIT) resolutions.clear();
        return resolutions.computeIfAbsent(new ResolutionKey(text, date), k -> citations.resolve(k.text(), k.date()));
    }

    private ProvisionData provisionData(ProvisionId id) {
        if (provisionData.size() > CACHE_LIMIT) provisionData.clear();
        return provisionData.computeIfAbsent(id, k -> {
            ProvisionInfo info = corpus.provision(k).orElse(null);
            return new ProvisionData(info, info == null ? List.of() : checkedAgainstText(info));
        });
    }

    /**
     * The classifications of a §, where a curated one made against another text of the § than the one loaded from
     * Lovdata (its text hash differs: the § has been amended since a lawyer looked at it) counts as UNVERIFIED until
     * it is reviewed, so it can no longer ground a BLOCKER.
     */
    private List<Classification> checkedAgainstText(ProvisionInfo info) {
        List<Classification> all = classifier.classify(info);
        String current = info.lovdataText().map(no.forsokssjekk.corpus.Provision::textHash).orElse(null);
        if (current == null || current.isEmpty()) return all;
        List<Classification> checked = new ArrayList<>(all.size());
        for (Classification c : all) {
            boolean stale = c.madeAgainst() != null && c.madeAgainst().textHash() != null
                    && !c.madeAgainst().textHash().equals(current) && c.status().canGroundBlocker();
            checked.add(stale ? new Classification(c.kind(), c.appliesTo(), c.reason(), c.source(),
                    no.forsokssjekk.corpus.catalogue.VerificationStatus.UNVERIFIED, c.madeAgainst(), c.enables(),
                    c.validFrom(), c.validTo()) : c);
        }
        return checked;
    }

    private List<TrialAuthority> covering(DocumentInfo doc, LocalDate date) {
        if (coverageOnDate.size() > CACHE_LIMIT) coverageOnDate.clear();
        return coverageOnDate.computeIfAbsent(new ResolutionKey(doc.key(), date), k -> coverage.covering(doc, date));
    }

    private void letterSignals(List<Object> facts, int exemption, AuthorityData a, String exemptionText,
                               String applicationText) {
        if (a == null || a.letterSignals().isEmpty()) return;
        for (TrialAuthority.Letter l : a.authority().covers().letters()) {
            SignalWords w = a.letterSignals().get(l.letter());
            if (w == null) continue;
            String word = l.signalsIn().contains("deviation") ? w.find(exemptionText) : null;
            if (word == null && l.signalsIn().contains("application")) word = w.find(applicationText);
            if (word != null) facts.add(new LetterSignalFact(exemption, a.authority().id(), l.letter(), word));
        }
    }

    private void pendingChanges(List<Object> facts, int exemption, DocumentInfo doc, ProvisionId cited,
                                ExemptionFact.LawState state, LocalDate date) {
        if (doc == null || state != ExemptionFact.LawState.IN_FORCE) return;
        Optional<LawEntry> entry = doc.catalogueEntry();
        if (entry.isPresent() && entry.get().successor() != null) {
            Optional<DocumentInfo> next = corpus.document(entry.get().successor());
            if (next.isPresent()) {
                LawEntry n = next.get().catalogueEntry().orElse(null);
                boolean pendingWithoutDate = n != null && n.status() == LawStatus.PENDING && n.validFrom() == null;
                LocalDate from = n == null ? null : n.validFrom();
                boolean adopted = adoptedBy(next.get().key(), date);
                if (adopted && (pendingWithoutDate || (from != null && from.isAfter(date)))) {
                    facts.add(new PendingChangeFact(exemption, PendingChangeFact.Kind.SUCCESSOR, next.get().key(),
                            lowerFirst(next.get().title()), from, false));
                }
            }
        }
        for (LegalDocument amending : pendingAmendments.getOrDefault(doc.documentId(), List.of())) {
            if (!adoptedBy(amending.key(), date)) continue;
            if (cited != null && !mayChange(amending, doc, cited)) continue;
            List<LocalDate> parts = new ArrayList<>();
            if (!partsInForceAfter(amending.dateInForce(), date, parts)) continue;
            boolean namesSection = cited != null && amending.changedSections(doc.documentId())
                    .map(sections -> sections.contains(cited.label())).orElse(false);
            facts.add(new PendingChangeFact(exemption, PendingChangeFact.Kind.AMENDMENT, amending.key(),
                    lowerFirst(amending.title()), parts.isEmpty() ? null : parts.get(0), namesSection));
        }
    }

    /**
     * Whether an amending act may change the cited §: not when it names exactly which §§ of the law it changes and this
     * is not one of them. A ledd is compared at its §; when the act's targets in the law are unknown or include a
     * chapter or the whole act, it may change any §.
     */
    static boolean mayChange(LegalDocument amending, DocumentInfo doc, ProvisionId cited) {
        return amending.changedSections(doc.documentId()).map(s -> s.contains(cited.label())).orElse(true);
    }

    /**
     * Whether part of an amending act is still to enter into force after the date, read from Lovdata's "I kraft fra"
     * text ("2025-07-01, 2026-08-01, Kongen bestemmer"). The dates after the date go into {@code later}, earliest
     * first; a part the King has yet to set ("Kongen bestemmer") counts as pending without a date.
     */
    static boolean partsInForceAfter(String dateInForce, LocalDate date, List<LocalDate> later) {
        if (dateInForce == null || dateInForce.isBlank()) return true;
        boolean undated = false;
        for (String part : dateInForce.split(",")) {
            java.util.regex.Matcher m = ISO_DAY.matcher(part.strip());
            if (!m.lookingAt()) {
                undated = true;
                continue;
            }
            try {
                LocalDate d = LocalDate.parse(m.group());
                if (d.isAfter(date)) later.add(d);
            } catch (java.time.DateTimeException e) {
                undated = true;
            }
        }
        later.sort(null);
        return undated || !later.isEmpty();
    }

    private static final java.util.regex.Pattern ISO_DAY = java.util.regex.Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    /**
     * The cited provision is itself a trial authority in force that day (its own § or one of its companions). Where the
     * authority is only one ledd of a § (vegtrafikkloven § 6 femte ledd), a citation of the whole § or of another ledd
     * is a citation of the rule, not of the authority.
     */
    private static String citedAuthority(List<TrialAuthority> onDate, ProvisionId cited) {
        ProvisionId section = cited.section();
        String citedPart = cited.isSection() ? null : cited.toString().substring(section.toString().length() + 1);
        for (TrialAuthority a : onDate) {
            if (a.provision().section().equals(section) && samePart(a.provisionPart(), citedPart)) return a.id();
            for (ProvisionId p : a.additionalProvisions()) {
                String part = a.additionalProvisionParts().get(p.toString());
                if (p.section().equals(section) && samePart(part, citedPart)) return a.id();
            }
        }
        return null;
    }

    /** A state instrument reaches the very § it is part of (vegtrafikkloven § 6 andre ledd for § 6 femte ledd). */
    private static boolean instrumentSection(TrialAuthority a, ProvisionId cited) {
        if (a.kind() != TrialAuthority.AuthorityKind.STATE_INSTRUMENT || cited == null) return false;
        ProvisionId section = cited.section();
        return a.provision().section().equals(section)
                || a.additionalProvisions().stream().anyMatch(p -> p.section().equals(section));
    }

    /** The application's or the exemption's words show the trial is of the authority's subject (catskiing …). */
    private static boolean aboutSubject(AuthorityData a, String exemptionText, String applicationText) {
        if (a == null || a.subjectSignals().isEmpty()) return false;
        return a.subjectSignals().find(exemptionText) != null || a.subjectSignals().find(applicationText) != null;
    }

    /**
     * An act exists from the day it is adopted, which its Lovdata id carries (LOV-2025-06-20-81): a successor adopted
     * after the assessment date was not pending then.
     */
    private static boolean adoptedBy(String documentKey, LocalDate date) {
        java.util.regex.Matcher m = ADOPTED.matcher(documentKey);
        if (!m.find()) return true;
        try {
            return !LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3))).isAfter(date);
        } catch (java.time.DateTimeException e) {
            return true;
        }
    }

    private static final java.util.regex.Pattern ADOPTED =
            java.util.regex.Pattern.compile("^(?:LOV|FOR)-(\\d{4})-(\\d{2})-(\\d{2})");

    /** The authority's part of a § (null: the whole §) is what was cited. */
    private static boolean samePart(String authorityPart, String citedPart) {
        if (authorityPart == null) return true;
        return citedPart != null && (citedPart.equals(authorityPart) || citedPart.startsWith(authorityPart + "/"));
    }

    /**
     * Whether the authority names the cited provision among the rules it may set aside (barnevernsloven § 15-13 lifts
     * confidentiality under listed provisions). A lift of a whole act's confidentiality names its confidentiality rules.
     */
    private static boolean names(TrialAuthority a, DocumentInfo doc, ProvisionId cited, List<ClassificationKind> kinds,
                                 LocalDate date) {
        if (a.covers() == null || cited == null) return false;
        ProvisionId section = cited.section();
        for (TrialAuthority.ConfidentialityLift lift : a.covers().confidentialityLifted()) {
            if (lift.validFrom() != null && date.isBefore(lift.validFrom())) continue;
            if (lift.provision() != null && lift.provision().section().equals(section)) return true;
            if (lift.provisions().stream().anyMatch(p -> p.section().equals(section))) return true;
            if (lift.provision() == null && lift.provisions().isEmpty() && doc.key().equals(lift.document())
                    && kinds.contains(ClassificationKind.CONFIDENTIALITY)) {
                return true;
            }
        }
        return false;
    }

    /** A classification narrowed to a ledd concerns a citation of the whole §, or of that ledd (or a part of it). */
    static boolean concernsCitedPart(Classification c, ProvisionId cited) {
        if (c.appliesTo() == null || cited == null || cited.isSection()) return true;
        String part = cited.toString().substring(cited.section().toString().length() + 1);
        String applies = c.appliesTo();
        return applies.equals(part) || part.startsWith(applies + "/") || applies.startsWith(part + "/");
    }

    private static ExemptionFact.LawState lawState(CitationResolution r) {
        if (r.lawStatus() == null) return ExemptionFact.LawState.UNKNOWN;
        return switch (r.lawStatus()) {
            case IN_FORCE -> ExemptionFact.LawState.IN_FORCE;
            case REPEALED -> ExemptionFact.LawState.REPEALED;
            case NOT_YET_IN_FORCE -> ExemptionFact.LawState.NOT_YET_IN_FORCE;
        };
    }

    Optional<TrialAuthority> authority(String id) {
        AuthorityData a = authorities.get(id);
        return a == null ? Optional.empty() : Optional.of(a.authority());
    }

    Optional<TrialScheme> scheme(String id) {
        return schemes.stream().map(SchemeData::scheme).filter(s -> s.id().equals(id)).findFirst();
    }

    Optional<IncorporatedConvention> convention(String id) {
        return conventions.stream().map(ConventionData::convention).filter(c -> c.id().equals(id)).findFirst();
    }

    /** "Lov om …" → "lov om …", for a title used inside a sentence. */
    private static String lowerFirst(String s) {
        if (s == null || s.length() < 2 || !Character.isUpperCase(s.charAt(0)) || Character.isUpperCase(s.charAt(1))) return s;
        return Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    private static boolean filled(String s) {
        return s != null && !s.isBlank();
    }

    private static String join(String... parts) {
        StringBuilder sb = new StringBuilder();
        for (String p : parts) {
            if (p != null && !p.isBlank()) sb.append(p).append(' ');
        }
        return sb.toString();
    }
}
