package no.forsokssjekk.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import no.forsokssjekk.Forsokssjekk;
import no.forsokssjekk.assessment.Versions;
import no.forsokssjekk.corpus.catalogue.TrialAuthority;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The catalogue's trial authorities and the versions every assessment carries as its receipt. */
@RestController
@Tag(name = "Katalog", description = "Forsøkshjemler og versjoner")
class CatalogueController {
    private final Forsokssjekk engine;

    CatalogueController(Forsokssjekk engine) {
        this.engine = engine;
    }

    @GetMapping(path = "/api/trial-authorities", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Forsøkshjemlene som gjelder på en dato",
            description = "forsøksloven and the sector trial provisions in force on the date (default today), with "
                    + "what they cover, who may apply, who decides, durations, limits and sources.")
    List<TrialAuthority> trialAuthorities(
            @RequestParam(name = "date", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        return engine.trialAuthorities(date == null ? engine.today() : date);
    }

    @GetMapping(path = "/api/versions", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Versjoner av motor, regler og korpus",
            description = "The engine release, content hashes of the rules and the catalogue, and the date of the "
                    + "Lovdata data loaded (null when only the embedded catalogue is loaded).")
    Versions versions() {
        return engine.versions();
    }
}
