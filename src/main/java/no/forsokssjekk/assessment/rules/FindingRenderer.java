package no.forsokssjekk.assessment.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import no.forsokssjekk.assessment.Application;
import no.forsokssjekk.assessment.AuthorityRef;
import no.forsokssjekk.assessment.Finding;
import no.forsokssjekk.assessment.LegalBasis;
import no.forsokssjekk.assessment.SourceRef;
import no.forsokssjekk.assessment.rules.facts.FindingFact;
import no.forsokssjekk.assessment.rules.facts.LegalBasisFact;
import no.forsokssjekk.corpus.Corpus;
import no.forsokssjekk.corpus.Chapters;
import no.forsokssjekk.corpus.DocumentInfo;
import no.forsokssjekk.corpus.ProvisionInfo;
import no.forsokssjekk.corpus.Language;
import no.forsokssjekk.corpus.ProvisionId;
import no.forsokssjekk.corpus.catalogue.IncorporatedConvention;
import no.forsokssjekk.corpus.catalogue.TrialAuthority;
import no.forsokssjekk.corpus.catalogue.TrialScheme;

/**
 * Turns what the rules assert into the contract's words: the message and what would resolve it from the bundles
 * (keyed on the rule id, in the application's language), the sources as citations, the reason of a legal basis.
 * Catalogue ids in the values become text here (an authority id its citation, condition codes their texts); a value
 * is worked out only when the text has a placeholder for it. Thread-safe.
 */
final class FindingRenderer {
    private final Corpus corpus;
    private final FactBuilder data;
    private final MessageBundle messages;
    /** Citations of sources, by language: the same few ids recur in every assessment. */
    private final Map<Language, Map<String, SourceRef>> sources = Map.of(
            Language.NB, new ConcurrentHashMap<>(), Language.NN, new ConcurrentHashMap<>());

    private final no.forsokssjekk.assessment.ProvisionSuggestions suggestions;

    FindingRenderer(Corpus corpus, FactBuilder data, MessageBundle messages,
                    no.forsokssjekk.assessment.ProvisionSuggestions suggestions) {
        this.corpus = corpus;
        this.data = data;
        this.messages = messages;
        this.suggestions = suggestions;
    }

    /** How many provisions a finding suggests for a provision that could not be identified. */
    static final int SUGGESTED = 3;

    /** What the rules established about the application, for the texts: who decides under each authority. */
    record Context(Application application, List<FactBuilder.Resolved> exemptions,
                   Map<String, List<String>> decidedBy) {
    }

    Finding finding(FindingFact f, Context ctx) {
        Language lang = ctx.application().language();
        List<SourceRef> refs = new ArrayList<>(f.sources().size());
        for (String s : f.sources()) refs.add(source(s, lang));
        Values values = new Values(f.values(), f.exemptionIndex(), refs, ctx, null);
        String message = messages.text(lang, f.ruleId() + ".message", values);
        String resolveBy = messages.text(lang, f.ruleId() + ".resolveBy", values);
        return new Finding(f.code(), f.severity(), f.exemptionIndex(), f.ruleId(),
                message != null ? message : f.code().name(), refs, resolveBy);
    }

    LegalBasis legalBasis(LegalBasisFact b, String letter, Context ctx) {
        Language lang = ctx.application().language();
        Map<String, String> raw = b.values();
        if (b.authorityId() != null && !raw.containsKey("authority")) {
            raw = new HashMap<>(raw);
            raw.put("authority", b.authorityId());
        }
        Values values = new Values(raw, b.exemption(), List.of(), ctx, letter);
        String key = letter == null && messages.has(b.ruleId() + ".reasonNoLetter") ? ".reasonNoLetter" : ".reason";
        String reason = messages.text(lang, b.ruleId() + key, values);
        AuthorityRef ref = b.authorityId() == null ? null : new AuthorityRef(b.authorityId(),
                data.authority(b.authorityId()).map(TrialAuthority::citation).orElse(b.authorityId()));
        String decisionMaker = b.authorityId() == null ? null : decisionMaker(b.authorityId(), ctx);
        return new LegalBasis(b.kind(), ref, b.preferred(), reason, letter, decisionMaker);
    }

    /** The values of one text, worked out on demand and remembered. */
    private final class Values implements Function<String, String> {
        private final Map<String, String> raw;
        private final Integer exemption;
        private final List<SourceRef> refs;
        private final Context ctx;
        private final String letter;
        private final Language lang;
        private final Map<String, String> done = new HashMap<>();

        Values(Map<String, String> raw, Integer exemption, List<SourceRef> refs, Context ctx, String letter) {
            this.raw = raw;
            this.exemption = exemption;
            this.refs = refs;
            this.ctx = ctx;
            this.letter = letter;
            this.lang = ctx.application().language();
        }

