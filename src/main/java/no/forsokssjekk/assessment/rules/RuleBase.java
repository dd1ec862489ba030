package no.forsokssjekk.assessment.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import no.forsokssjekk.io.InputProblem;
import no.forsokssjekk.io.InvalidInputException;
import no.forsokssjekk.io.ResourceTree;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.io.ResourceType;

/**
 * The Drools rule base, built once from the DRL files in rules/ (the embedded default or a folder given at run time)
 * and shared by all assessments; each assessment runs in its own session. A file with an error is reported with
 * file and line, and nothing is built.
 */
public final class RuleBase {
    private static final AtomicLong BUILDS = new AtomicLong();

    private final KieBase kieBase;
    private final ResourceTree source;
    private final String origin;
    private final String contentHash;
    private final List<RuleInfo> rules;
    private final boolean precompiled;

    private RuleBase(KieBase kieBase, ResourceTree source, String contentHash, List<RuleInfo> rules,
                     boolean precompiled) {
        this.kieBase = kieBase;
        this.precompiled = precompiled;
        this.source = source;
        this.origin = source.origin();
        this.contentHash = contentHash;
        this.rules = List.copyOf(rules);
    }

    /**
     * A rule and its metadata: the stable id, the legal source it encodes, the file it is in, and its DRL package
     * (no.forsokssjekk.rules.klassifisering holds the classification rules).
     */
    public record RuleInfo(String name, String id, String source, String file, Map<String, Object> metadata,
                           String packageName) {

        /** A classification rule: it derives facts (insertLogical) and finds nothing itself. */
        public boolean classifies() {
            return packageName.endsWith(".klassifisering") || metadata.containsKey("klassifisering");
        }
    }

    /** Builds the embedded default rule base (rules/ inside the jar). */
    public static RuleBase embedded() {
        return build(ResourceTree.classpath("forsokssjekk/rules"));
    }

    /**
     * The rule base of every .drl file in the tree: the model compiled at build time when the tree holds exactly the
     * shipped rules, otherwise the DRL compiled now. Throws {@link InvalidInputException} listing each error with its
     * file and line; also fails when a rule lacks its stable id ({@code @id}) or legal source ({@code @source}), or
     * when two rules share an id.
     */
    public static RuleBase build(ResourceTree tree) {
        String hash = tree.contentHash();
        // the rules as shipped were compiled when the jar was built: load those classes instead of compiling again
        java.util.Optional<KieBase> precompiled = PrecompiledRules.load(hash);
        return precompiled.map(kb -> describe(kb, tree, hash, true)).orElseGet(() -> compile(tree));
    }

    /**
     * Compiles the DRL files at run time, even when the jar carries these rules precompiled (a test compares the
     * two). Errors as for {@link #build}.
     */
    public static RuleBase compile(ResourceTree tree) {
        return describe(compileDrl(tree), tree, tree.contentHash(), false);
    }

    private static RuleBase describe(KieBase kieBase, ResourceTree tree, String hash, boolean precompiled) {
        List<RuleInfo> rules = describe(kieBase, PrecompiledRules.ruleFiles(tree));
        checkMetadata(rules);
        return new RuleBase(kieBase, tree, hash, rules, precompiled);
    }

    /** Compiles the DRL at run time (the classic engine), reporting errors with file and line. */
    private static KieBase compileDrl(ResourceTree tree) {
        KieServices ks = KieServices.Factory.get();
        // a fresh release id per build, so that a reload never collides with the rule base in use
        ReleaseId releaseId = ks.newReleaseId("no.forsokssjekk", "rules-" + BUILDS.incrementAndGet(), "1.0.0");
        kieBuilder(tree, releaseId, null);
        return ks.newKieContainer(releaseId).newKieBase(kieBaseConfiguration(null));
    }

