package no.forsokssjekk.assessment.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.forsokssjekk.assessment.Application;
import no.forsokssjekk.assessment.AuthorityRef;
import no.forsokssjekk.assessment.Finding;
import no.forsokssjekk.assessment.LegalBasis;
import no.forsokssjekk.assessment.SourceRef;
import no.forsokssjekk.assessment.rules.facts.FindingFact;
import no.forsokssjekk.assessment.rules.facts.LegalBasisFact;
import no.forsokssjekk.corpus.Corpus;
import no.forsokssjekk.corpus.DocumentInfo;
import no.forsokssjekk.corpus.Language;
import no.forsokssjekk.corpus.ProvisionId;
import no.forsokssjekk.corpus.catalogue.IncorporatedConvention;
import no.forsokssjekk.corpus.catalogue.TrialAuthority;
import no.forsokssjekk.corpus.catalogue.TrialScheme;

/**
 * Turns what the rules assert into the contract's words: the message and what would resolve it from the bundles
 * (keyed on the rule id, in the application's language), the sources as citations, the reason of a legal basis.
 * Catalogue ids in the values become text here (an authority id its citation, condition codes their texts).
 */
final class FindingRenderer {
    private final Corpus corpus;
    private final FactBuilder data;
    private final MessageBundle messages;

    FindingRenderer(Corpus corpus, FactBuilder data, MessageBundle messages) {
        this.corpus = corpus;
        this.data = data;
        this.messages = messages;
    }

    /** What the rules established about the application, for the texts: who decides, which letter. */
    record Context(Application application, List<FactBuilder.Resolved> exemptions,
                   Map<String, List<String>> decidedBy) {
    }

    Finding finding(FindingFact f, Context ctx) {
        Language lang = ctx.application().language();
        List<SourceRef> sources = new ArrayList<>(f.sources().size());
        for (String s : f.sources()) sources.add(source(s, lang));
        Map<String, String> values = values(f.values(), f.exemptionIndex(), sources, ctx);
        String message = messages.text(lang, f.ruleId() + ".message", values);
        String resolveBy = messages.text(lang, f.ruleId() + ".resolveBy", values);
        return new Finding(f.code(), f.severity(), f.exemptionIndex(), f.ruleId(),
                message != null ? sentences(message) : f.code().name(), sources, sentences(resolveBy));
    }

    LegalBasis legalBasis(LegalBasisFact b, String letter, Context ctx) {
        Language lang = ctx.application().language();
        Map<String, String> raw = new HashMap<>(b.values());
        if (b.authorityId() != null) raw.putIfAbsent("authority", b.authorityId());
        if (letter != null) raw.put("letter", letter.toLowerCase(java.util.Locale.ROOT));
        Map<String, String> values = values(raw, b.exemption(), List.of(), ctx);
        if (letter != null && b.authorityId() != null) {
            data.authority(b.authorityId()).flatMap(a -> a.letter(letter))
                    .ifPresent(l -> values.put("letterText", l.covers().in(lang)));
        }
        String key = letter == null && messages.has(b.ruleId() + ".reasonNoLetter") ? ".reasonNoLetter" : ".reason";
        String reason = messages.text(lang, b.ruleId() + key, values);
        AuthorityRef ref = b.authorityId() == null ? null
                : new AuthorityRef(b.authorityId(), values.getOrDefault("authority", b.authorityId()));
        String decisionMaker = b.authorityId() == null ? null : decisionMaker(b.authorityId(), ctx);
        return new LegalBasis(b.kind(), ref, b.preferred(), sentences(reason),
                letter == null ? null : letter.toLowerCase(java.util.Locale.ROOT), decisionMaker);
    }