        @Override
        public String apply(String name) {
            if (done.containsKey(name)) return done.get(name);
            String v = compute(name);
            done.put(name, v);
            return v;
        }

        private String compute(String name) {
            Application a = ctx.application();
            String authorityId = raw.get("authority");
            switch (name) {
                case "input":
                    return resolved() == null ? null : resolved().request().provision();
                case "provision": {
                    FactBuilder.Resolved r = resolved();
                    if (r == null) return null;
                    return r.resolution().first().map(id -> citation(id, lang))
                            .or(() -> r.resolution().documentInfo().map(DocumentInfo::citationName))
                            .orElse(r.request().provision());
                }
                case "law":
                    return resolved() == null ? null
                            : resolved().resolution().documentInfo().map(DocumentInfo::citationName).orElse(null);
                case "source":
                    return refs.isEmpty() ? null : refs.get(0).citation();
                case "sources":
                    return refs.isEmpty() ? null : String.join(", ", refs.stream().map(SourceRef::citation).toList());
                case "assessmentDate":
                    return dayMonthYear(a.assessmentDate());
                case "periodFrom":
                    return a.period() == null ? null : dayMonthYear(a.period().from());
                case "periodTo":
                    return a.period() == null ? null : dayMonthYear(a.period().to());
                case "previousTo":
                    return a.extension() == null || a.extension().previousPeriod() == null ? null
                            : dayMonthYear(a.extension().previousPeriod().to());
                case "authority":
                    return authorityId == null ? null
                            : data.authority(authorityId).map(TrialAuthority::citation).orElse(authorityId);
                case "preferred":
                    return raw.get("preferred") == null ? null
                            : data.authority(raw.get("preferred")).map(TrialAuthority::citation).orElse(null);
                case "subject":
                    return authorityId == null ? null : data.authority(authorityId)
                            .filter(t -> t.covers() != null && t.covers().subject() != null)
                            .map(t -> t.covers().subject().in(lang)).orElse(null);
                case "decisionMaker":
                    return authorityId == null ? null : decisionMaker(authorityId, ctx);
                case "conditions":
                    return authorityId == null || raw.get("conditions") == null ? null
                            : data.authority(authorityId).map(t -> conditions(t, raw.get("conditions"), lang)).orElse(null);
                case "letter":
                    return letter;
                case "letterText":
                    return letter == null || authorityId == null ? null : data.authority(authorityId)
                            .flatMap(t -> t.letter(letter)).map(l -> l.covers().in(lang)).orElse(null);
                case "scheme":
                    return scheme().map(s -> s.title().in(lang)).orElse(null);
                case "requirement": {
                    String code = raw.get("requirement");
                    return code == null ? null : scheme().flatMap(s -> s.requirements().stream()
                            .filter(r -> r.code().equals(code)).findFirst()).map(r -> r.text().in(lang)).orElse(null);
                }
                case "convention":
                    return raw.get("convention") == null ? null : data.convention(raw.get("convention"))
                            .map(IncorporatedConvention::name).map(n -> n.in(lang)).orElse(null);
                case "provisions": {
                    String ids = raw.get("provisions");
                    if (ids == null) return null;
                    List<String> cites = new ArrayList<>();
                    for (String id : ids.split(",")) cites.add(source(id.strip(), lang).citation());
                    return String.join(", ", cites);
                }
                case "exemptions": {
                    String indices = raw.get("exemptions");
                    if (indices == null) return null;
                    List<String> inputs = new ArrayList<>();
                    for (String i : indices.split(",")) {
                        int index = Integer.parseInt(i.strip());
                        if (index < ctx.exemptions().size()) {
                            inputs.add("«" + ctx.exemptions().get(index).request().provision() + "»");
                        }
                    }
                    return String.join(", ", inputs);
                }
                case "chapter": {
                    FactBuilder.Resolved r = resolved();
                    return r == null ? null : r.resolution().chapterCited().map(Chapters::display).orElse(null);
                }
                case "suggestions": {
                    // the applicant's own words, searched: what the provision might be (a hint, never a basis)
                    FactBuilder.Resolved r = resolved();
                    if (r == null || r.request().provision() == null) return null;
                    List<ProvisionId> ids = suggestions.suggest(r.request().provision(), a.assessmentDate(), lang,
                            SUGGESTED);
                    if (ids.isEmpty()) return null;
                    List<String> cites = new ArrayList<>(ids.size());
                    for (ProvisionId id : ids) cites.add(citation(id, lang));
                    return messages.text(lang, "common.suggestions", Map.of("provisions", String.join(", ", cites)));
                }
                case "chapterSections":
                    return chapterSections(resolved(), lang);
                case "effect":
                    return raw.get("effect") == null ? null
                            : messages.text(lang, "common.effect." + raw.get("effect"), Map.of());
                default: {
                    String v = raw.get(name);
                    return v != null && ISO_DATE.matcher(v).matches() ? dayMonthYear(LocalDate.parse(v)) : v;
                }
            }
        }

