package no.forsokssjekk.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import no.forsokssjekk.Forsokssjekk;
import no.forsokssjekk.assessment.Assessment;
import no.forsokssjekk.assessment.TraceEntry;
import no.forsokssjekk.assessment.rules.DroolsAssessor;
import no.forsokssjekk.assessment.rules.RuleBase;
import no.forsokssjekk.io.ResourceTree;
import org.junit.jupiter.api.Test;

/**
 * The shipped rules are compiled to Drools' executable model when the jar is built, and loaded from there at start;
 * a folder of other rules is compiled from its DRL. Both must reach the same result: every scenario is assessed with
 * each, and the assessments must be equal (the trace compared as a set, since rules of equal priority may fire in
 * another order).
 */
class PrecompiledRulesTest {

    @Test
    void the_shipped_rules_are_loaded_as_compiled_when_the_jar_was_built() {
        assertTrue(ScenarioTest.engine().ruleBase().precompiled(),
                "the embedded rules were compiled at start: the build's precompile-rules step (process-classes) "
                        + "did not run or its model does not match the rule files");
    }

    @Test
    void an_edited_rule_folder_is_compiled_from_its_drl() throws Exception {
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("rules");
        try {
            ResourceTree shipped = ResourceTree.classpath("forsokssjekk/rules");
            for (String f : shipped.files()) {
                java.nio.file.Path target = dir.resolve(f);
                java.nio.file.Files.createDirectories(target.getParent());
                java.nio.file.Files.writeString(target, shipped.read(f));
            }
            java.nio.file.Files.writeString(dir.resolve("README.md"), "\nendret\n",
                    java.nio.file.StandardOpenOption.APPEND);
            RuleBase edited = RuleBase.build(ResourceTree.directory(dir));
            assertFalse(edited.precompiled(), "a changed rule folder must not use the model of the shipped rules");
            assertEquals(ScenarioTest.engine().ruleBase().rules().size(), edited.rules().size());
        } finally {
            try (var files = java.nio.file.Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Test
    void the_precompiled_rules_and_the_rules_compiled_from_drl_assess_every_scenario_alike() {
        RuleBase fromDrl = RuleBase.compile(ResourceTree.classpath("forsokssjekk/rules"));
        assertFalse(fromDrl.precompiled());
        assertEquals(ScenarioTest.engine().ruleBase().rules(), fromDrl.rules(),
                "the same rules, ids, sources and files");
        Forsokssjekk drl = Forsokssjekk.builder()
                .assessor(new Forsokssjekk.AssessorFactory() {
                    @Override
                    public no.forsokssjekk.assessment.Assessor create(RuleBase rules, no.forsokssjekk.corpus.Corpus corpus,
                            no.forsokssjekk.citation.CitationResolver citations,
                            no.forsokssjekk.assessment.Versions versions) {
                        return new DroolsAssessor(fromDrl, corpus, citations, versions);
                    }

                    @Override
                    public no.forsokssjekk.assessment.Assessor create(RuleBase rules, no.forsokssjekk.corpus.Corpus corpus,
                            no.forsokssjekk.citation.CitationResolver citations,
                            no.forsokssjekk.assessment.Versions versions,
                            no.forsokssjekk.assessment.ProvisionSuggestions suggestions) {
                        // the same suggestions as the default engine, so only the rules differ
                        return new DroolsAssessor(fromDrl, corpus, citations, versions, suggestions);
                    }
                })
                .build();
        List<String> differences = new ArrayList<>();
        int compared = 0;
        for (Scenario s : Scenario.all(ScenarioTest.ROOT).toList()) {
            if (s.needsLovdata()) continue;
            Assessment precompiled = comparable(ScenarioTest.engine().assess(s.application()));
            Assessment compiled = comparable(drl.assess(s.application()));
            if (!precompiled.equals(compiled)) differences.add(s.file().getFileName() + ": " + s.name());
            compared++;
        }
        assertTrue(compared >= 60, "only " + compared + " scenarios compared");
        assertTrue(differences.isEmpty(), "assessed differently:\n" + String.join("\n", differences));
    }

    private static Assessment comparable(Assessment a) {
        List<TraceEntry> trace = new ArrayList<>(a.trace());
        trace.sort(Comparator.comparing(TraceEntry::ruleId)
                .thenComparing(t -> t.exemptionIndex() == null ? -1 : t.exemptionIndex())
                .thenComparing(t -> String.join("|", t.facts())));
        return new Assessment(a.outcome(), a.exemptions(), a.findings(), a.versions(), a.assessmentDate(),
                a.language(), trace);
    }
}
