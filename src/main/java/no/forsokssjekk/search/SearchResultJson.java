package no.forsokssjekk.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.forsokssjekk.corpus.Language;
import no.forsokssjekk.corpus.ProvisionInfo;

/**
 * The JSON shape of a search result (docs/schema/search-result.schema.json), the same for {@code search --json} and
 * the web API: {@code {query, total, hits: [{id, citation, title, lawTitle, score, snippet, trialAuthority: {id,
 * citation} | null}]}} plus added fields. The fixed names are never renamed; fields may be added.
 */
public final class SearchResultJson {
    private SearchResultJson() {
    }

    /** Ordered maps and lists, ready for any JSON writer. */
    public static Map<String, Object> of(SearchResult r, SearchOptions options) {
        Language lang = options.language();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("query", r.query());
        m.put("total", r.total());
        List<Object> hits = new ArrayList<>();
        for (SearchHit h : r.hits()) hits.add(hit(h, lang));
        m.put("hits", hits);
        // added fields
        m.put("totalExact", r.totalExact());
        m.put("offset", r.offset());
        m.put("limit", options.limit());
        m.put("language", lang.code());
        m.put("didYouMean", r.didYouMean().orElse(null));
        m.put("expansions", r.expansions());
        List<Object> notices = new ArrayList<>();
        for (SearchResult.Notice n : r.notices()) {
            Map<String, Object> nm = new LinkedHashMap<>();
            nm.put("kind", n.kind().name());
            nm.put("message", n.message());
            nm.put("document", n.documentKey());
            nm.put("successor", n.successorKey());
            notices.add(nm);
        }
        m.put("notices", notices);
        if (!r.facets().isEmpty()) {
            List<Object> facets = new ArrayList<>();
            for (SearchResult.Facet f : r.facets()) {
                Map<String, Object> fm = new LinkedHashMap<>();
                fm.put("name", f.dimension());
                List<Object> values = new ArrayList<>();
                for (SearchResult.FacetValue v : f.values()) {
                    Map<String, Object> vm = new LinkedHashMap<>();
                    vm.put("value", v.value());
                    vm.put("label", v.label());
                    vm.put("count", v.count());
                    values.add(vm);
                }
                fm.put("values", values);
                facets.add(fm);
            }
            m.put("facets", facets);
        }
        return m;
    }

    private static Map<String, Object> hit(SearchHit h, Language lang) {
        ProvisionInfo p = h.provision();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", p.id().toString());
        m.put("citation", p.citation());
        m.put("title", p.title());
        m.put("lawTitle", p.document().title());
        m.put("score", Math.round(h.score() * 1000) / 1000.0);
        m.put("snippet", h.snippet().marked());
        HitAuthority a = h.trialAuthority();
        if (a != null && a.id() != null) {
            Map<String, Object> am = new LinkedHashMap<>();
            am.put("id", a.id());
            am.put("citation", a.citation());
            m.put("trialAuthority", am);
        } else {
            m.put("trialAuthority", null);
        }
        // added fields
        m.put("law", p.document().key());
        m.put("match", h.match().name());
        m.put("ledd", h.ledd());
        m.put("snippetSource", h.snippet().source().name());
        m.put("trialRoute", a == null ? null : a.route().name());
        m.put("trialNote", a == null ? null : a.note());
        List<Object> classes = new ArrayList<>();
        for (KeyClassification c : h.classifications()) {
            Map<String, Object> cm = new LinkedHashMap<>();
            cm.put("kind", c.kind().name());
            cm.put("label", c.label());
            cm.put("appliesTo", c.appliesTo());
            cm.put("status", c.status() == null ? null : c.status().name());
            classes.add(cm);
        }
        m.put("classifications", classes);
        m.put("ministry", p.document().ministry().orElse(null));
        m.put("repealed", p.repealed());
        return m;
    }
}
