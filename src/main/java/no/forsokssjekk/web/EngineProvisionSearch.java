package no.forsokssjekk.web;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.forsokssjekk.Forsokssjekk;
import no.forsokssjekk.corpus.ProvisionInfo;
import no.forsokssjekk.search.HitAuthority;
import no.forsokssjekk.search.KeyClassification;
import no.forsokssjekk.search.SearchFilters;
import no.forsokssjekk.search.SearchHit;
import no.forsokssjekk.search.SearchOptions;
import no.forsokssjekk.search.SearchResult;

/**
 * The web's {@link ProvisionSearch} over the core's Lucene search ({@link Forsokssjekk#search}): the same ranking,
 * citations, lexicon and spelling as the library and the CLI. This class only translates the page's filters, paging
 * and facets to and from the core's types.
 */
final class EngineProvisionSearch implements ProvisionSearch {

    private final Forsokssjekk engine;

    EngineProvisionSearch(Forsokssjekk engine) {
        this.engine = engine;
    }

    /** Builds the search index now, so the first user does not wait for it. */
    void warmUp() {
        engine.searchEngine();
    }

    @Override
    public SearchPage search(SearchRequest request) {
        int size = request.size();
        long offset = (long) request.page() * size;
        if (offset > SearchOptions.MAX_OFFSET) {
            throw new ApiException(Problems.invalidParameter("page", "reaches past hit " + SearchOptions.MAX_OFFSET,
                    "pages whose first hit is at most " + SearchOptions.MAX_OFFSET + " (page × size)"));
        }
        SearchOptions options = new SearchOptions(size, (int) offset, request.language(), request.date(),
                filters(request.filters()), true);
        SearchResult result;
        try {
            result = engine.search(request.query(), options);
        } catch (no.forsokssjekk.io.InvalidInputException e) {
            var p = e.problems().get(0);
            String field = p.field().equals("filters.laws") ? "law" : p.field().equals("query") ? "q" : p.field();
            throw new ApiException(Problems.invalidParameter(field, p.message(), p.accepted()));
        }
        List<Hit> hits = result.hits().stream().map(EngineProvisionSearch::hit).toList();
        List<String> notices = result.notices().stream()
                .filter(n -> n.kind() != SearchResult.Notice.Kind.SPELLING_CORRECTED || result.didYouMean().isEmpty())
                .map(SearchResult.Notice::message).toList();
        return new SearchPage(result.query(), result.total(), request.page(), size, hits,
                facets(result.facets(), request.filters()), result.didYouMean().orElse(null), notices);
    }

    private static SearchFilters filters(Map<String, List<String>> filters) {
        SearchFilters f = SearchFilters.NONE
                .withLaws(Set.copyOf(filters.getOrDefault("law", List.of())))
                .withMinistries(Set.copyOf(filters.getOrDefault("ministry", List.of())))
                .withSectors(Set.copyOf(filters.getOrDefault("sector", List.of())));
        Set<String> own = new HashSet<>(filters.getOrDefault("ownTrialProvision", List.of()));
        // both values selected means no narrowing, as for any other facet
        if (own.size() == 1) f = f.withOwnTrialProvision(Boolean.parseBoolean(own.iterator().next()));
        return f;
    }

    private static Hit hit(SearchHit h) {
        ProvisionInfo p = h.provision();
        HitAuthority a = h.trialAuthority();
        AuthorityLink link = a != null && a.id() != null ? new AuthorityLink(a.id(), a.citation()) : null;
        String snippet = h.snippet() == null || h.snippet().marked().isBlank() ? null : h.snippet().marked();
        return new Hit(p.id().toString(), p.citation(), p.title(), p.document().title(), h.score(), snippet, link,
                a == null ? null : a.note(), p.document().ministry().orElse(null),
                h.classifications().stream().map(KeyClassification::kind).map(Enum::name).distinct().toList(),
                p.repealed());
    }

    /** The page's facets, in its order, with the values the request selected marked. */
    private static List<Facet> facets(List<SearchResult.Facet> found, Map<String, List<String>> filters) {
        Map<String, SearchResult.Facet> byName = new LinkedHashMap<>();
        for (SearchResult.Facet f : found) byName.put(f.dimension(), f);
        List<Facet> out = new ArrayList<>();
        for (String name : FACETS) {
            SearchResult.Facet f = byName.get(name);
            if (f == null) continue;
            List<String> selected = filters.getOrDefault(name, List.of());
            out.add(new Facet(name, f.values().stream()
                    .filter(v -> v.count() > 0 || selected.contains(v.value()))
                    .map(v -> new FacetValue(v.value(), v.label(), v.count(), selected.contains(v.value())))
                    .toList()));
        }
        return out;
    }

    @Override
    public List<Suggestion> suggest(String prefix, int limit) {
        return engine.suggest(prefix == null ? "" : prefix, limit).stream()
                .map(s -> new Suggestion(s.text(), s.label(), s.kind().name()))
                .toList();
    }
}
