package no.forsokssjekk.corpus.catalogue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import no.forsokssjekk.corpus.DocumentKind;
import no.forsokssjekk.corpus.Language;
import no.forsokssjekk.corpus.ProvisionId;
import no.forsokssjekk.io.InputProblem;
import no.forsokssjekk.io.InvalidInputException;
import no.forsokssjekk.io.JacksonProblems;
import no.forsokssjekk.io.ResourceTree;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads and validates legal-corpus/. Every problem is collected and reported with file, line and field; nothing is
 * half-loaded: either the whole catalogue is valid or {@link InvalidInputException} lists what is wrong.
 */
final class CatalogueLoader {
    private static final Pattern HASH = Pattern.compile("[0-9a-f]{16}");
    private static final Pattern PART = Pattern.compile("ledd\\d+(/(bokstav[A-ZÆØÅ]|nr\\d+))?");

    static final ObjectMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private final ResourceTree tree;
    private final List<InputProblem> problems = new ArrayList<>();

    private CatalogueLoader(ResourceTree tree) {
        this.tree = tree;
    }

    static Catalogue load(ResourceTree tree) {
        return new CatalogueLoader(tree).run();
    }

    private Catalogue run() {
        List<String> files = tree.files();
        List<LawEntry> laws = new ArrayList<>();
        for (String f : files) {
            if (f.startsWith("laws/") && f.endsWith(".yaml")) readLaw(f).ifPresent(laws::add);
        }
        Map<String, LawEntry> lawIndex = new LinkedHashMap<>();
        for (LawEntry law : laws) {
            LawEntry previous = lawIndex.putIfAbsent(law.id(), law);
            if (previous != null) {
                problems.add(new InputProblem(law.location().toString(), "id",
                        "document " + law.id() + " is already described in " + previous.location(),
                        "one file per document"));
            }
        }
        checkLawReferences(lawIndex);

        Map<ProvisionId, ProvisionEntry> provisions = new HashMap<>();
        for (String f : files) {
            if (f.startsWith("provisions/") && f.endsWith(".yaml")) readProvisions(f, lawIndex, provisions);
        }

        List<TrialAuthority> authorities = new ArrayList<>();
        for (String f : files) {
            if (f.startsWith("trial-authorities/") && f.endsWith(".yaml")) {
                TrialAuthorityReader.read(tree, f, lawIndex, problems).ifPresent(authorities::add);
            }
        }
        Set<String> ids = new HashSet<>();
        for (TrialAuthority a : authorities) {
            if (!ids.add(a.id())) {
                problems.add(new InputProblem(a.location().toString(), "id", "trial authority id " + a.id()
                        + " is used twice", "a unique id per file"));
            }
        }
        TrialAuthorityReader.checkPredecessors(authorities, problems);

        List<TrialScheme> schemes = new ArrayList<>();
        List<IncorporatedConvention> conventions = new ArrayList<>();
        for (String f : files) {
            if (f.startsWith("schemes/") && f.endsWith(".yaml")) readScheme(f).ifPresent(schemes::add);
            if (f.startsWith("conventions/") && f.endsWith(".yaml")) readConvention(f).ifPresent(conventions::add);
        }

        if (!problems.isEmpty()) {
            throw new InvalidInputException("the legal catalogue in " + tree.origin() + " has "
                    + problems.size() + " problem(s)", problems);
        }
        return new Catalogue(lawIndex, provisions, authorities, schemes, conventions, tree.origin(), tree.contentHash());
    }

    private <T> java.util.Optional<T> parse(String file, Class<T> type) {
        String where = "legal-corpus/" + file;
        try {
            T value = YAML.readValue(tree.read(file), type);
            if (value == null) {
                problems.add(new InputProblem(where, "", "the file is empty", ""));
            }
            return java.util.Optional.ofNullable(value);
        } catch (JacksonException e) {
            problems.add(pointAtField(JacksonProblems.describe(e, where), file));
            return java.util.Optional.empty();
        }
    }