    /**
     * Compiles the DRL files of a tree; with a project class (the executable model) the rules become Java classes.
     * Throws {@link InvalidInputException} listing each error with its file and line.
     */
    static KieBuilder kieBuilder(ResourceTree tree, ReleaseId releaseId,
                                 Class<? extends org.kie.api.builder.KieBuilder.ProjectType> projectType) {
        KieServices ks = KieServices.Factory.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        kfs.generateAndWritePomXML(releaseId);
        List<String> drlFiles = tree.files(".drl");
        if (drlFiles.isEmpty()) {
            throw new InvalidInputException(new InputProblem(tree.origin(), "", "no .drl rule files found",
                    "a folder with DRL files (rules/…)"));
        }
        Map<String, String> originalPaths = new java.util.HashMap<>();
        for (String file : drlFiles) {
            try (InputStream in = tree.open(file)) {
                byte[] drl = in.readAllBytes();
                // Drools wants the folder to follow the DRL package; rules/ is organised by legal source instead
                String kiePath = "src/main/resources/" + packageFolder(drl) + file.replace('/', '_');
                originalPaths.put(kiePath, file);
                originalPaths.put(kiePath.substring("src/main/resources/".length()), file);
                kfs.write(kiePath, ks.getResources().newByteArrayResource(drl)
                        .setSourcePath(file).setResourceType(ResourceType.DRL));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + tree.describe(file), e);
            }
        }
        KieBuilder builder = projectType == null ? ks.newKieBuilder(kfs).buildAll()
                : ks.newKieBuilder(kfs).buildAll(projectType);
        List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
        if (!errors.isEmpty()) {
            List<InputProblem> problems = new ArrayList<>();
            for (Message m : errors) {
                String path = m.getPath() == null ? "" : originalPaths.getOrDefault(m.getPath(),
                        m.getPath().replaceFirst("^src/main/resources/", ""));
                String where = "rules/" + path + (m.getLine() > 0 ? ":" + m.getLine() : "");
                problems.add(new InputProblem(where, "", m.getText().strip(), ""));
            }
            throw new InvalidInputException("the rules in " + tree.origin() + " do not compile", problems);
        }
        return builder;
    }

    /**
     * Identity for stated facts (each is inserted once); derived facts are one fact per value anyway, as the truth
     * maintenance compares them by equality, and equal findings are merged when they are read. Equality for stated
     * facts would cost a hash of every fact on every insert.
     */
    static org.kie.api.KieBaseConfiguration kieBaseConfiguration(ClassLoader classLoader) {
        org.kie.api.KieBaseConfiguration conf = classLoader == null ? KieServices.Factory.get().newKieBaseConfiguration()
                : KieServices.Factory.get().newKieBaseConfiguration(null, classLoader);
        conf.setOption(org.kie.api.conf.EqualityBehaviorOption.IDENTITY);
        return conf;
    }

    private static final java.util.regex.Pattern PACKAGE =
            java.util.regex.Pattern.compile("(?m)^\\s*package\\s+([\\w.]+)\\s*;?");

    /** "no/forsokssjekk/rules/soknad/" for a DRL declaring that package; "" when it declares none. */
    static String packageFolder(byte[] drl) {
        java.util.regex.Matcher m = PACKAGE.matcher(new String(drl, java.nio.charset.StandardCharsets.UTF_8));
        return m.find() ? m.group(1).replace('.', '/') + "/" : "";
    }

    private static List<RuleInfo> describe(KieBase kieBase, Map<String, String> ruleFiles) {
        List<RuleInfo> out = new ArrayList<>();
        for (KiePackage p : kieBase.getKiePackages()) {
            for (Rule r : p.getRules()) {
                Map<String, Object> md = r.getMetaData();
                // read from the DRL: the compiled model keeps no source file, and Drools may give its own path
                String file = ruleFiles.getOrDefault(p.getName() + "." + r.getName(), "");
                out.add(new RuleInfo(r.getName(), str(md.get("id")), str(md.get("source")), file, md, p.getName()));
            }
        }
        out.sort(Comparator.comparing(RuleInfo::file).thenComparing(RuleInfo::name));
        return out;
    }

    private static void checkMetadata(List<RuleInfo> rules) {
        List<InputProblem> problems = new ArrayList<>();
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (RuleInfo r : rules) {
            String where = "rules/" + r.file();
            if (r.id() == null || r.id().isBlank()) {
                problems.add(new InputProblem(where, "@id", "rule \"" + r.name() + "\" has no stable id",
                        "@id(\"FORSOKSLOVEN-3-3-DURATION\")"));
            } else if (!ids.add(r.id())) {
                problems.add(new InputProblem(where, "@id", "rule id " + r.id() + " is used by more than one rule",
                        "a unique id per rule"));
            }
            if (r.source() == null || r.source().isBlank()) {
                problems.add(new InputProblem(where, "@source", "rule \"" + r.name() + "\" has no legal source",
                        "@source(\"LOV-1992-06-26-87/§3/ledd3\")"));
            } else if (!isSource(r.source())) {
                problems.add(new InputProblem(where, "@source", "rule \"" + r.name() + "\" has the source '"
                        + r.source() + "', which is not a provision id",
                        "a provision id (LOV-1992-06-26-87/§3/ledd3), an act id, or a catalogue id (FORSOKSORDNINGEN-2023)"));
            }
        }
        if (!problems.isEmpty()) throw new InvalidInputException("the rules lack required metadata", problems);
    }

    private static final java.util.regex.Pattern CATALOGUE_ID = java.util.regex.Pattern.compile("[A-Z][A-Z0-9_-]+");

    /** A legal source: a provision id, an act or regulation id, or the id of a scheme or trial authority in the catalogue. */
    static boolean isSource(String s) {
        return no.forsokssjekk.corpus.ProvisionId.tryParse(s).isPresent()
                || no.forsokssjekk.corpus.ProvisionId.DocumentRef.isDocumentId(s)
                || (CATALOGUE_ID.matcher(s).matches() && !s.startsWith("LOV-") && !s.startsWith("FOR-"));
    }

    private static String str(Object o) {
        if (o == null) return null;
        String s = o.toString();
        return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"") ? s.substring(1, s.length() - 1) : s;
    }

    public KieBase kieBase() {
        return kieBase;
    }

    /** The folder the rules were read from (message bundles live beside them). */
    public ResourceTree source() {
        return source;
    }

    public String origin() {
        return origin;
    }

    /** SHA-256 of the rule files: the rules' version in an assessment receipt. */
    public String contentHash() {
        return contentHash;
    }

    public List<RuleInfo> rules() {
        return rules;
    }

    /** True when the rules were loaded as compiled at build time ({@link PrecompiledRules}), not compiled at start. */
    public boolean precompiled() {
        return precompiled;
    }
}
