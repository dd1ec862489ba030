package no.forsokssjekk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import no.forsokssjekk.contract.ContractJson;
import no.forsokssjekk.testsupport.LovdataTestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built artifacts as a user gets them (runs after packaging): the executable jar answers on the command line,
 * and the plain library jar carries the embedded catalogue and rules as class-path resources.
 */
class ExecutableJarIT {
    private static final Path EXEC_JAR = Path.of(System.getProperty("forsokssjekk.exec.jar", "target/forsokssjekk.jar"));
    private static final Path LIBRARY_JAR = Path.of(System.getProperty("forsokssjekk.library.jar",
            "target/forsokssjekk-0.1.0.jar"));

    @TempDir
    Path home;

    record Run(int exit, String out, String err) {
    }

    private Run java(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", EXEC_JAR.toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(false);
        pb.environment().put("FORSOKSSJEKK_HOME", home.toString());
        Process p = pb.start();
        byte[] out = p.getInputStream().readAllBytes();
        byte[] err = p.getErrorStream().readAllBytes();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Run(p.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }

    @Test
    void assess_json_prints_a_valid_assessment() throws Exception {
        Path example = LovdataTestData.projectDir().resolve("docs/examples/karakterfri-vurdering.json");
        Run r = java("assess", "--json", example.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        var assessment = ContractJson.readAssessment(r.out());
        assertThat(assessment.exemptions()).hasSize(1);
        assertThat(assessment.versions().engine()).isEqualTo("0.1.0");
    }

    @Test
    void bad_input_exits_2_with_the_field_named_and_no_stack_trace() throws Exception {
        Path app = home.resolve("bad.json");
        Files.writeString(app, "{\"stage\":\"DRAFT\",\"exemptions\":[{\"provision\":\"bhl § 26\"}]}");
        Run r = java("assess", app.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("field 'stage'").contains("PRELIMINARY, FINAL").doesNotContain("\tat ");
    }

    @Test
    void the_library_jar_carries_the_embedded_catalogue_and_rules() throws Exception {
        assertThat(LIBRARY_JAR).exists();
        List<URL> urls = new ArrayList<>();
        urls.add(LIBRARY_JAR.toUri().toURL());
        // the library's dependencies, but not its own classes folder: resources must come from the jar
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            if (entry.endsWith(".jar") && !entry.contains("forsokssjekk")) urls.add(Path.of(entry).toUri().toURL());
        }
        try (URLClassLoader isolated = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader())) {
            URL index = isolated.getResource("forsokssjekk/legal-corpus/INDEX");
            assertThat(index).isNotNull();
            assertThat(index.toString()).startsWith("jar:").contains(LIBRARY_JAR.getFileName().toString());
            assertThat(isolated.getResource("forsokssjekk/rules/INDEX").toString()).startsWith("jar:");
            Thread.currentThread().setContextClassLoader(isolated); // Drools finds its services through it
            Class<?> facade = Class.forName("no.forsokssjekk.Forsokssjekk", true, isolated);
            assertThat(facade.getProtectionDomain().getCodeSource().getLocation().toString()).endsWith(".jar");
            Object builder = facade.getMethod("builder").invoke(null);
            Object engine = builder.getClass().getMethod("build").invoke(builder);
            Object provision = facade.getMethod("provision", String.class).invoke(engine, "LOV-1992-06-26-87/§4");
            assertThat(provision).isInstanceOf(java.util.Optional.class);
            assertThat((java.util.Optional<?>) provision).isPresent();
        } finally {
            Thread.currentThread().setContextClassLoader(ExecutableJarIT.class.getClassLoader());
        }
    }
}