    /**
     * The YAML parser reports where it stopped, which can be the line after the offending field; point at the line
     * that holds the field's name when it is just above.
     */
    private InputProblem pointAtField(InputProblem p, String file) {
        String field = p.field() == null ? "" : p.field();
        String name = field.contains(".") ? field.substring(field.lastIndexOf('.') + 1) : field;
        if (p.message().startsWith("unknown field '")) name = p.message().substring(15, p.message().indexOf('\'', 15));
        name = name.replaceAll("\\[\\d+]$", "");
        int colon = p.location().lastIndexOf(':');
        if (name.isEmpty() || colon < 0) return p;
        int reported;
        try {
            reported = Integer.parseInt(p.location().substring(colon + 1));
        } catch (NumberFormatException e) {
            return p;
        }
        String[] lines = tree.read(file).split("\n", -1);
        for (int line = Math.min(reported, lines.length); line >= Math.max(1, reported - 3); line--) {
            if (lines[line - 1].matches("\\s*(- )?" + java.util.regex.Pattern.quote(name) + "\\s*:.*")) {
                return new InputProblem(p.location().substring(0, colon + 1) + line, p.field(), p.message(), p.accepted());
            }
        }
        return p;
    }

    private java.util.Optional<TrialScheme> readScheme(String file) {
        var parsed = parse(file, TrialScheme.class);
        if (parsed.isEmpty()) return java.util.Optional.empty();
        TrialScheme s = parsed.get();
        String where = "legal-corpus/" + file;
        YamlText text = new YamlText(tree.read(file));
        int before = problems.size();
        require(where, text, "id", s.id());
        require(where, text, "source", s.source());
        require(where, text, "verification", s.verification());
        requireBothLanguages(loc(where, text, "title:"), "title", s.title(), "titles");
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < s.requirements().size(); i++) {
            TrialScheme.Requirement r = s.requirements().get(i);
            String f = "requirements[" + i + "]";
            String at = r.code() == null ? where : loc(where, text, "code: " + r.code());
            if (r.code() == null || !codes.add(r.code())) {
                problems.add(new InputProblem(at, f + ".code", "a unique code is required", "e.g. EVALUATION_PLAN"));
            }
            requireBothLanguages(at, f + ".text", r.text(), "texts");
            if (r.evidence() == null || !TrialAuthorityReader.EVIDENCE.contains(r.evidence())) {
                problems.add(new InputProblem(at, f + ".evidence", "'" + r.evidence() + "' is not an application field",
                        String.join(", ", TrialAuthorityReader.EVIDENCE.stream().sorted().toList())));
            }
            for (String stage : r.stages()) {
                if (!TrialScheme.STAGES.contains(stage)) {
                    problems.add(new InputProblem(at, f + ".stages", "'" + stage + "' is not a stage",
                            String.join(", ", TrialScheme.STAGES)));
                }
            }
            if (r.source() == null || r.verification() == null) {
                problems.add(new InputProblem(at, f, "source and verification are required", ""));
            }
        }
        if (problems.size() > before) return java.util.Optional.empty();
        return java.util.Optional.of(s.withLocation(new SourceLocation(where, text.lineOf("id:"))));
    }

    private java.util.Optional<IncorporatedConvention> readConvention(String file) {
        var parsed = parse(file, IncorporatedConvention.class);
        if (parsed.isEmpty()) return java.util.Optional.empty();
        IncorporatedConvention c = parsed.get();
        String where = "legal-corpus/" + file;
        YamlText text = new YamlText(tree.read(file));
        int before = problems.size();
        require(where, text, "id", c.id());
        require(where, text, "provision", c.provision());
        require(where, text, "source", c.source());
        require(where, text, "verification", c.verification());
        requireBothLanguages(loc(where, text, "name:"), "name", c.name(), "names");
        if (c.validFrom() != null && c.validTo() != null && c.validTo().isBefore(c.validFrom())) {
            problems.add(new InputProblem(loc(where, text, "validTo:"), "validTo", "is before validFrom", "a later date"));
        }
        if (problems.size() > before) return java.util.Optional.empty();
        return java.util.Optional.of(c.withLocation(new SourceLocation(where, text.lineOf("id:"))));
    }

    private java.util.Optional<LawEntry> readLaw(String file) {
        var parsed = parse(file, CatalogueFiles.LawFile.class);
        if (parsed.isEmpty()) return java.util.Optional.empty();
        CatalogueFiles.LawFile l = parsed.get();
        YamlText text = new YamlText(tree.read(file));
        String where = "legal-corpus/" + file;
        int before = problems.size();
        require(where, text, "id", l.id());
        require(where, text, "title", l.title());
        require(where, text, "language", l.language());
        if (l.status() != LawStatus.REPEALED) require(where, text, "ministry", l.ministry()); // unknown for some old acts
        require(where, text, "status", l.status());
        if (l.id() != null) {
            try {
                ProvisionId.DocumentRef ref = ProvisionId.DocumentRef.parse(l.id());
                DocumentKind expected = DocumentKind.ofDocumentId(ref.documentId());
                if (l.kind() != null && l.kind() != expected) {
                    problems.add(new InputProblem(loc(where, text, "kind:"), "kind", "a " + ref.documentId()
                            + " document is a " + expected + ", not " + l.kind(), expected.name()));
                }
                if (ref.qualifiers().contains("nn") && l.language() != Language.NN) {
                    problems.add(new InputProblem(loc(where, text, "language:"), "language",
                            "the nynorsk version " + l.id() + " must have language nn", "nn"));
                }
            } catch (IllegalArgumentException e) {
                problems.add(new InputProblem(loc(where, text, "id:"), "id", e.getMessage(), ""));
            }
        }
        if (l.validFrom() != null && l.validTo() != null && l.validTo().isBefore(l.validFrom())) {
            problems.add(new InputProblem(loc(where, text, "validTo:"), "validTo",
                    "validTo " + l.validTo() + " is before validFrom " + l.validFrom(), "a date on or after validFrom"));
        }
        if (l.status() == LawStatus.REPEALED && l.validTo() == null) {
            problems.add(new InputProblem(loc(where, text, "status:"), "validTo",
                    "a REPEALED document needs validTo (its last day in force)", "an ISO date"));
        }
        if (l.names() == null || l.names().isEmpty()) {
            problems.add(new InputProblem(loc(where, text, "names"), "names", "at least one name is required",
                    "a list of {name, language?, validFrom?, validTo?}"));
        }
        List<LawName> names = new ArrayList<>();
        if (l.names() != null) {
            for (int i = 0; i < l.names().size(); i++) {
                CatalogueFiles.NameFile n = l.names().get(i);
                if (n == null || n.name() == null || n.name().isBlank()) {
                    problems.add(new InputProblem(where, "names[" + i + "].name", "is required", "a text"));
                    continue;
                }
                names.add(new LawName(n.name().strip(), n.language(), n.validFrom(), n.validTo()));
            }
        }
        if (problems.size() > before) return java.util.Optional.empty();
        DocumentKind kind = l.kind() != null ? l.kind() : DocumentKind.ofDocumentId(l.id());
        if (kind == DocumentKind.LAW && l.enablingActs() != null && !l.enablingActs().isEmpty()) {
            problems.add(new InputProblem(loc(where, text, "enablingActs"), "enablingActs",
                    "only regulations have enabling acts", "an empty list for a law"));
        }
        return java.util.Optional.of(new LawEntry(l.id().strip(), kind, l.title().strip(),
                l.shortTitle() == null || l.shortTitle().isBlank() ? null : l.shortTitle().strip(),
                l.language(), l.ministry() == null ? null : l.ministry().strip(), l.sector(), l.status(), l.validFrom(), l.validTo(),
                blankToNull(l.predecessor()), blankToNull(l.successor()), Boolean.TRUE.equals(l.renumbered()),
                l.enablingActs(), names, l.source(), l.note(),
                new SourceLocation(where, text.lineOf("id:"))));
    }

    private void checkLawReferences(Map<String, LawEntry> laws) {
        for (LawEntry law : laws.values()) {
            YamlText text = new YamlText(tree.read(law.location().file().substring("legal-corpus/".length())));
            String where = law.location().file();
            // the successor is what a repealed act is routed to: it must be described here
            checkLawRef(laws, where, text, "successor", law.successor(), true);
            // predecessors and enabling acts may be acts we do not describe (Lovdata's data has them)
            checkLawRef(laws, where, text, "predecessor", law.predecessor(), false);
            for (String act : law.enablingActs()) checkLawRef(laws, where, text, "enablingActs", act, false);
        }
    }

    private void checkLawRef(Map<String, LawEntry> laws, String where, YamlText text, String field, String id,
                             boolean mustBeDescribed) {
        if (id == null) return;
        String docKey = id.contains("/§") ? id.substring(0, id.indexOf("/§")) : id;
        if (!ProvisionId.DocumentRef.isDocumentId(docKey.replace("/nn", ""))) {
            problems.add(new InputProblem(loc(where, text, id), field, "'" + id + "' is not a Lovdata document id",
                    "e.g. LOV-2005-06-17-64 or FOR-2015-03-20-231"));
        } else if (mustBeDescribed && !laws.containsKey(docKey)) {
            problems.add(new InputProblem(loc(where, text, id), field, "refers to " + id
                    + ", which has no file in legal-corpus/laws/", "the id of a document described in laws/"));
        }
    }

    private void readProvisions(String file, Map<String, LawEntry> laws, Map<ProvisionId, ProvisionEntry> out) {
        var parsed = parse(file, CatalogueFiles.ProvisionsFile.class);
        if (parsed.isEmpty()) return;
        CatalogueFiles.ProvisionsFile pf = parsed.get();
        String where = "legal-corpus/" + file;
        YamlText text = new YamlText(tree.read(file));
        LawEntry law = pf.document() == null ? null : laws.get(pf.document().strip());
        if (pf.document() == null) {
            problems.add(new InputProblem(where, "document", "is required", "the id of a document in laws/"));
            return;
        }
        if (law == null) {
            problems.add(new InputProblem(loc(where, text, "document:"), "document", "refers to " + pf.document()
                    + ", which has no file in legal-corpus/laws/", "the id of a document described in laws/"));
            return;
        }
        if (pf.provisions() == null || pf.provisions().isEmpty()) {
            problems.add(new InputProblem(where, "provisions", "at least one provision is required", ""));
            return;
        }
        int line = 1;
        for (int i = 0; i < pf.provisions().size(); i++) {
            CatalogueFiles.ProvisionFile p = pf.provisions().get(i);
            String field = "provisions[" + i + "]";
            if (p == null || p.id() == null) {
                problems.add(new InputProblem(where, field + ".id", "is required", "a provision id such as "
                        + law.id() + "/§1"));
                continue;
            }
            line = Math.max(line, text.lineOf("id: " + p.id().strip(), line));
            String at = where + ":" + line;
            var id = ProvisionId.tryParse(p.id());
            if (id.isEmpty()) {
                problems.add(new InputProblem(at, field + ".id", "'" + p.id() + "' is not a provision id",
                        "e.g. " + law.id() + "/§5-3"));
                continue;
            }
            if (!id.get().isSection()) {
                problems.add(new InputProblem(at, field + ".id", "entries are per §, not per ledd",
                        "a §-level id; narrow classifications with appliesTo"));
                continue;
            }
            if (!id.get().documentKey().equals(law.id())) {
                problems.add(new InputProblem(at, field + ".id", p.id() + " does not belong to " + law.id(),
                        "ids starting with " + law.id() + "/"));
                continue;
            }
            if (out.containsKey(id.get())) {
                problems.add(new InputProblem(at, field + ".id", p.id() + " is described twice ("
                        + out.get(id.get()).location() + ")", "one entry per §"));
                continue;
            }
            if (p.summary() == null || p.summary().nb() == null || p.summary().nb().isBlank()) {
                problems.add(new InputProblem(at, field + ".summary.nb", "a bokmål summary is required",
                        "two to four sentences in our own words"));
            }
            if (law.language() == Language.NN && (p.summary() == null || p.summary().nn() == null
                    || p.summary().nn().isBlank())) {
                problems.add(new InputProblem(at, field + ".summary.nn",
                        "a nynorsk summary is required: " + law.shortTitle() + " is written in nynorsk",
                        "two to four sentences in nynorsk"));
            }
            List<Classification> classifications = new ArrayList<>();
            if (p.classifications() != null) {
                for (int c = 0; c < p.classifications().size(); c++) {
                    readClassification(p.classifications().get(c), at, field + ".classifications[" + c + "]")
                            .ifPresent(classifications::add);
                }
            }
            LocalizedText summary = p.summary() == null ? new LocalizedText("", null)
                    : new LocalizedText(strip(p.summary().nb()), strip(p.summary().nn()));
            Keywords keywords = p.keywords() == null ? Keywords.NONE
                    : new Keywords(clean(p.keywords().nb()), clean(p.keywords().nn()));
            out.put(id.get(), new ProvisionEntry(id.get(), p.title(), summary, keywords, classifications,
                    new SourceLocation(where, line)));
        }
    }

    private java.util.Optional<Classification> readClassification(CatalogueFiles.ClassificationFile c, String at,
                                                                   String field) {
        int before = problems.size();
        if (c == null) {
            problems.add(new InputProblem(at, field, "is empty", "{kind, reason, source, status, madeAgainst}"));
            return java.util.Optional.empty();
        }
        if (c.kind() == null) problems.add(new InputProblem(at, field + ".kind", "is required", enumList(ClassificationKind.class)));
        if (c.reason() == null || c.reason().isBlank()) problems.add(new InputProblem(at, field + ".reason", "is required", "why, in our own words"));
        if (c.source() == null || c.source().isBlank()) problems.add(new InputProblem(at, field + ".source", "is required", "a legal citation and/or a public URL"));
        if (c.status() == null) {
            problems.add(new InputProblem(at, field + ".status", "is required", "VERIFIED, PARTLY_VERIFIED, UNVERIFIED"));
        } else if (c.status() == VerificationStatus.DERIVED) {
            problems.add(new InputProblem(at, field + ".status", "DERIVED is for classifications the engine derives "
                    + "itself, not for curated ones", "VERIFIED, PARTLY_VERIFIED, UNVERIFIED"));
        }
        if (c.madeAgainst() == null || c.madeAgainst().date() == null || c.madeAgainst().textHash() == null) {
            problems.add(new InputProblem(at, field + ".madeAgainst", "date and textHash are required",
                    "{date: <Lovdata dataset date>, textHash: <16 hex characters>}"));
        } else if (!HASH.matcher(c.madeAgainst().textHash()).matches()) {
            problems.add(new InputProblem(at, field + ".madeAgainst.textHash", "'" + c.madeAgainst().textHash()
                    + "' is not a text hash", "16 lower-case hex characters"));
        }
        if (c.appliesTo() != null && !PART.matcher(c.appliesTo().strip()).matches()) {
            problems.add(new InputProblem(at, field + ".appliesTo", "'" + c.appliesTo() + "' is not a part of a §",
                    "ledd1, ledd2/bokstavA, ledd3/nr2"));
        }
        if (c.kind() == ClassificationKind.ENABLING && (c.enables() == null || c.enables().isBlank())) {
            problems.add(new InputProblem(at, field + ".enables", "an ENABLING classification must say what it "
                    + "already allows", "a short text"));
        }
        if (c.validFrom() != null && c.validTo() != null && c.validTo().isBefore(c.validFrom())) {
            problems.add(new InputProblem(at, field + ".validTo", "'" + c.validTo() + "' is before validFrom '"
                    + c.validFrom() + "'", "a date on or after validFrom (the last day the classification holds)"));
        }
        if (problems.size() > before) return java.util.Optional.empty();
        return java.util.Optional.of(new Classification(c.kind(), blankToNull(c.appliesTo()), c.reason().strip(),
                c.source().strip(), c.status(), new MadeAgainst(c.madeAgainst().date(), c.madeAgainst().textHash()),
                blankToNull(c.enables()), c.validFrom(), c.validTo()));
    }

    /** A text the engine shows in either language must be given in both ("bokmål and nynorsk titles are required"). */
    private void requireBothLanguages(String at, String field, LocalizedText value, String what) {
        if (value == null || !value.has(Language.NB) || !value.has(Language.NN)) {
            problems.add(new InputProblem(at, field, "bokmål and nynorsk " + what + " are required", "{nb, nn}"));
        }
    }

    private void require(String where, YamlText text, String field, Object value) {
        if (value == null || (value instanceof String s && s.isBlank())) {
            problems.add(new InputProblem(where, field, "is required", ""));
        }
    }

    private static String loc(String where, YamlText text, String needle) {
        int line = text.lineOf(needle);
        return line > 0 ? where + ":" + line : where;
    }

    static String enumList(Class<? extends Enum<?>> type) {
        return String.join(", ", java.util.Arrays.stream(type.getEnumConstants()).map(String::valueOf).toList());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String strip(String s) {
        return s == null ? null : s.strip();
    }

    private static List<String> clean(List<String> words) {
        if (words == null) return List.of();
        return words.stream().filter(w -> w != null && !w.isBlank()).map(String::strip).toList();
    }
}
