package no.forsokssjekk.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.forsokssjekk.Forsokssjekk;
import no.forsokssjekk.corpus.Language;
import no.forsokssjekk.corpus.ProvisionInfo;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Finding provisions: search with facets and paging, one provision by id or citation, and completions. */
@RestController
@Tag(name = "Bestemmelser", description = "Søk i lover og forskrifter, vis én bestemmelse")
class ProvisionController {
    static final int MAX_QUERY = 500;
    static final int MAX_PAGE_SIZE = 50;

    private final Forsokssjekk engine;
    private final ProvisionSearch search;

    ProvisionController(Forsokssjekk engine, ProvisionSearch search) {
        this.engine = engine;
        this.search = search;
    }

    @GetMapping(path = "/api/provisions/search", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Søk etter bestemmelser",
            description = "Everyday words, legal terms or citations. Hits carry highlights (<mark>…</mark> in an "
                    + "otherwise plain snippet) and the trial authority that would most likely cover them; facets "
                    + "count hits per law, ministry, sector and 'has its own trial provision'.")
    ProvisionSearch.SearchPage search(
            @Parameter(description = "the search words or a citation") @RequestParam("q") String q,
            @Parameter(description = "filter: law (document key, e.g. LOV-2023-06-09-30)") @RequestParam(name = "law", required = false) List<String> law,
            @RequestParam(name = "ministry", required = false) List<String> ministry,
            @RequestParam(name = "sector", required = false) List<String> sector,
            @Parameter(description = "filter: true/false") @RequestParam(name = "ownTrialProvision", required = false) List<String> ownTrialProvision,
            @RequestParam(name = "page", defaultValue = "0") int page,
            @RequestParam(name = "size", defaultValue = "10") int size,
            @Parameter(description = "the law as it stood that day (default today)")
            @RequestParam(name = "date", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @Parameter(description = "nb or nn") @RequestParam(name = "lang", defaultValue = "nb") String lang) {
        if (q.isBlank()) throw new ApiException(Problems.invalidParameter("q", "is empty", "one or more words or a citation"));
        if (q.length() > MAX_QUERY) {
            throw new ApiException(Problems.invalidParameter("q", "is " + q.length() + " characters long",
                    "at most " + MAX_QUERY + " characters"));
        }
        if (page < 0) throw new ApiException(Problems.invalidParameter("page", "is negative", "0 or more"));
        if (page > 1000) throw new ApiException(Problems.invalidParameter("page", "is too large", "at most 1000"));
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new ApiException(Problems.invalidParameter("size", "'" + size + "' is out of range",
                    "1 to " + MAX_PAGE_SIZE));
        }
        for (String v : ownTrialProvision == null ? List.<String>of() : ownTrialProvision) {
            if (!v.equals("true") && !v.equals("false")) {
                throw new ApiException(Problems.invalidParameter("ownTrialProvision", "'" + v + "' is not valid",
                        "true, false"));
            }
        }
        Map<String, List<String>> filters = new LinkedHashMap<>();
        put(filters, "law", law);
        put(filters, "ministry", ministry);
        put(filters, "sector", sector);
        put(filters, "ownTrialProvision", ownTrialProvision);
        return search.search(new ProvisionSearch.SearchRequest(q, filters, page, size,
                date == null ? engine.today() : date, language(lang)));
    }

    @GetMapping(path = "/api/provisions", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Én bestemmelse",
            description = "By id (LOV-1992-06-26-87/§4; ids contain '/' and '§', so they are a query parameter) or "
                    + "by citation ('forsøksloven § 4'). 404 when none is found.")
    ProvisionView provision(
            @Parameter(description = "id or citation") @RequestParam("id") String id,
            @RequestParam(name = "date", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        if (id.isBlank() || id.length() > MAX_QUERY) {
            throw new ApiException(Problems.invalidParameter("id", "is empty or too long",
                    "an id such as LOV-1992-06-26-87/§4 or a citation such as 'forsøksloven § 4'"));
        }
        ProvisionInfo p = engine.provision(id).orElseThrow(() -> new ApiException(Problems.notFound("id",
                "no provision found for '" + id + "'")));
        return ProvisionView.of(p, engine, date == null ? engine.today() : date);
    }

    @GetMapping(path = "/api/suggest", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Forslag mens brukeren skriver (lovnavn og sitater)")
    List<ProvisionSearch.Suggestion> suggest(@RequestParam("q") String q,
                                             @RequestParam(name = "limit", defaultValue = "8") int limit) {
        if (q.length() > MAX_QUERY) {
            throw new ApiException(Problems.invalidParameter("q", "is too long", "at most " + MAX_QUERY + " characters"));
        }
        if (limit < 1 || limit > 20) throw new ApiException(Problems.invalidParameter("limit", "is out of range", "1 to 20"));
        return search.suggest(q, limit);
    }

    static Language language(String lang) {
        return Language.fromCode(lang).filter(l -> lang.equals("nb") || lang.equals("nn"))
                .orElseThrow(() -> new ApiException(Problems.invalidParameter("lang", "'" + lang + "' is not valid",
                        "nb, nn")));
    }

    private static void put(Map<String, List<String>> filters, String name, List<String> values) {
        if (values != null && !values.isEmpty()) filters.put(name, values);
    }
}
