package no.forsokssjekk.assessment.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.forsokssjekk.Forsokssjekk;
import no.forsokssjekk.assessment.Application;
import no.forsokssjekk.assessment.Assessment;
import no.forsokssjekk.assessment.ExemptionAssessment;
import no.forsokssjekk.assessment.Finding;
import no.forsokssjekk.assessment.LegalBasis;
import no.forsokssjekk.corpus.Language;
import no.forsokssjekk.io.ResourceTree;
import no.forsokssjekk.testsupport.LovdataTestData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The words of the findings: every rule has its question in bokmål and nynorsk, every rule that finds something or
 * gives a legal basis has its texts in both, and every scenario, assessed in both languages, gets complete sentences
 * with no placeholder left unfilled.
 */
class MessageBundleTest {
    private static RuleBase rules;
    private static MessageBundle messages;

    @BeforeAll
    static void load() {
        ResourceTree tree = ResourceTree.directory(LovdataTestData.projectDir().resolve("rules"));
        rules = RuleBase.build(tree);
        messages = MessageBundle.load(tree);
    }

    @Test
    void every_rule_asks_its_question_in_bokmal_and_nynorsk() {
        for (RuleBase.RuleInfo r : rules.rules()) {
            assertThat(messages.text(Language.NB, r.id() + ".question", Map.of())).as(r.id()).isEqualTo(r.name());
            assertThat(messages.text(Language.NN, r.id() + ".question", Map.of())).as(r.id()).isNotBlank()
                    .isNotEqualTo(r.name());
        }
    }

    @Test
    void every_rule_that_decides_has_its_texts_in_both_languages() {
        for (RuleBase.RuleInfo r : rules.rules()) {
            if (r.classifies()) {
                assertThat(messages.has(r.id() + ".message")).as(r.id() + " only classifies").isFalse();
                continue;
            }
            boolean finding = messages.has(r.id() + ".message");
            boolean basis = messages.has(r.id() + ".reason");
            assertThat(finding || basis).as(r.id() + " has a message or a reason").isTrue();
            if (finding) assertThat(messages.has(r.id() + ".resolveBy")).as(r.id() + ".resolveBy").isTrue();
        }
    }

    @Test
    void no_text_is_left_without_a_rule() {
        List<String> ids = rules.rules().stream().map(RuleBase.RuleInfo::id).toList();
        for (String key : messages.keys()) {
            if (key.startsWith("common.")) continue;
            assertThat(ids).as(key).contains(key.substring(0, key.indexOf('.')));
        }
    }

    @Test
    void every_scenario_reads_as_complete_sentences_in_bokmal_and_nynorsk() {
        Forsokssjekk engine = Forsokssjekk.builder().build();
        List<String> problems = new ArrayList<>();
        no.forsokssjekk.scenarios.ScenarioAccess.all().forEach(app -> {
            for (Language language : Language.values()) {
                Application a = new Application(app.stage(), app.assessmentDate(), language, app.applicants(),
                        app.title(), app.description(), app.purpose(), app.period(), app.extension(), app.exemptions(),
                        app.affectsChildren(), app.processesPersonalData(), app.evaluationPlan(),
                        app.employeeInvolvement(), app.localRegulationDraft(), app.hearing());
                Assessment result = engine.assess(a);
                for (Finding f : result.findings()) {
                    check(problems, language, f.ruleId() + ".message", f.message());
                    check(problems, language, f.ruleId() + ".resolveBy", f.resolveBy());
                    assertThat(f.sources()).as(f.ruleId() + " has sources").isNotEmpty();
                    f.sources().stream().filter(s -> s.citation() == null || s.citation().isBlank() || s.citation().contains("{"))
                            .forEach(s -> problems.add(language + " " + f.ruleId() + " source: " + s));
                }
                for (ExemptionAssessment e : result.exemptions()) {
                    for (LegalBasis b : e.legalBasis()) check(problems, language, "reason", b.reason());
                }
            }
        });
        assertThat(problems).isEmpty();
    }

    private static void check(List<String> problems, Language language, String what, String text) {
        if (text == null || text.isBlank()) problems.add(language + " " + what + ": empty");
        else if (text.contains("{") || text.contains("}")) problems.add(language + " " + what + ": " + text);
        else if (!Character.isUpperCase(text.codePointAt(0)) && !text.startsWith("«") && !text.startsWith("§")) {
            problems.add(language + " " + what + " does not start a sentence: " + text);
        }
    }
}
