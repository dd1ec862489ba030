package no.forsokssjekk.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import no.forsokssjekk.Forsokssjekk;
import no.forsokssjekk.assessment.Versions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Reloads the rules from their source without a restart. Off unless {@code forsokssjekk.web.rules-reload=true}
 * ({@code serve --allow-rules-reload}), as the service has no login: put it behind the operator's own access control.
 * A rule set with errors is refused with its file and line and the last good rules stay in force.
 */
@RestController
@ConditionalOnProperty(name = "forsokssjekk.web.rules-reload", havingValue = "true")
@Tag(name = "Drift")
class RulesReloadController {
    private static final Logger log = LoggerFactory.getLogger(RulesReloadController.class);
    private final Forsokssjekk engine;

    RulesReloadController(Forsokssjekk engine) {
        this.engine = engine;
    }

    @PostMapping(path = "/api/admin/rules/reload", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Les reglene på nytt (de siste gode beholdes ved feil)")
    Versions reload() {
        engine.reloadRules();
        Versions v = engine.versions();
        log.atInfo().addKeyValue("rules", v.rules()).log("rules reloaded");
        return v;
    }
}
