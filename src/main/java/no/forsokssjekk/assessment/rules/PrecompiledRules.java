package no.forsokssjekk.assessment.rules;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import no.forsokssjekk.io.ResourceTree;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.model.Model;
import org.drools.model.codegen.ExecutableModelProject;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.ReleaseId;

/**
 * The shipped rules, compiled when the jar is built: the DRL files in rules/ turned into Drools' executable model
 * (Java classes), so a start loads classes instead of compiling every rule's consequence (most of a cold build).
 * The compiled model carries the content hash of the rule files it was made from, and is used only for a tree with
 * exactly that content; any other rules (a folder given at run time, an edited file, a reload) are compiled from the
 * DRL as before. A test checks that both give the same assessments on every scenario.
 */
public final class PrecompiledRules {
    static final String FOLDER = "forsokssjekk/rules-model/";
    static final String MODEL = "rules.kjar";
    static final String HASH = "rules.sha256";
    private static final System.Logger LOG = System.getLogger(PrecompiledRules.class.getName());

    private PrecompiledRules() {
    }

    /** The compiled model of rules with this content hash, when the jar carries one. */
    static Optional<KieBase> load(String contentHash) {
        ClassLoader parent = PrecompiledRules.class.getClassLoader();
        try (InputStream hashIn = parent.getResourceAsStream(FOLDER + HASH)) {
            if (hashIn == null) return Optional.empty();
            if (!new String(hashIn.readAllBytes(), StandardCharsets.US_ASCII).strip().equals(contentHash)) {
                return Optional.empty();
            }
            byte[] kjar;
            try (InputStream in = parent.getResourceAsStream(FOLDER + MODEL)) {
                if (in == null) return Optional.empty();
                kjar = in.readAllBytes();
            }
            ModelClassLoader loader = new ModelClassLoader(parent);
            List<String> modelNames = new ArrayList<>();
            try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(kjar))) {
                for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                    String name = e.getName();
                    if (name.endsWith(".class")) {
                        loader.classes.put(name.substring(0, name.length() - 6).replace('/', '.'), zip.readAllBytes());
                    } else if (name.startsWith("META-INF/kie/") && name.endsWith("/drools-model")) {
                        for (String line : new String(zip.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                            line = line.strip();
                            if (!line.isEmpty() && !line.startsWith("Drools-Model-Version")) modelNames.add(line);
                        }
                    }
                }
            }
            if (modelNames.isEmpty()) return Optional.empty();
            List<Model> models = new ArrayList<>(modelNames.size());
            for (String n : modelNames) {
                models.add((Model) loader.loadClass(n).getDeclaredConstructor().newInstance());
            }
            return Optional.of(KieBaseBuilder.createKieBaseFromModel(models, RuleBase.kieBaseConfiguration(loader)));
        } catch (IOException | ReflectiveOperationException | LinkageError | RuntimeException e) {
            // a damaged model is no reason not to start: the DRL is compiled instead
            LOG.log(System.Logger.Level.WARNING, "the precompiled rules could not be loaded ({0}); compiling the DRL",
                    e.toString());
            return Optional.empty();
        }
    }

    /** Classes of the compiled model, defined from the bytes in the model archive. */
    private static final class ModelClassLoader extends ClassLoader {
        final Map<String, byte[]> classes = new HashMap<>();

        ModelClassLoader(ClassLoader parent) {
            super(parent);
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            byte[] b = classes.get(name);
            if (b == null) throw new ClassNotFoundException(name);
            return defineClass(name, b, 0, b.length);
        }

        @Override
        public InputStream getResourceAsStream(String name) {
            if (name.endsWith(".class")) {
                byte[] b = classes.get(name.substring(0, name.length() - 6).replace('/', '.'));
                if (b != null) return new ByteArrayInputStream(b);
            }
            return super.getResourceAsStream(name);
        }
    }

    private static final Pattern PACKAGE = Pattern.compile("(?m)^\\s*package\\s+([\\w.]+)");
    private static final Pattern RULE = Pattern.compile("(?m)^\\s*rule\\s+(?:\"((?:[^\"\\\\]|\\\\.)*)\"|'([^']*)'|(\\S+))");

    /** "package.rule name" → the file it is written in, read from the DRL (the compiled model does not keep it). */
    static Map<String, String> ruleFiles(ResourceTree tree) {
        Map<String, String> out = new HashMap<>();
        for (String file : tree.files(".drl")) {
            String drl = tree.read(file);
            Matcher p = PACKAGE.matcher(drl);
            String pkg = p.find() ? p.group(1) : "defaultpkg";
            Matcher r = RULE.matcher(drl);
            while (r.find()) {
                String name = r.group(1) != null ? r.group(1) : r.group(2) != null ? r.group(2) : r.group(3);
                out.put(pkg + "." + name, file);
            }
        }
        return out;
    }

    private static final ReleaseId RELEASE =
            KieServices.Factory.get().newReleaseId("no.forsokssjekk", "rules-precompiled", "1.0.0");

    /**
     * Compiles the rules on the class path (forsokssjekk/rules, as the build has copied them) into the executable
     * model in the given folder, beside the content hash of the rule files. Run by the build (process-classes); a
     * rule that does not compile fails the build with its file and line.
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: PrecompiledRules <output folder, e.g. target/classes/forsokssjekk/rules-model>");
            System.exit(2);
        }
        ResourceTree tree = ResourceTree.classpath("forsokssjekk/rules");
        byte[] kjar = ((InternalKieModule) RuleBase.kieBuilder(tree, RELEASE, ExecutableModelProject.class)
                .getKieModule()).getBytes();
        Path out = Path.of(args[0]);
        Files.createDirectories(out);
        write(out.resolve(MODEL), kjar);
        write(out.resolve(HASH), (tree.contentHash() + "\n").getBytes(StandardCharsets.US_ASCII));
    }

    /** Written beside and moved into place, so a stopped build never leaves half a file. */
    private static void write(Path target, byte[] bytes) throws IOException {
        Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
        Files.write(tmp, bytes);
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