    private Map<String, String> values(Map<String, String> raw, Integer exemption, List<SourceRef> sources,
                                       Context ctx) {
        Language lang = ctx.application().language();
        Map<String, String> v = new HashMap<>(raw);
        Application a = ctx.application();
        v.put("assessmentDate", a.assessmentDate().toString());
        if (a.period() != null) {
            if (a.period().from() != null) v.put("periodFrom", a.period().from().toString());
            if (a.period().to() != null) v.put("periodTo", a.period().to().toString());
        }
        if (a.extension() != null && a.extension().previousPeriod() != null && a.extension().previousPeriod().to() != null) {
            v.put("previousTo", a.extension().previousPeriod().to().toString());
        }
        String effect = raw.get("effect");
        if (effect != null) {
            String text = messages.text(lang, "common.effect." + effect, Map.of());
            if (text != null) v.put("effect", text);
        }
        if (exemption != null && exemption < ctx.exemptions().size()) {
            FactBuilder.Resolved r = ctx.exemptions().get(exemption);
            v.putIfAbsent("input", r.request().provision());
            v.putIfAbsent("provision", r.resolution().first().map(id -> corpus.citation(id, lang))
                    .or(() -> r.resolution().documentInfo().map(DocumentInfo::citationName))
                    .orElse(r.request().provision()));
            r.resolution().documentInfo().ifPresent(d -> v.putIfAbsent("law", d.citationName()));
        }
        if (!sources.isEmpty()) {
            v.putIfAbsent("source", sources.get(0).citation());
            v.putIfAbsent("sources", String.join(", ", sources.stream().map(SourceRef::citation).toList()));
        }
        String authorityId = raw.get("authority");
        if (authorityId != null) {
            data.authority(authorityId).ifPresent(t -> {
                v.put("authority", t.citation());
                if (t.covers() != null && t.covers().subject() != null) v.put("subject", t.covers().subject().in(lang));
                v.put("decisionMaker", Optional.ofNullable(decisionMaker(authorityId, ctx))
                        .orElse(lang == Language.NN ? "departementet" : "departementet"));
                if (raw.containsKey("conditions")) v.put("conditions", conditions(t, raw.get("conditions"), lang));
            });
        }
        String schemeId = raw.get("scheme");
        if (schemeId != null) {
            data.scheme(schemeId).ifPresent(s -> {
                v.put("scheme", s.title().in(lang));
                String code = raw.get("requirement");
                if (code != null) {
                    s.requirements().stream().filter(r -> r.code().equals(code)).findFirst()
                            .ifPresent(r -> v.put("requirement", r.text().in(lang)));
                }
            });
        }
        String preferred = raw.get("preferred");
        if (preferred != null) data.authority(preferred).ifPresent(t -> v.put("preferred", t.citation()));
        String conventionId = raw.get("convention");
        if (conventionId != null) {
            data.convention(conventionId).map(IncorporatedConvention::name).ifPresent(n -> v.put("convention", n.in(lang)));
        }
        String provisions = raw.get("provisions");
        if (provisions != null) {
            List<String> cites = new ArrayList<>();
            for (String id : provisions.split(",")) cites.add(source(id.strip(), lang).citation());
            v.put("provisions", String.join(", ", cites));
        }
        String exemptions = raw.get("exemptions");
        if (exemptions != null) {
            List<String> inputs = new ArrayList<>();
            for (String i : exemptions.split(",")) {
                int index = Integer.parseInt(i.strip());
                if (index < ctx.exemptions().size()) inputs.add("«" + ctx.exemptions().get(index).request().provision() + "»");
            }
            v.put("exemptions", String.join(", ", inputs));
        }
        return v;
    }

    /** The texts of the conditions named, in the order the catalogue lists them. */
    private static String conditions(TrialAuthority a, String codes, Language lang) {
        java.util.Set<String> wanted = new java.util.HashSet<>();
        for (String code : codes.split(",")) wanted.add(code.strip());
        List<String> texts = new ArrayList<>();
        for (TrialAuthority.Condition c : a.conditions()) {
            if (wanted.contains(c.code())) texts.add(c.text().in(lang).strip());
        }
        return String.join(" ", texts);
    }

    /**
     * Every sentence starts with a capital letter, also where a sentence begins with a citation ("opplæringslova
     * § 29-3 gir …"): the law's short name is written in lower case in running text.
     */
    static String sentences(String text) {
        if (text == null || text.isEmpty()) return text;
        StringBuilder sb = new StringBuilder(text);
        boolean start = true;
        for (int i = 0; i < sb.length(); i++) {
            char c = sb.charAt(i);
            if (start && Character.isLetter(c)) {
                sb.setCharAt(i, Character.toUpperCase(c));
                start = false;
            } else if (start && !Character.isWhitespace(c) && c != '«' && c != '(') {
                start = false;
            }
            boolean endOfSentence = (c == '.' || c == '?' || c == '!') && i + 1 < sb.length() && sb.charAt(i + 1) == ' ';
            if (endOfSentence && !isAbbreviation(sb, i)) start = true;
        }
        return sb.toString();
    }

    /** "nr." and similar: a full stop that does not end a sentence. */
    private static boolean isAbbreviation(CharSequence s, int dot) {
        int from = dot;
        while (from > 0 && Character.isLetter(s.charAt(from - 1))) from--;
        String word = s.subSequence(from, dot).toString();
        return word.equals("nr") || word.equals("jf") || word.equals("pkt") || word.equals("bl") || word.equals("f")
                || word.equals("kap") || word.equals("ca") || word.equals("mv") || word.equals("m");
    }

    /** Who decides, in the order the catalogue lists the decision makers. */
    private String decisionMaker(String authorityId, Context ctx) {
        List<String> bodies = ctx.decidedBy().get(authorityId);
        if (bodies == null || bodies.isEmpty()) return null;
        List<String> ordered = new ArrayList<>();
        data.authority(authorityId).ifPresent(a -> a.decisionMakers().forEach(d -> {
            if (bodies.contains(d.body()) && !ordered.contains(d.body())) ordered.add(d.body());
        }));
        for (String b : bodies) if (!ordered.contains(b)) ordered.add(b);
        return String.join(" eller ", ordered);
    }

    /** A source as {id, citation}: a provision or act id, a trial authority, a scheme or a convention. */
    SourceRef source(String id, Language lang) {
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
