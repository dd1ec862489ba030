package no.forsokssjekk.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Map;
import java.util.TreeMap;
import no.forsokssjekk.Forsokssjekk;
import no.forsokssjekk.assessment.Application;
import no.forsokssjekk.assessment.Assessment;
import no.forsokssjekk.assessment.Finding;
import no.forsokssjekk.contract.ContractJson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Pre-assessment of an application: the JSON contract in and out, read with the same strict reader as the CLI and
 * the library ({@link ContractJson}), so the three answer alike.
 */
@RestController
@Tag(name = "Vurdering", description = "Forhåndsvurdering av en søknad om forsøk")
class AssessmentController {
    private static final Logger log = LoggerFactory.getLogger(AssessmentController.class);

    private final Forsokssjekk engine;
    private final RequestBodies bodies;
    private final LocalRegulationDrafter drafter;

    AssessmentController(Forsokssjekk engine, RequestBodies bodies, LocalRegulationDrafter drafter) {
        this.engine = engine;
        this.bodies = bodies;
        this.drafter = drafter;
    }

    @PostMapping(path = "/api/assessments", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Forhåndsvurder en søknad",
            description = "The application (docs/schema/application.schema.json) in, the assessment "
                    + "(docs/schema/assessment.schema.json) out. Bad input gives 400 with an RFC 9457 problem naming "
                    + "the field; bodies over 1 MiB give 413.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    content = @Content(mediaType = "application/json",
                            schema = @Schema(implementation = Application.class))),
            responses = {
                    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = Assessment.class))),
                    @ApiResponse(responseCode = "400", description = "invalid input",
                            content = @Content(mediaType = "application/problem+json",
                                    schema = @Schema(implementation = ProblemDetail.class))),
                    @ApiResponse(responseCode = "413", description = "body too large",
                            content = @Content(mediaType = "application/problem+json",
                                    schema = @Schema(implementation = ProblemDetail.class)))})
    Assessment assess(HttpServletRequest request) throws IOException {
        Application application = ContractJson.readApplication(bodies.read(request), "body");
        long start = System.nanoTime();
        Assessment assessment = engine.assess(application);
        logAssessment(assessment, start);
        return assessment;
    }

    @PostMapping(path = "/api/local-regulation-drafts", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Utkast til lokal forskrift (vedtekter, forsøksloven § 5)",
            description = "Builds a draft local regulation from the application's exemptions and replacement rules, "
                    + "with the legal basis and issuing body that forvaltningsloven § 38 asks of a forskrift and "
                    + "placeholders [in brackets] where the applicant must write. In the application's language.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    content = @Content(mediaType = "application/json",
                            schema = @Schema(implementation = Application.class))))
    LocalRegulationDrafter.Draft draft(HttpServletRequest request) throws IOException {
        Application application = ContractJson.readApplication(bodies.read(request), "body");
        Assessment assessment = engine.assess(application);
        return drafter.draft(application.withDefaults(engine.today()), assessment);
    }

    /** What was assessed, in counts and codes only: no names, titles or texts from the application. */
    private static void logAssessment(Assessment a, long start) {
        if (!log.isInfoEnabled()) return;
        Map<String, Integer> codes = new TreeMap<>();
        for (Finding f : a.findings()) codes.merge(f.code().name(), 1, Integer::sum);
        log.atInfo()
                .addKeyValue("outcome", a.outcome().name())
                .addKeyValue("exemptions", a.exemptions().size())
                .addKeyValue("findingCodes", codes.toString())
                .addKeyValue("assessmentMs", (System.nanoTime() - start) / 1_000_000.0)
                .log("assessment: {} with {} exemptions, findings {}", a.outcome(), a.exemptions().size(), codes);
    }
}
