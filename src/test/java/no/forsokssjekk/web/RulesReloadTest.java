package no.forsokssjekk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.stream.Stream;
import no.forsokssjekk.testsupport.LovdataTestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/** With reload allowed, new rules are taken in without a restart, and broken rules leave the last good ones in force. */
@SpringBootTest(classes = WebApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "forsokssjekk.web.rules-reload=true")
class RulesReloadTest {
    static final Path RULES = copyOfTheRules();

    @Value("${local.server.port}")
    int port;

    @DynamicPropertySource
    static void rules(DynamicPropertyRegistry registry) {
        registry.add("forsokssjekk.rules", RULES::toString);
    }

    private static Path copyOfTheRules() {
        try {
            Path source = LovdataTestData.projectDir().resolve("rules");
            Path target = Files.createTempDirectory("forsokssjekk-rules");
            try (Stream<Path> files = Files.walk(source)) {
                for (Path p : (Iterable<Path>) files::iterator) {
                    Path to = target.resolve(source.relativize(p).toString());
                    if (Files.isDirectory(p)) Files.createDirectories(to);
                    else Files.copy(p, to);
                }
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void brokenRulesAreRefusedWithTheirFileAndTheLastGoodRulesStay() throws IOException {
        WebTestClient client = new WebTestClient(port);
        String before = client.get("/api/versions").json().get("rules").asString();
        WebTestClient.Response ok = client.postJson("/api/admin/rules/reload", "");
        assertThat(ok.status()).isEqualTo(200);
        assertThat(ok.json().get("rules").asString()).isEqualTo(before);

        Path drl;
        try (Stream<Path> files = Files.walk(RULES)) {
            drl = files.filter(p -> p.toString().endsWith(".drl")).findFirst().orElseThrow();
        }
        Files.writeString(drl, "\nrule \"broken\" when then this is not DRL\n", StandardOpenOption.APPEND);
        WebTestClient.Response broken = client.postJson("/api/admin/rules/reload", "");
        assertThat(broken.status()).isEqualTo(400);
        JsonNode problem = broken.json();
        assertThat(problem.get("problems").toString()).contains(drl.getFileName().toString());
        assertThat(broken.body()).doesNotContain("\tat ");

        assertThat(client.get("/api/versions").json().get("rules").asString()).isEqualTo(before);
        assertThat(client.postJson("/api/assessments", WebTestClient.resource("application-school.json")).status())
                .isEqualTo(200);
    }
}
