package no.forsokssjekk.search;

import java.time.LocalDate;
import java.util.Objects;
import no.forsokssjekk.corpus.Language;

/**
 * How to search: the page (offset and limit), the language of texts and messages, the date citations and trial
 * authorities are read on (null: today), filters, and whether to count facets.
 */
public record SearchOptions(int limit, int offset, Language language, LocalDate date, SearchFilters filters,
                            boolean facets) {
    public static final int MAX_LIMIT = 100;
    public static final int MAX_OFFSET = 10_000;

    public SearchOptions {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT + ", not " + limit);
        }
        if (offset < 0 || offset > MAX_OFFSET) {
            throw new IllegalArgumentException("offset must be between 0 and " + MAX_OFFSET + ", not " + offset);
        }
        language = Objects.requireNonNullElse(language, Language.NB);
        filters = Objects.requireNonNullElse(filters, SearchFilters.NONE);
    }

    /** Ten hits from the first, bokmål, today, no filters, no facets. */
    public static SearchOptions defaults() {
        return new SearchOptions(10, 0, Language.NB, null, SearchFilters.NONE, false);
    }

    public SearchOptions withLimit(int v) {
        return new SearchOptions(v, offset, language, date, filters, facets);
    }

    public SearchOptions withOffset(int v) {
        return new SearchOptions(limit, v, language, date, filters, facets);
    }

    public SearchOptions withLanguage(Language v) {
        return new SearchOptions(limit, offset, v, date, filters, facets);
    }

    public SearchOptions withDate(LocalDate v) {
        return new SearchOptions(limit, offset, language, v, filters, facets);
    }

    public SearchOptions withFilters(SearchFilters v) {
        return new SearchOptions(limit, offset, language, date, v, facets);
    }

    public SearchOptions withFacets(boolean v) {
        return new SearchOptions(limit, offset, language, date, filters, v);
    }
}
