package no.forsokssjekk.search;

import java.util.List;
import java.util.Optional;

/**
 * The answer to a search.
 *
 * @param total       how many provisions matched in all (for paging)
 * @param totalExact  false when {@code total} is a lower bound (very common words: counting stops at a thousand)
 * @param didYouMean  the query with spelling corrected, when words were corrected ("Meinte du …?")
 * @param expansions  lexicon terms that were searched too ("pedagogisk bemanning" for "bemanningsnorm")
 * @param notices     what the user should know about the query (a repealed law and its successor, a § that does not
 *                    exist), in the requested language
 * @param facets      counts per law, ministry, legal area, sector, kind and own trial provision, when asked for
 */
public record SearchResult(
        String query,
        long total,
        boolean totalExact,
        int offset,
        List<SearchHit> hits,
        Optional<String> didYouMean,
        List<String> expansions,
        List<Notice> notices,
        List<Facet> facets) {

    public SearchResult {
        hits = List.copyOf(hits);
        expansions = List.copyOf(expansions);
        notices = List.copyOf(notices);
        facets = List.copyOf(facets);
    }

    /** Something the user should know about the query. */
    public record Notice(Kind kind, String message, String documentKey, String successorKey) {
        public enum Kind {
            /** The cited law was repealed before the date; successorKey names the act that replaced it. */
            REPEALED_LAW,
            /** The cited law is not yet in force on the date. */
            NOT_YET_IN_FORCE,
            /** The law's text is loaded and has no such §. */
            NO_SUCH_PROVISION,
            /** The law's text is not loaded, so the § could not be checked. */
            UNVERIFIED_PROVISION,
            /** The law has no chapter by the number cited; the whole law is listed. */
            NO_SUCH_CHAPTER,
            /** The words were spelt differently in the law; results are for the corrected words. */
            SPELLING_CORRECTED
        }
    }

    /** One facet dimension with its values, most frequent first. */
    public record Facet(String dimension, List<FacetValue> values) {
        public Facet {
            values = List.copyOf(values);
        }
    }

    /** A facet value: the value to filter on, how to show it, and how many hits have it. */
    public record FacetValue(String value, String label, long count) {
    }
}
