package no.forsokssjekk.corpus.catalogue;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import no.forsokssjekk.corpus.ProvisionId;
import no.forsokssjekk.io.InputProblem;
import no.forsokssjekk.io.JacksonProblems;
import no.forsokssjekk.io.ResourceTree;
import tools.jackson.core.JacksonException;

/** Reads and checks legal-corpus/trial-authorities/*.yaml (strict: unknown fields and values are errors). */
final class TrialAuthorityReader {
    private static final Pattern ID = Pattern.compile("[A-Z0-9][A-Z0-9_-]*");
    static final Set<String> EVIDENCE = Set.of("purpose", "evaluationPlan", "description", "duration",
            "localRegulation", "hearing", "councilDecision", "employeeInvolvement", "none");

    private TrialAuthorityReader() {
    }

    static Optional<TrialAuthority> read(ResourceTree tree, String file, Map<String, LawEntry> laws,
                                         List<InputProblem> problems) {
        String where = "legal-corpus/" + file;
        String content = tree.read(file);
        TrialAuthority a;
        try {
            a = CatalogueLoader.YAML.readValue(content, TrialAuthority.class);
        } catch (JacksonException e) {
            problems.add(JacksonProblems.describe(e, where));
            return Optional.empty();
        }
        if (a == null) {
            problems.add(new InputProblem(where, "", "the file is empty", ""));
            return Optional.empty();
        }
        YamlText text = new YamlText(content);
        int before = problems.size();
        if (a.id() == null || !ID.matcher(a.id()).matches()) {
            problems.add(new InputProblem(where, "id", "a stable upper-case id is required", "e.g. OPPLAERINGSLOVA-29-3"));
        }
        if (a.provision() == null) problems.add(new InputProblem(where, "provision", "is required", "a provision id"));
        if (a.citation() == null || a.citation().isBlank()) {
            problems.add(new InputProblem(where, "citation", "is required", "e.g. opplæringslova § 29-3"));
        }
        if (a.kind() == null) problems.add(new InputProblem(where, "kind", "is required",
                "FORSOKSLOVEN, SECTOR_GENERAL, SECTOR_CONCRETE, STATE_INSTRUMENT"));
        if (a.covers() == null) problems.add(new InputProblem(where, "covers", "is required",
                "{documents, allDocuments, regulationsUnder, …}"));
        if (a.verification() == null) problems.add(new InputProblem(where, "verification", "is required",
                "VERIFIED, PARTLY_VERIFIED, UNVERIFIED"));
        if (a.source() == null || a.source().isBlank()) problems.add(new InputProblem(where, "source", "is required", "a URL"));
        if (a.decisionMakers().isEmpty()) problems.add(new InputProblem(where, "decisionMakers", "at least one is required",
                "[{body, role, validFrom, validTo, source, verification}]"));
        if (a.validFrom() != null && a.validTo() != null && a.validTo().isBefore(a.validFrom())) {
            problems.add(new InputProblem(at(where, text, "validTo:"), "validTo", "is before validFrom", "a later date"));
        }
        if (a.provision() != null && !laws.containsKey(a.provision().documentKey())) {
            problems.add(new InputProblem(at(where, text, "provision:"), "provision", "the act "
                    + a.provision().documentKey() + " has no file in legal-corpus/laws/", "an act described in laws/"));
        }
        if (a.covers() != null) {
            for (String doc : a.covers().documents()) {
                if (!laws.containsKey(doc)) {
                    problems.add(new InputProblem(at(where, text, doc), "covers.documents", doc
                            + " has no file in legal-corpus/laws/", "acts described in laws/"));
                }
            }
            if (!a.covers().allDocuments() && a.covers().documents().isEmpty()) {
                problems.add(new InputProblem(at(where, text, "covers:"), "covers.documents",
                        "names no act (and allDocuments is false)", "the acts the authority may set aside"));
            }
        }
        for (int i = 0; i < a.decisionMakers().size(); i++) {
            TrialAuthority.DecisionMaker d = a.decisionMakers().get(i);
            String f = "decisionMakers[" + i + "]";
            if (d.body() == null || d.body().isBlank()) problems.add(new InputProblem(where, f + ".body", "is required", ""));
            if (d.source() == null || d.source().isBlank()) problems.add(new InputProblem(where, f + ".source", "is required", ""));
            if (d.verification() == null) problems.add(new InputProblem(where, f + ".verification", "is required", ""));
            if (d.validFrom() != null && d.validTo() != null && d.validTo().isBefore(d.validFrom())) {
                problems.add(new InputProblem(where, f + ".validTo", "is before validFrom", "a later date"));
            }
        }
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < a.conditions().size(); i++) {
            TrialAuthority.Condition c = a.conditions().get(i);
            String f = "conditions[" + i + "]";
            int line = text.lineOf("code: " + c.code());
            String loc = line > 0 ? where + ":" + line : where;
            if (c.code() == null || !codes.add(c.code())) {
                problems.add(new InputProblem(loc, f + ".code", "a unique code is required", "e.g. ETHICALLY_SOUND"));
            }
            if (c.text() == null || !c.text().has(no.forsokssjekk.corpus.Language.NB)
                    || !c.text().has(no.forsokssjekk.corpus.Language.NN)) {
                problems.add(new InputProblem(loc, f + ".text", "bokmål and nynorsk texts are required", "{nb, nn}"));
            }
            if (c.evidence() == null || !EVIDENCE.contains(c.evidence())) {
                problems.add(new InputProblem(loc, f + ".evidence", "'" + c.evidence() + "' is not an application field",
                        String.join(", ", EVIDENCE.stream().sorted().toList())));
            }
            if (c.source() == null || c.verification() == null) {
                problems.add(new InputProblem(loc, f, "source and verification are required", ""));
            }
        }
        for (int i = 0; i < a.limits().size(); i++) {
            TrialAuthority.Limit l = a.limits().get(i);
            if (l.code() == null || l.provision() == null || l.verification() == null) {
                problems.add(new InputProblem(where, "limits[" + i + "]", "code, provision and verification are required", ""));
            }
        }
        if (problems.size() > before) return Optional.empty();
        return Optional.of(a.withLocation(new SourceLocation(where, text.lineOf("id:"))));
    }

    static void checkPredecessors(List<TrialAuthority> authorities, List<InputProblem> problems) {
        Map<String, TrialAuthority> byId = new HashMap<>();
        for (TrialAuthority a : authorities) byId.put(a.id(), a);
        for (TrialAuthority a : authorities) {
            for (String ref : new String[] {a.predecessor(), a.successor()}) {
                if (ref != null && !byId.containsKey(ref)) {
                    problems.add(new InputProblem(a.location().toString(), ref.equals(a.predecessor()) ? "predecessor"
                            : "successor", "refers to trial authority " + ref + ", which has no file",
                            "the id of an authority in trial-authorities/"));
                }
            }
        }
    }

    private static String at(String where, YamlText text, String needle) {
        int line = text.lineOf(needle);
        return line > 0 ? where + ":" + line : where;
    }
}