        private FactBuilder.Resolved resolved() {
            return exemption == null || exemption >= ctx.exemptions().size() ? null : ctx.exemptions().get(exemption);
        }

        private Optional<TrialScheme> scheme() {
            return raw.get("scheme") == null ? Optional.empty() : data.scheme(raw.get("scheme"));
        }
    }

    /**
     * What the corpus knows of a cited chapter: its §§ ("Kapitlet har disse paragrafene: § 14-1, § 14-2."), that the
     * law's text has no such chapter, or that without the text its §§ cannot be checked.
     */
    private String chapterSections(FactBuilder.Resolved r, Language lang) {
        if (r == null || r.resolution().chapterCited().isEmpty() || r.resolution().documentInfo().isEmpty()) return null;
        DocumentInfo doc = r.resolution().documentInfo().get();
        String chapter = r.resolution().chapterCited().get();
        List<ProvisionInfo> sections = Chapters.sections(corpus, doc.key(), chapter);
        if (!sections.isEmpty()) {
            String list = String.join(", ", sections.stream().map(ProvisionInfo::displayNumber).toList());
            return messages.text(lang, "common.chapter.sections", Map.of("sections", list));
        }
        String key = doc.lovdataDocument().isPresent() ? "common.chapter.none" : "common.chapter.unverified";
        return messages.text(lang, key, Map.of("chapter", Chapters.display(chapter)));
    }

    private static final java.util.regex.Pattern ISO_DATE = java.util.regex.Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final String[] MONTHS = {"januar", "februar", "mars", "april", "mai", "juni", "juli", "august",
            "september", "oktober", "november", "desember"};

    /** "1. januar 2026": how dates are written in Norwegian legal text (the month names are the same in nynorsk). */
    static String dayMonthYear(LocalDate d) {
        return d == null ? null : d.getDayOfMonth() + ". " + MONTHS[d.getMonthValue() - 1] + " " + d.getYear();
    }

    /** The texts of the conditions named, in the order the catalogue lists them. */
    private static String conditions(TrialAuthority a, String codes, Language lang) {
        Set<String> wanted = new HashSet<>();
        for (String code : codes.split(",")) wanted.add(code.strip());
        List<String> texts = new ArrayList<>();
        for (TrialAuthority.Condition c : a.conditions()) {
            if (wanted.contains(c.code())) texts.add(c.text().in(lang).strip());
        }
        return String.join(" ", texts);
    }

    /** Who decides, in the order the catalogue lists the decision makers. */
    private String decisionMaker(String authorityId, Context ctx) {
        List<String> bodies = ctx.decidedBy().get(authorityId);
        if (bodies == null || bodies.isEmpty()) return null;
        if (bodies.size() == 1) return bodies.get(0);
        List<String> ordered = new ArrayList<>();
        data.authority(authorityId).ifPresent(a -> a.decisionMakers().forEach(d -> {
            if (bodies.contains(d.body()) && !ordered.contains(d.body())) ordered.add(d.body());
        }));
        for (String b : bodies) if (!ordered.contains(b)) ordered.add(b);
        return String.join(" eller ", ordered);
    }

    /** A source as {id, citation}: a provision or act id, a trial authority, a scheme or a convention. */
    SourceRef source(String id, Language lang) {
        Map<String, SourceRef> cache = sources.get(lang);
        if (cache.size() > CACHE_LIMIT) cache.clear(); // ids the applicants typed are many; the rules' own are few
        return cache.computeIfAbsent(id, k -> cite(k, lang));
    }

    /** The citation of a provision ("opplæringslova § 29-3 første ledd"), from the same cache as the sources. */
    String citation(ProvisionId id, Language lang) {
        return source(id.toString(), lang).citation();
    }

    private static final int CACHE_LIMIT = 20_000;

    private SourceRef cite(String id, Language lang) {
        Optional<ProvisionId> p = ProvisionId.tryParse(id);
        if (p.isPresent()) return new SourceRef(id, corpus.citation(p.get(), lang));
        Optional<DocumentInfo> d = corpus.document(id);
        if (d.isPresent()) return new SourceRef(id, d.get().citationName());
        Optional<TrialScheme> s = data.scheme(id);
        if (s.isPresent()) return new SourceRef(id, s.get().title().in(lang));
        Optional<TrialAuthority> a = data.authority(id);
        if (a.isPresent()) return new SourceRef(id, a.get().citation());
        return new SourceRef(id, id);
    }
}
