package no.forsokssjekk.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import no.forsokssjekk.corpus.Language;

/**
 * What the web layer needs from search: a page of hits with facets, and completions. It keeps the controllers and the
 * page independent of the search engine's own API, which lives in the core ({@code no.forsokssjekk.search}).
 */
public interface ProvisionSearch {

    SearchPage search(SearchRequest request);

    List<Suggestion> suggest(String prefix, int limit);

    /** The facets the page offers, in display order; the keys are the filter names of {@link SearchRequest}. */
    List<String> FACETS = List.of("law", "ministry", "sector", "ownTrialProvision");

    /**
     * @param filters facet name → accepted values (a hit must match one value of every given facet)
     * @param page    0-based
     * @param date    the law as it stood that day (decides which trial authority is shown per hit)
     */
    record SearchRequest(String query, Map<String, List<String>> filters, int page, int size, LocalDate date,
                         Language language) {
        public SearchRequest {
            filters = filters == null ? Map.of() : Map.copyOf(filters);
        }
    }

    /**
     * One page of hits. Field names follow docs/schema/search-result.schema.json ({@code query, total, hits}); the
     * rest is added for the page.
     *
     * @param didYouMean a spelling suggestion, or null
     * @param notices    what the user should know about the query (a repealed law and its successor …), in the
     *                   requested language
     */
    record SearchPage(String query, long total, int page, int size, List<Hit> hits, List<Facet> facets,
                      String didYouMean, List<String> notices) {
        public SearchPage {
            notices = notices == null ? List.of() : List.copyOf(notices);
        }
    }

    /**
     * A search hit.
     *
     * @param snippet         the matching text with the matched words between {@code <mark>} and {@code </mark>}; all
     *                        other text is plain (never HTML)
     * @param trialAuthority  the authority that would most likely cover the provision, or null (none may)
     * @param authorityNote   why no authority, or what to know about it (e.g. forvaltningsloven's procedure), or null
     * @param classifications key classifications to show early ("INDIVIDUAL_RIGHT", …)
     */
    record Hit(String id, String citation, String title, String lawTitle, double score, String snippet,
               AuthorityLink trialAuthority, String authorityNote, String ministry, List<String> classifications,
               boolean repealed) {
    }

    record AuthorityLink(String id, String citation) {
    }

    record Facet(String name, List<FacetValue> values) {
    }

    record FacetValue(String value, String label, long count, boolean selected) {
    }

    /** A completion: what to put in the search box, and a label to show. */
    record Suggestion(String text, String label, String kind) {
    }
}
