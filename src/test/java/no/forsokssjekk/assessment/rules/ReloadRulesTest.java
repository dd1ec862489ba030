package no.forsokssjekk.assessment.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import no.forsokssjekk.Forsokssjekk;
import no.forsokssjekk.assessment.Application;
import no.forsokssjekk.assessment.EffectOnIndividuals;
import no.forsokssjekk.assessment.FindingCode;
import no.forsokssjekk.assessment.RequestedExemption;
import no.forsokssjekk.io.InvalidInputException;
import no.forsokssjekk.testsupport.LovdataTestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A running service asked to reload its rules keeps the last good rule base when the new rules are not usable. */
class ReloadRulesTest {

    private static final Application RIGHTS_RESTRICTED = Application.builder()
            .assessmentDate(LocalDate.of(2025, 11, 10))
            .exemption(new RequestedExemption("barnehageloven § 36", null, null, EffectOnIndividuals.RESTRICTS_RIGHTS))
            .build();

    @Test
    void a_rule_file_with_an_error_is_named_with_its_line_and_the_old_rules_keep_working(@TempDir Path dir)
            throws IOException {
        Forsokssjekk engine = engineOnCopy(dir);
        String good = engine.ruleBase().contentHash();
        Files.writeString(dir.resolve("forsoksloven/paragraf-4.drl"),
                "package x;\n\nrule \"ødelagt\"\nwhen\n  Nope(\nthen\nend\n");
        assertThatThrownBy(engine::reloadRules).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("rules/forsoksloven/paragraf-4.drl:");
        assertThat(engine.ruleBase().contentHash()).isEqualTo(good);
        assertThat(engine.assess(RIGHTS_RESTRICTED).findings()).anyMatch(f -> f.code() == FindingCode.RIGHTS_RESTRICTION);
    }

    @Test
    void a_rule_without_its_texts_in_nynorsk_is_refused_and_the_old_rules_keep_working(@TempDir Path dir)
            throws IOException {
        Forsokssjekk engine = engineOnCopy(dir);
        String good = engine.ruleBase().contentHash();
        Path nn = dir.resolve("messages/nn.properties");
        String without = Files.readString(nn).lines().filter(l -> !l.startsWith("FORSOKSLOVEN-4-2-OPPGITT.message"))
                .reduce("", (a, b) -> a + b + "\n");
        Files.writeString(nn, without);
        assertThatThrownBy(engine::reloadRules).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("FORSOKSLOVEN-4-2-OPPGITT.message");
        assertThat(engine.ruleBase().contentHash()).isEqualTo(good);
    }

    @Test
    void a_good_reload_puts_the_new_rules_in_service(@TempDir Path dir) throws IOException {
        Forsokssjekk engine = engineOnCopy(dir);
        String old = engine.ruleBase().contentHash();
        Path p4 = dir.resolve("forsoksloven/paragraf-4.drl");
        // the rule on declared restrictions is withdrawn: the finding disappears after the reload
        String drl = Files.readString(p4);
        int from = drl.indexOf("rule \"Oppgir søkeren at forsøket innskrenker");
        int to = drl.indexOf("\nend\n", from) + 5;
        Files.writeString(p4, drl.substring(0, from) + drl.substring(to));
        engine.reloadRules();
        assertThat(engine.ruleBase().contentHash()).isNotEqualTo(old);
        assertThat(engine.assess(RIGHTS_RESTRICTED).findings())
                .noneMatch(f -> f.ruleId().equals("FORSOKSLOVEN-4-2-OPPGITT"));
    }

    private static Forsokssjekk engineOnCopy(Path dir) throws IOException {
        Path source = LovdataTestData.projectDir().resolve("rules");
        try (var files = Files.walk(source)) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                Path target = dir.resolve(source.relativize(p).toString());
                Files.createDirectories(target.getParent());
                Files.copy(p, target);
            }
        }
        return Forsokssjekk.builder().rules(dir).build();
    }
}
