package no.forsokssjekk.web;

import static org.assertj.core.api.Assertions.assertThat;

import no.forsokssjekk.Forsokssjekk;
import no.forsokssjekk.contract.ContractJson;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;

/** The REST API answers as the library does: the same assessment JSON, search, provisions, authorities, versions. */
@SpringBootTest(classes = WebApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class ApiTest {
    @Value("${local.server.port}")
    int port;

    @Autowired
    Forsokssjekk engine;

    @Autowired
    org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext context;

    WebTestClient client;

    @BeforeEach
    void client() {
        client = new WebTestClient(port);
    }

    @Test
    void tomcatWorksOnAFewRequestsPerCoreAtOnceRatherThanTwoHundred() {
        var tomcat = (org.springframework.boot.tomcat.TomcatWebServer) context.getWebServer();
        var protocol = (org.apache.coyote.AbstractProtocol<?>) tomcat.getTomcat().getConnector().getProtocolHandler();
        assertThat(protocol.getMaxThreads()).isEqualTo(RequestThreadsConfiguration.defaultRequestThreads())
                .isLessThan(200);
        assertThat(protocol.getMinSpareThreads()).isLessThanOrEqualTo(protocol.getMaxThreads());
    }

    @Test
    void anAssessmentOverHttpIsTheAssessmentTheLibraryGives() {
        String json = WebTestClient.resource("application-school.json");
        WebTestClient.Response r = client.postJson("/api/assessments", json);
        assertThat(r.status()).isEqualTo(200);
        JsonNode api = r.json();
        JsonNode library = ContractJson.mapper().readTree(
                ContractJson.write(engine.assess(ContractJson.readApplication(json))));
        assertThat(api).isEqualTo(library);
        assertThat(api.get("exemptions").get(0).get("provision").get("id").asString()).isEqualTo("LOV-2005-06-17-64/§26");
        assertThat(api.get("findings").findValuesAsString("code")).contains("UNKNOWN_PROVISION");
        assertThat(api.get("versions").get("rules").asString()).isEqualTo(engine.versions().rules());
    }

    @Test
    void aSearchFindsTheProvisionWithHighlightsFacetsAndItsTrialAuthority() {
        WebTestClient.Response r = client.get("/api/provisions/search?q=" + WebTestClient.encode("grunnbemanning barnehage")
                + "&size=5&date=2026-11-01");
        assertThat(r.status()).isEqualTo(200);
        JsonNode page = r.json();
        assertThat(page.get("total").asLong()).isPositive();
        JsonNode first = page.get("hits").get(0);
        assertThat(first.get("id").asString()).isEqualTo("LOV-2005-06-17-64/§26");
        assertThat(first.get("snippet").asString()).contains("<mark>");
        assertThat(first.get("trialAuthority").get("citation").asString()).startsWith("forsøksloven");
        assertThat(page.get("facets").findValuesAsString("name")).containsExactly("law", "ministry", "sector",
                "ownTrialProvision");
    }

    @Test
    void aCitationIsFoundFirstAndFiltersAndPagingNarrowTheHits() {
        JsonNode page = client.get("/api/provisions/search?q=" + WebTestClient.encode("bhl § 26")).json();
        assertThat(page.get("hits").get(0).get("id").asString()).isEqualTo("LOV-2005-06-17-64/§26");

        JsonNode filtered = client.get("/api/provisions/search?q=barn&law=LOV-2005-06-17-64&size=2&page=0").json();
        assertThat(filtered.get("hits")).hasSizeLessThanOrEqualTo(2);
        filtered.get("hits").forEach(h -> assertThat(h.get("id").asString()).startsWith("LOV-2005-06-17-64/"));
        JsonNode law = filtered.get("facets").get(0);
        assertThat(law.get("values").findValuesAsString("value")).contains("LOV-2005-06-17-64");
    }

    @Test
    void aProvisionIsShownByIdWithSlashAndParagraphSignOrByCitation() {
        JsonNode byId = client.get("/api/provisions?id=" + WebTestClient.encode("LOV-1992-06-26-87/§4")).json();
        assertThat(byId.get("citation").asString()).isEqualTo("forsøksloven § 4");
        assertThat(byId.get("lovdataUrl").asString()).isEqualTo("https://lovdata.no/dokument/NL/lov/1992-06-26-87");
        JsonNode byCitation = client.get("/api/provisions?id=" + WebTestClient.encode("forsøksloven § 4")).json();
        assertThat(byCitation.get("id").asString()).isEqualTo("LOV-1992-06-26-87/§4");
    }

    @Test
    void trialAuthoritiesVersionsAndSuggestions() {
        JsonNode authorities = client.get("/api/trial-authorities?date=2026-11-01").json();
        assertThat(authorities.findValuesAsString("citation")).anyMatch(c -> c.startsWith("forsøksloven"));
        JsonNode versions = client.get("/api/versions").json();
        assertThat(versions.get("engine").asString()).isEqualTo(Forsokssjekk.VERSION);
        assertThat(versions.get("corpus").asString()).isEqualTo(engine.versions().corpus());
        JsonNode suggestions = client.get("/api/suggest?q=forsøk").json();
        assertThat(suggestions.findValuesAsString("text")).anyMatch(t -> t.startsWith("forsøksloven"));
    }

    @Test
    void aDraftLocalRegulationNamesItsLegalBasisAndIssuingBodyWithPlaceholders() {
        String json = WebTestClient.resource("application-school.json");
        JsonNode draft = client.postJson("/api/local-regulation-drafts", json).json();
        String text = draft.get("text").asString();
        assertThat(draft.get("issuingBody").asString()).isEqualTo("kommunestyret i Eksempel kommune");
        assertThat(text).contains("Fastsatt av kommunestyret i Eksempel kommune 1. oktober 2026")
                .contains("barnehageloven § 26 (Grunnbemanning): Bemanningen regnes over uka.")
                .contains("Minst én voksen per tre barn under tre år")
                .contains("Forvaltningsloven § 38")
                .contains("1. august 2027").contains("31. juli 2031");
        assertThat(draft.get("placeholders").size()).isPositive();

        String nynorsk = json.replace("\"language\": \"nb\"", "\"language\": \"nn\"");
        String nn = client.postJson("/api/local-regulation-drafts", nynorsk).json().get("text").asString();
        assertThat(nn).contains("Fastsett av kommunestyret").contains("§ 1 Føremål").contains("Forskrifta gjeld");
    }

    @Test
    void theLogsSayWhatWasAssessedButNeverWhoOrWhat(CapturedOutput output) {
        String json = WebTestClient.resource("application-school.json")
                .replace("Eksempel kommune", "Personvernby kommune")
                .replace("Bemanning i barnehagene", "Hemmelig tittel")
                .replace("Bemanningen regnes over uka.", "Ola Nordmann (12) får ikke plass");
        assertThat(client.postJson("/api/assessments", json).status()).isEqualTo(200);
        client.get("/api/provisions/search?q=" + WebTestClient.encode("Kari Nordmann barnehage"));
        assertThat(output.getAll()).contains("POST /api/assessments 200", "assessment: ", "GET /api/provisions/search 200")
                .doesNotContain("Personvernby", "Hemmelig tittel", "Ola Nordmann", "Kari Nordmann", "Kari%20Nordmann",
                        "Kari+Nordmann");
    }

    @Test
    void healthInfoOpenApiAndThePageAreServed() {
        assertThat(client.get("/actuator/health").body()).contains("UP");
        assertThat(client.get("/actuator/info").json().get("forsokssjekk").get("rules").asString())
                .isEqualTo(engine.versions().rules());
        WebTestClient.Response api = client.get("/v3/api-docs");
        assertThat(api.status()).isEqualTo(200);
        assertThat(api.body()).contains("/api/assessments", "/api/provisions/search", "/api/provisions",
                "/api/trial-authorities", "/api/suggest", "/api/versions");
        assertThat(client.get("/swagger-ui/index.html").status()).isEqualTo(200);
        WebTestClient.Response page = client.get("/");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("lang=\"nb\"");
    }
}
