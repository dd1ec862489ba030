package no.forsokssjekk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import no.forsokssjekk.assessment.Applicant;
import no.forsokssjekk.assessment.Application;
import no.forsokssjekk.assessment.Assessment;
import no.forsokssjekk.assessment.EffectOnIndividuals;
import no.forsokssjekk.assessment.FindingCode;
import no.forsokssjekk.assessment.RequestedExemption;
import no.forsokssjekk.assessment.Severity;
import no.forsokssjekk.corpus.catalogue.ApplicantType;
import no.forsokssjekk.io.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Uses the library the way a case-handling system that embeds it would: build once, share, assess. */
class EmbeddingTest {
    private static final Clock NOV_27_2026 = Clock.fixed(java.time.Instant.parse("2026-11-27T10:00:00Z"),
            ZoneId.of("Europe/Oslo"));

    @Test
    void an_embedding_system_builds_the_engine_once_and_assesses_applications() {
        Forsokssjekk engine = Forsokssjekk.builder().clock(NOV_27_2026).build();
        Application application = Application.builder()
                .applicant(new Applicant("Eksempel kommune", ApplicantType.MUNICIPALITY, null, null))
                .exemption(new RequestedExemption("barnehageloven § 26", "Annen bemanningsmodell", null,
                        EffectOnIndividuals.RESTRICTS_RIGHTS))
                .build();
        Assessment assessment = engine.assess(application);
        assertThat(assessment.assessmentDate()).as("today, read once at the edge").isEqualTo(LocalDate.of(2026, 11, 27));
        assertThat(assessment.findings()).anySatisfy(f -> {
            assertThat(f.code()).isEqualTo(FindingCode.RIGHTS_RESTRICTION);
            assertThat(f.severity()).isEqualTo(Severity.BLOCKER);
            assertThat(f.sources()).extracting(s -> s.citation()).contains("forsøksloven § 4 andre ledd");
        });
        assertThat(engine.provision("LOV-1992-06-26-87/§4")).get()
                .satisfies(p -> assertThat(p.citation()).isEqualTo("forsøksloven § 4"));
        assertThat(assessment.versions().rules()).isEqualTo(engine.ruleBase().contentHash());
    }

    @Test
    void the_engine_is_shared_safely_between_threads() throws Exception {
        Forsokssjekk engine = Forsokssjekk.builder().clock(NOV_27_2026).build();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Assessment>> results = new java.util.ArrayList<>();
            for (int i = 0; i < 40; i++) {
                boolean restricts = i % 2 == 0;
                results.add(pool.submit(() -> engine.assess(Application.builder().exemption(new RequestedExemption(
                        "bhl § 26", null, null, restricts ? EffectOnIndividuals.RESTRICTS_RIGHTS
                        : EffectOnIndividuals.NONE)).build())));
            }
            for (int i = 0; i < results.size(); i++) {
                boolean blocked = results.get(i).get().findings().stream()
                        .anyMatch(f -> f.code() == FindingCode.RIGHTS_RESTRICTION);
                assertThat(blocked).as("assessment %d sees only its own facts", i).isEqualTo(i % 2 == 0);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void an_invalid_application_is_refused_with_the_field_named() {
        Forsokssjekk engine = Forsokssjekk.builder().build();
        assertThatThrownBy(() -> engine.assess(Application.builder().build()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("field 'exemptions'");
    }

    @Test
    void a_failed_rule_reload_keeps_the_last_good_rules(@TempDir Path dir) throws IOException {
        Path rules = dir.resolve("rules");
        copyEmbeddedRules(rules);
        Forsokssjekk engine = Forsokssjekk.builder().rules(rules).clock(NOV_27_2026).build();
        String good = engine.ruleBase().contentHash();
        Files.writeString(rules.resolve("forsoksloven/paragraf-4.drl"), "package x;\nrule \"broken\"\nwhen\n  Nope(\nthen\nend\n");
        assertThatThrownBy(engine::reloadRules).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("rules/forsoksloven/paragraf-4.drl");
        assertThat(engine.ruleBase().contentHash()).isEqualTo(good);
        assertThat(engine.assess(Application.builder().exemption(new RequestedExemption("bhl § 26", null, null,
                EffectOnIndividuals.RESTRICTS_RIGHTS)).build()).findings())
                .anyMatch(f -> f.code() == FindingCode.RIGHTS_RESTRICTION);
    }

    static void copyEmbeddedRules(Path target) throws IOException {
        var tree = no.forsokssjekk.io.ResourceTree.classpath("forsokssjekk/rules");
        for (String f : tree.files()) {
            Path p = target.resolve(f);
            Files.createDirectories(p.getParent());
            try (var in = tree.open(f)) {
                Files.copy(in, p);
            }
        }
    }
}
