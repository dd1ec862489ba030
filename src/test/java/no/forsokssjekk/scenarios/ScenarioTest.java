package no.forsokssjekk.scenarios;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import no.forsokssjekk.Forsokssjekk;
import no.forsokssjekk.assessment.Assessment;
import no.forsokssjekk.testsupport.FullLovdata;
import no.forsokssjekk.testsupport.LovdataTestData;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every legal case in src/test/resources/scenarios against the embedded catalogue and rules: one test per case,
 * named by its sentence, grouped by legal source. Cases marked {@code corpus: lovdata} run with the full Lovdata data
 * as well (skipped without it, see {@link FullLovdata}). A case fails on a missing or an unexpected finding or legal basis.
 */
class ScenarioTest {
    static final Path ROOT = LovdataTestData.projectDir().resolve("src/test/resources/scenarios");
    private static Forsokssjekk engine;

    static synchronized Forsokssjekk engine() {
        if (engine == null) engine = Forsokssjekk.builder().build();
        return engine;
    }

    @TestFactory
    Stream<DynamicNode> every_scenario_gives_the_legal_basis_and_the_findings_a_caseworker_expects() {
        Map<String, List<DynamicNode>> bySource = new TreeMap<>();
        Scenario.all(ROOT).forEach(s -> bySource.computeIfAbsent(ROOT.relativize(s.file()).getParent().toString(),
                k -> new ArrayList<>()).add(DynamicTest.dynamicTest(s.name(), s.file().toUri(), () -> run(s))));
        return bySource.entrySet().stream().map(e -> DynamicContainer.dynamicContainer(e.getKey(), e.getValue()));
    }

    /** -Dscenario.describe=true: writes what the engine says to target/scenario-drafts, to draft new cases (review them!). */
    private static void draft(Scenario s, Assessment a) {
        try {
            Path out = LovdataTestData.projectDir().resolve("target/scenario-drafts").resolve(ROOT.relativize(s.file()));
            java.nio.file.Files.createDirectories(out.getParent());
            java.nio.file.Files.writeString(out, Scenario.describe(a));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void run(Scenario s) {
        Forsokssjekk onCorpus = s.needsLovdata() ? FullLovdata.engine() : engine();
        Assessment a = onCorpus.assess(s.application());
        List<String> differences = s.differences(a);
        if (!differences.isEmpty()) {
            if (Boolean.getBoolean("scenario.describe")) draft(s, a);
            fail(s.file().getFileName() + ": " + s.name() + "\n  - " + String.join("\n  - ", differences));
        }
    }
}
