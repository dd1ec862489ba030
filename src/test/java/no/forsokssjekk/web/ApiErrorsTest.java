package no.forsokssjekk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;

/**
 * Every kind of bad input gets an RFC 9457 problem that names the field and what is accepted, with no stack trace,
 * and the service goes on answering.
 */
@SpringBootTest(classes = WebApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApiErrorsTest {
    @Value("${local.server.port}")
    int port;

    WebTestClient client;

    @BeforeEach
    void client() {
        client = new WebTestClient(port);
    }

    private static final String VALID = "{\"exemptions\": [{\"provision\": \"barnehageloven § 26\"}]}";

    private JsonNode problem(WebTestClient.Response r, int status, String field) {
        assertThat(r.status()).as(r.body()).isEqualTo(status);
        assertThat(r.contentType()).startsWith("application/problem+json");
        JsonNode p = r.json();
        assertThat(p.get("status").asInt()).isEqualTo(status);
        assertThat(p.get("type").asString()).startsWith("https://forsokssjekk.no/problems/");
        assertThat(p.get("title").asString()).isNotBlank();
        assertThat(p.get("detail").asString()).isNotBlank();
        if (field != null) assertThat(p.get("field").asString()).isEqualTo(field);
        assertThat(r.body()).doesNotContain("Exception", "\tat ", "at no.forsokssjekk", "at org.");
        return p;
    }

    @Test
    void malformedJsonIsRefusedWithWhereItBroke() {
        JsonNode p = problem(client.postJson("/api/assessments", "{\"exemptions\": [{\"provision\": }"), 400,
                "exemptions[0]");
        assertThat(p.get("detail").asString()).contains("malformed");
        assertThat(p.get("problems").get(0).get("location").asString()).contains("body");
    }

    @Test
    void anUnknownFieldIsNamedWithTheAcceptedFields() {
        JsonNode p = problem(client.postJson("/api/assessments",
                "{\"exemptions\": [{\"provision\": \"bhl § 26\", \"colour\": \"red\"}]}"), 400, "exemptions[0].colour");
        assertThat(p.get("problems").get(0).get("accepted").asString()).contains("provision", "deviation");
    }

    @Test
    void aWrongEnumValueListsTheAcceptedValues() {
        JsonNode p = problem(client.postJson("/api/assessments",
                "{\"stage\": \"DRAFT\", \"exemptions\": [{\"provision\": \"bhl § 26\"}]}"), 400, "stage");
        assertThat(p.get("problems").get(0).get("accepted").asString()).isEqualTo("PRELIMINARY, FINAL");
        problem(client.postJson("/api/assessments", "{\"applicants\": [{\"name\": \"X\", \"type\": \"CITY\"}], "
                + "\"exemptions\": [{\"provision\": \"bhl § 26\"}]}"), 400, "applicants[0].type");
    }

    @Test
    void aPeriodThatEndsBeforeItStartsIsRefused() {
        JsonNode p = problem(client.postJson("/api/assessments", "{\"period\": {\"from\": \"2028-01-01\", "
                + "\"to\": \"2027-01-01\"}, \"exemptions\": [{\"provision\": \"bhl § 26\"}]}"), 400, "period.to");
        assertThat(p.get("problems").get(0).get("accepted").asString()).contains("period.from");
        problem(client.postJson("/api/assessments", "{\"period\": {\"from\": \"2028-02-30\", \"to\": \"2029-01-01\"}, "
                + "\"exemptions\": [{\"provision\": \"bhl § 26\"}]}"), 400, "period.from");
    }

    @Test
    void anApplicationWithoutExemptionsIsRefused() {
        problem(client.postJson("/api/assessments", "{\"exemptions\": []}"), 400, "exemptions");
        problem(client.postJson("/api/assessments", "{}"), 400, "exemptions");
    }

    @Test
    void anOversizeBodyIsRefusedBeforeItIsRead() {
        String big = "{\"exemptions\": [{\"provision\": \"bhl § 26\"}], \"description\": \""
                + "x".repeat(1024 * 1024 + 10) + "\"}";
        problem(client.postJson("/api/assessments", big), 413, "");
    }

    @Test
    void anOversizeBodyWithoutALengthIsRefusedToo() {
        byte[] chunk = ("{\"exemptions\": [{\"provision\": \"bhl § 26\"}], \"description\": \""
                + "x".repeat(1024 * 1024 + 10) + "\"}").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        // a stream publisher has no known length: the body is sent chunked
        var publisher = HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(chunk));
        problem(client.post("/api/assessments", "application/json", publisher), 413, "");
    }

    @Test
    void theWrongContentTypeIsRefused() {
        problem(client.post("/api/assessments", "text/plain", HttpRequest.BodyPublishers.ofString(VALID)), 415,
                "Content-Type");
    }

    @Test
    void badSearchParametersAreNamed() {
        problem(client.get("/api/provisions/search"), 400, "q");
        problem(client.get("/api/provisions/search?q="), 400, "q");
        problem(client.get("/api/provisions/search?q=skole&page=-1"), 400, "page");
        problem(client.get("/api/provisions/search?q=skole&size=500"), 400, "size");
        problem(client.get("/api/provisions/search?q=skole&size=ten"), 400, "size");
        problem(client.get("/api/provisions/search?q=skole&date=2027-13-01"), 400, "date");
        problem(client.get("/api/provisions/search?q=skole&lang=sv"), 400, "lang");
        problem(client.get("/api/provisions/search?q=skole&ownTrialProvision=maybe"), 400, "ownTrialProvision");
        problem(client.get("/api/provisions/search?q=skole&law=ingenslovenxyz"), 400, "law");
        problem(client.get("/api/provisions/search?q=skole&page=900&size=50"), 400, "page");
        problem(client.get("/api/provisions/search?q=" + "a".repeat(600)), 400, "q");
        problem(client.get("/api/suggest?q=for&limit=0"), 400, "limit");
        problem(client.get("/api/trial-authorities?date=tomorrow"), 400, "date");
    }

    @Test
    void anUnknownProvisionOrPathIsNotFound() {
        problem(client.get("/api/provisions?id=" + WebTestClient.encode("LOV-1992-06-26-87/§99")), 404, "id");
        problem(client.get("/api/provisions?id=" + WebTestClient.encode("tullelova § 3")), 404, "id");
        problem(client.get("/api/provisions"), 400, "id");
        problem(client.get("/api/nothing-here"), 404, null);
    }

    @Test
    void theWrongMethodIsRefused() {
        problem(client.get("/api/assessments"), 405, null);
    }

    @Test
    void theServiceKeepsAnsweringAfterBadInput() {
        for (String bad : List.of("{", "[]", "null", "{\"exemptions\": 3}", "\"text\"")) {
            assertThat(client.postJson("/api/assessments", bad).status()).isEqualTo(400);
        }
        assertThat(client.postJson("/api/assessments", VALID).status()).isEqualTo(200);
    }
}
