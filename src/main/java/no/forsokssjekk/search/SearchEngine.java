package no.forsokssjekk.search;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import no.forsokssjekk.citation.CitationResolution;
import no.forsokssjekk.citation.CitationResolver;
import no.forsokssjekk.citation.LawNameIndex;
import no.forsokssjekk.corpus.Corpus;
import no.forsokssjekk.corpus.DocumentInfo;
import no.forsokssjekk.corpus.DocumentKind;
import no.forsokssjekk.corpus.Language;
import no.forsokssjekk.corpus.ProvisionId;
import no.forsokssjekk.corpus.ProvisionInfo;
import no.forsokssjekk.corpus.TrialAuthorityCoverage;
import no.forsokssjekk.corpus.catalogue.Classification;
import no.forsokssjekk.corpus.catalogue.ClassificationKind;
import no.forsokssjekk.corpus.catalogue.TrialAuthority;
import no.forsokssjekk.search.lexicon.Lexicon;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.util.BytesRef;

/**
 * Search over every § of the corpus: citations first ("oppl. § 14-3" returns that §), then the words of the query
 * through Norwegian analysis, the lexicon's synonyms and spelling correction; with highlighting of the ledd that
 * matched, facets, filters, paging, the likely trial authority and the key classifications of every hit. Thread-safe;
 * build once and share.
 */
public final class SearchEngine implements Closeable {
    /**
     * Totals are counted exactly up to this many hits; beyond it the count is a lower bound ("over 100"), and the
     * search skips documents that cannot reach the first page, which keeps common words fast. With facets, counts
     * are exact.
     */
    static final int EXACT_TOTAL_UP_TO = 100;
    /**
     * How many of the best text matches are rescored by the prior at least (grown when the page is not settled, e.g.
     * when too many of them are repealed). As many as are re-ranked in context: twice as many made a search 5-10%
     * slower (Lucene can skip less) and the judged queries no better.
     */
    static final int PRIOR_WINDOW = 30;
    static final int MAX_PRIOR_WINDOW = 20_000;

    /** Longest query accepted, in characters. */
    public static final int MAX_QUERY_LENGTH = 500;

    private final Corpus corpus;
    private final CitationResolver citations;
    private final TrialAuthorityCoverage coverage;
    private final ProvisionIndex index;
    private final AtomicReference<Planning> planning;
    private final Supplier<Lexicon> lexiconSource;
    private final LeddHighlighter highlighter;
    private final Autocomplete autocomplete;
    private final Map<LocalDate, Set<String>> ownTrialProvisionByDate = new ConcurrentHashMap<>();

    /** The lexicon and the planner built on it, swapped together when the lexicon is reloaded. */
    private record Planning(Lexicon lexicon, QueryPlanner planner) {
    }

    private final QueryPlanner.Tuning tuning;
    private final RelatedProvisions related;
    /** The catalogue's scope per law (see {@link #scopePrior}), computed when first needed. */
    private final Map<String, Float> scope = new ConcurrentHashMap<>();

    private SearchEngine(Corpus corpus, CitationResolver citations, ProvisionIndex index, Supplier<Lexicon> lexicon) {
        this(corpus, citations, index, lexicon, QueryPlanner.Tuning.DEFAULT);
    }

    SearchEngine(Corpus corpus, CitationResolver citations, ProvisionIndex index, Supplier<Lexicon> lexicon,
                 QueryPlanner.Tuning tuning) {
        this.tuning = tuning;
        this.corpus = corpus;
        this.citations = citations;
        this.coverage = new TrialAuthorityCoverage(corpus);
        this.index = index;
        this.lexiconSource = lexicon;
        this.planning = new AtomicReference<>(planningWith(lexicon.get()));
        this.highlighter = new LeddHighlighter(index.searcher, index.textAnalyzer, this::fieldText);
        this.related = new RelatedProvisions(index.reader);
        this.provisions = new java.util.concurrent.atomic.AtomicReferenceArray<>(index.reader.maxDoc());
        this.autocomplete = new Autocomplete(corpus, citations);
    }

    /**
     * An engine over an index built in memory: right for the embedded catalogue, and for tests.
     *
     * @param lexicon read on start and on {@link #reloadLexicon()}
     */
    public static SearchEngine inMemory(Corpus corpus, CitationResolver citations, Supplier<Lexicon> lexicon,
                                        LocalDate today) {
        return new SearchEngine(corpus, citations, ProvisionIndex.inMemory(corpus, today), lexicon);
    }

    /**
     * An engine over an index kept in a folder: opened when it was built from the same corpus and catalogue, else built
     * there first (about half a minute for all of Lovdata's data).
     */
    public static SearchEngine persistent(Path indexFolder, Corpus corpus, CitationResolver citations,
                                          Supplier<Lexicon> lexicon, LocalDate today) {
        return new SearchEngine(corpus, citations, ProvisionIndex.openOrBuild(indexFolder, corpus, today), lexicon);
    }

    private Planning planningWith(Lexicon lexicon) {
        return new Planning(lexicon, new QueryPlanner(index, lexicon, tuning));
    }

    /** Re-reads the lexicon (no re-indexing needed). On an error the engine keeps its current lexicon. */
    public Lexicon reloadLexicon() {
        Planning fresh = planningWith(lexiconSource.get());
        planning.set(fresh);
        return fresh.lexicon();
    }

    public Lexicon lexicon() {
        return planning.get().lexicon();
    }

    /** Number of §§ in the index. */
    public int size() {
        return index.size();
    }

    /** True when the index was reopened from its folder rather than built on this start. */
    public boolean reusedIndex() {
        return index.reused;
    }

    /**
     * Searches. Throws {@link IllegalArgumentException} for an empty or overlong query.
     */
    public SearchResult search(String query, SearchOptions options) {
        String q = query == null ? "" : query.strip().replaceAll("\\s+", " ");
        if (q.isEmpty()) throw new IllegalArgumentException("the query is empty");
        if (q.length() > MAX_QUERY_LENGTH) {
            throw new IllegalArgumentException("the query is " + q.length() + " characters; at most "
                    + MAX_QUERY_LENGTH + " are accepted");
        }
        LocalDate date = options.date() != null ? options.date() : LocalDate.now();
        Language lang = options.language();
        Query filter = filter(options.filters(), date);
        List<SearchResult.Notice> notices = new ArrayList<>();
        List<Pinned> pinned = new ArrayList<>();

        CitationResolution r = citations.resolve(q, date);
        if (r.status() == CitationResolution.Status.DOCUMENT_ONLY && r.document() != null && r.remainder().isEmpty()) {
            lawNotices(r, lang, notices);
            return listLaw(q, r.document(), r.chapterCited().orElse(null), options, filter, date, notices);
        }
        // the words searched for: the query, or what is left of it beside a citation, or (for a bare citation) the
        // cited provisions' own headings and keywords, which find related provisions (its regulation, its neighbours)
        String words = q;
        boolean typed = true;
        Set<String> focus = null;
        if (r.status() == CitationResolution.Status.PROVISION && r.document() != null) {
            lawNotices(r, lang, notices);
            pinned.addAll(pinnedFor(r, lang, notices));
            if (!r.remainder().isEmpty()) {
                // "kommuneloven § 11-10 inhabilitet": the other words are most likely about the cited law
                words = r.remainder();
                focus = lawAndItsRegulations(r.document().key());
            } else {
                words = relatedWords(pinned);
                typed = false;
            }
        } else {
            // "bemanning barnehageloven": the words, in that law and the regulations made under it first
            Optional<CitationResolver.LawInText> named = citations.lawMentioned(q, date);
            if (named.isPresent()) {
                words = named.get().remainder();
                focus = lawAndItsRegulations(named.get().document().key());
            }
        }

        QueryPlanner.Plan plan = planning.get().planner().plan(words);
        Optional<String> didYouMean = Optional.empty();
        if (typed && !plan.corrections().isEmpty()) {
            String corrected = q;
            for (QueryPlanner.Correction c : plan.corrections()) corrected = corrected.replace(c.from(), c.to());
            didYouMean = Optional.of(corrected);
            notices.add(new SearchResult.Notice(SearchResult.Notice.Kind.SPELLING_CORRECTED,
                    Messages.spellingCorrected(corrected, lang), null, null));
        }
        Query text = plan.empty() ? new MatchNoDocsQuery() : plan.query();
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(text, BooleanClause.Occur.MUST);
        if (filter != null) b.add(filter, BooleanClause.Occur.FILTER);
        for (Pinned p : pinned) b.add(new TermQuery(new Term(Fields.ID, p.id().toString())), BooleanClause.Occur.MUST_NOT);
        Query scored = b.build();

        int pinnedCount = pinned.size();
        int textFrom = Math.max(0, options.offset() - pinnedCount);
        int textNeeded = Math.max(0, options.offset() + options.limit() - pinnedCount);
        TopDocs top;
        List<SearchResult.Facet> facets = List.of();
        try {
            Ranked ranked = topByTextThenPrior(scored, Math.max(1, textNeeded), Math.max(CONTEXT_WINDOW, textNeeded),
                    options.facets(), focus);
            top = inContext(ranked.top(), pinned, textNeeded);
            if (ranked.facets() != null) facets = facets(ranked.facets(), date, lang);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        float best = top.scoreDocs.length > 0 ? top.scoreDocs[0].score : 1f;
        List<SearchHit> hits = new ArrayList<>();
        for (int i = options.offset(); i < Math.min(pinnedCount, options.offset() + options.limit()); i++) {
            Pinned p = pinned.get(i);
            hits.add(hit(p.info(), best + 1f, SearchHit.Match.CITATION, p.ledd(), null, date, lang));
        }
        List<ScoreDoc> page = new ArrayList<>();
        for (int i = textFrom; i < Math.min(top.scoreDocs.length, textNeeded); i++) page.add(top.scoreDocs[i]);
        Map<Integer, Snippet> snippets = snippets(page, plan.empty() ? null : text);
        for (ScoreDoc sd : page) {
            Optional<ProvisionInfo> info = provision(sd.doc);
            if (info.isEmpty()) continue;
            Snippet s = snippets.get(sd.doc);
            hits.add(hit(info.get(), sd.score, SearchHit.Match.TEXT, s == null ? null : s.ledd(), s, date, lang));
        }
        // pinned hits get their snippet from the cited ledd (or the first)
        for (int i = 0; i < hits.size(); i++) {
            SearchHit h = hits.get(i);
            if (h.match() == SearchHit.Match.CITATION) hits.set(i, withSnippet(h, citedSnippet(h, lang)));
        }
        long total = pinnedCount + top.totalHits.value;
        boolean exact = top.totalHits.relation == org.apache.lucene.search.TotalHits.Relation.EQUAL_TO;
        return new SearchResult(q, total, exact, options.offset(), hits, didYouMean,
                typed ? plan.expansions() : List.of(), notices, facets);
    }

    /**
     * The static quality of an index document: the §'s own (current, repealed) times its law's scope; outside the
     * focus (a law the query named, with its regulations) less.
     */
    private float prior(int doc, Set<String> focus) {
        String key = index.documentKey(doc);
        float p = index.prior(doc);
        if (key == null) return p;
        if (focus != null) {
            if (!focus.contains(key)) return p * OUTSIDE_NAMED_LAW;
            return focus.iterator().next().equals(key) ? p : p * REGULATION_UNDER_NAMED_LAW;
        }
        return p * scope.computeIfAbsent(key, k -> (float) scopePrior(corpus, k));
    }

    /** What a provision outside the law the query named keeps of its score. */
    static final float OUTSIDE_NAMED_LAW = 0.5f;
    /** What a provision of a regulation under the law the query named keeps: the law itself comes first. */
    static final float REGULATION_UNDER_NAMED_LAW = 0.85f;

    private volatile Map<String, Set<String>> regulationsUnder;

    /** A law and the regulations made under it (document keys). */
    private Set<String> lawAndItsRegulations(String lawKey) {
        Map<String, Set<String>> under = regulationsUnder;
        if (under == null) {
            Map<String, Set<String>> m = new HashMap<>();
            corpus.documents().filter(d -> d.kind() == DocumentKind.REGULATION)
                    .forEach(d -> d.enablingActs().forEach(act -> m.computeIfAbsent(act, k -> new LinkedHashSet<>()).add(d.key())));
            regulationsUnder = under = m;
        }
        Set<String> out = new LinkedHashSet<>();
        out.add(lawKey);
        out.addAll(under.getOrDefault(lawKey, Set.of()));
        return out;
    }

    /** How many of the best matches are re-ranked by how they belong together with the very best. */
    static final int CONTEXT_WINDOW = 30;
    static final int CONTEXT_SEEDS = 3;

    /**
     * Re-ranks the best matches by the law's own structure: a provision that the best hits (or the cited provisions)
     * refer to, or that stands beside them in the same chapter, gains a share of their score. Only provisions that
     * matched the words take part, so nothing unrelated to the query is pulled in.
     */
    private TopDocs inContext(TopDocs top, List<Pinned> pinned, int n) {
        ScoreDoc[] docs = top.scoreDocs;
        if (docs.length < 2 && pinned.isEmpty()) return new TopDocs(top.totalHits, java.util.Arrays.copyOf(docs, Math.min(n, docs.length)));
        int[] docIds = new int[docs.length];
        for (int i = 0; i < docs.length; i++) docIds[i] = docs[i].doc;
        RelatedProvisions.Place[] places = related.places(docIds);
        List<RelatedProvisions.Place> seeds = new ArrayList<>();
        List<Float> seedScores = new ArrayList<>();
        float best = docs.length > 0 ? docs[0].score : 1f;
        for (Pinned p : pinned) {
            int doc = index.docOf(p.id().toString());
            if (doc < 0) continue;
            seeds.add(related.place(doc));
            seedScores.add(best);
        }
        for (int i = 0; i < Math.min(CONTEXT_SEEDS, docs.length); i++) {
            seeds.add(places[i]);
            seedScores.add(docs[i].score);
        }
        ScoreDoc[] out = new ScoreDoc[docs.length];
        for (int i = 0; i < docs.length; i++) {
            double lift = 0;
            for (int s = 0; s < seeds.size(); s++) {
                lift = Math.max(lift, RelatedProvisions.relation(seeds.get(s), places[i]) * seedScores.get(s));
            }
            out[i] = new ScoreDoc(docs[i].doc, (float) (docs[i].score + tuning.context() * lift));
        }
        java.util.Arrays.sort(out, (x, y) -> x.score != y.score ? Float.compare(y.score, x.score)
                : Integer.compare(x.doc, y.doc));
        return new TopDocs(top.totalHits, java.util.Arrays.copyOf(out, Math.min(n, out.length)));
    }

    /** The best documents, and (when asked for) the collector the facets are counted from. */
    private record Ranked(TopDocs top, FacetsCollector facets) {
    }

    /**
     * The best {@code returned} documents by text score × prior (see {@link #scopePrior}; a repealed § lower still),
     * the first {@code n} of them exactly (the rest, for re-ranking in context, as far as the window reaches).
     *
     * <p>The prior is applied by rescoring the best documents by text score alone, so the search itself keeps Lucene's
     * fastest path (score-based pruning of disjunctions). This is exact: a prior never exceeds 1, so a document outside
     * the window scores at most the window's lowest text score; when the n-th best rescored document scores at least
     * that (or the window holds every match), nothing outside can enter the top {@code n}. Otherwise the window grows
     * and the search runs again.
     */
    private Ranked topByTextThenPrior(Query query, int n, int returned, boolean withFacets, Set<String> focus)
            throws IOException {
        int window = Math.max(PRIOR_WINDOW, returned);
        while (true) {
            TopDocs byText;
            FacetsCollector facets = null;
            if (withFacets) {
                FacetsCollectorManager.FacetsResult fr = FacetsCollectorManager.search(index.searcher, query, window,
                        new FacetsCollectorManager());
                byText = fr.topDocs();
                facets = fr.facetsCollector();
            } else {
                byText = index.searcher.search(query, new TopScoreDocCollectorManager(window, null,
                        Math.max(EXACT_TOTAL_UP_TO, window), false));
            }
            ScoreDoc[] docs = byText.scoreDocs;
            ScoreDoc[] rescored = new ScoreDoc[docs.length];
            for (int i = 0; i < docs.length; i++) {
                rescored[i] = new ScoreDoc(docs[i].doc, docs[i].score * prior(docs[i].doc, focus));
            }
            java.util.Arrays.sort(rescored, (x, y) -> x.score != y.score ? Float.compare(y.score, x.score)
                    : Integer.compare(x.doc, y.doc));
            boolean complete = docs.length < window;
            float lowestText = docs.length == 0 ? 0f : docs[docs.length - 1].score;
            // exact when the n-th best rescored score is at least what any document outside the window could reach
            boolean settled = rescored.length >= n && rescored[n - 1].score >= lowestText;
            if (settled || complete || window >= MAX_PRIOR_WINDOW) {
                ScoreDoc[] best = java.util.Arrays.copyOf(rescored, Math.min(returned, rescored.length));
                return new Ranked(new TopDocs(byText.totalHits, best), facets);
            }
            window *= 4;
        }
    }

    /**
     * How central a law or regulation is to what applicants search for, as a multiplier in (0, 1]. The catalogue
     * describes the acts municipalities seek exemptions from (legal-corpus/laws/); regulations made under those acts
     * come next; other laws, then other regulations (many are local rules of single institutions, such as a college's
     * exam rules) rank below them when the words match equally well.
     */
    static double scopePrior(Corpus corpus, String documentKey) {
        Optional<DocumentInfo> doc = corpus.document(documentKey);
        if (doc.isEmpty()) return OTHER_REGULATION_PRIOR;
        if (doc.get().catalogueEntry().isPresent()) return 1.0;
        if (doc.get().kind() == DocumentKind.REGULATION) {
            boolean underCatalogued = doc.get().enablingActs().stream()
                    .anyMatch(act -> corpus.catalogue().law(act).isPresent());
            return underCatalogued ? REGULATION_UNDER_CATALOGUED_PRIOR : OTHER_REGULATION_PRIOR;
        }
        return OTHER_LAW_PRIOR;
    }

    static final double REGULATION_UNDER_CATALOGUED_PRIOR = 0.85;
    static final double OTHER_LAW_PRIOR = 0.8;
    static final double OTHER_REGULATION_PRIOR = 0.6;

    /** Autocomplete for law names and citations ("barneh" → barnehageloven; "oppl § 14" → opplæringslova § 14-1 …). */
    public List<Suggestion> suggest(String prefix, int limit, LocalDate date) {
        if (prefix == null || prefix.isBlank() || limit < 1) return List.of();
        return autocomplete.suggest(prefix, Math.min(limit, 50), date == null ? LocalDate.now() : date);
    }

    // ---------------------------------------------------------------- citations and law listings

    /** Words that describe cited provisions: their headings and our keywords (or the start of the text). */
    private static String relatedWords(List<Pinned> pinned) {
        StringBuilder sb = new StringBuilder();
        for (Pinned p : pinned) {
            ProvisionInfo info = p.info();
            sb.append(info.title()).append(". ");
            info.catalogueEntry().ifPresent(e -> sb.append(String.join(". ", e.keywords().nb())).append(". "));
            if (info.title().isBlank() && info.catalogueEntry().isEmpty()) {
                String first = IndexedProvision.ledd(info).stream().findFirst().map(IndexedProvision::leddText).orElse("");
                String[] w = first.split("\\s+");
                sb.append(String.join(" ", java.util.Arrays.asList(w).subList(0, Math.min(w.length, 15)))).append(". ");
            }
        }
        String[] all = sb.toString().strip().split("\\s+");
        return String.join(" ", java.util.Arrays.asList(all).subList(0, Math.min(all.length, MAX_RELATED_WORDS)));
    }

    /**
     * A bare citation's related provisions are found by this many words of its heading and keywords. Six keeps the
     * cited §'s heading and first keywords; twelve made a bare citation the slowest kind of search (23 ms against 9)
     * for no gain on the judged queries (nDCG@10 0.830 → 0.827 on the tuning file, holdout unchanged).
     */
    static final int MAX_RELATED_WORDS = 6;

    /** A provision the query cited, shown first. */
    private record Pinned(ProvisionId id, ProvisionInfo info, Integer ledd) {
    }

    private List<Pinned> pinnedFor(CitationResolution r, Language lang, List<SearchResult.Notice> notices) {
        List<Pinned> out = new ArrayList<>();
        Set<ProvisionId> seen = new LinkedHashSet<>();
        for (ProvisionId cited : r.provisions()) {
            ProvisionId section = cited.section();
            if (!seen.add(section)) continue;
            corpus.provision(section).ifPresent(p -> out.add(new Pinned(section, p, cited.ledd().orElse(null))));
        }
        if (r.existence() == CitationResolution.Existence.NOT_FOUND) {
            notices.add(new SearchResult.Notice(SearchResult.Notice.Kind.NO_SUCH_PROVISION,
                    Messages.noSuchProvision(r, lang), r.document().key(), null));
        } else if (r.existence() == CitationResolution.Existence.UNVERIFIABLE && out.isEmpty()) {
            notices.add(new SearchResult.Notice(SearchResult.Notice.Kind.UNVERIFIED_PROVISION,
                    Messages.unverified(r, lang), r.document().key(), null));
        }
        // a repealed law: the same § of its successor, when the successor kept the numbering
        DocumentInfo successor = r.successor();
        if (r.lawStatus() == LawNameIndex.NameResolution.Status.REPEALED && successor != null
                && !r.document().catalogueEntry().map(e -> e.renumbered()).orElse(false)) {
            for (ProvisionId cited : r.provisions()) {
                ProvisionId same = ProvisionId.of(successor.key(), cited.label());
                if (seen.add(same)) {
                    corpus.provision(same).ifPresent(p -> out.add(new Pinned(same, p, cited.ledd().orElse(null))));
                }
            }
        }
        return out;
    }

    private void lawNotices(CitationResolution r, Language lang, List<SearchResult.Notice> notices) {
        if (r.lawStatus() == LawNameIndex.NameResolution.Status.REPEALED) {
            notices.add(new SearchResult.Notice(SearchResult.Notice.Kind.REPEALED_LAW, Messages.repealed(r, lang),
                    r.document().key(), r.successor() == null ? null : r.successor().key()));
        } else if (r.lawStatus() == LawNameIndex.NameResolution.Status.NOT_YET_IN_FORCE) {
            notices.add(new SearchResult.Notice(SearchResult.Notice.Kind.NOT_YET_IN_FORCE,
                    Messages.notYetInForce(r, lang), r.document().key(), null));
        }
    }

    /** The query named a law: its §§ in the law's own order. */
    private SearchResult listLaw(String q, DocumentInfo doc, String chapter, SearchOptions options, Query filter,
                                 LocalDate date, List<SearchResult.Notice> notices) {
        BooleanQuery.Builder b = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(Fields.DOC, doc.key())), BooleanClause.Occur.FILTER);
        if (filter != null) b.add(filter, BooleanClause.Occur.FILTER);
        Sort order = new Sort(new SortField(Fields.ORDER, SortField.Type.LONG));
        int needed = options.offset() + options.limit();
        try {
            List<ScoreDoc> listed;
            long total;
            List<ScoreDoc> inChapter = chapter == null ? List.of() : chapter(b.build(), order, chapter);
            if (!inChapter.isEmpty()) {
                // "opplæringslova kapittel 14": the §§ of that chapter, in order
                listed = inChapter;
                total = inChapter.size();
            } else {
                if (chapter != null) {
                    // "kommuneloven kapittel 99": say so, and list the whole law
                    notices.add(new SearchResult.Notice(SearchResult.Notice.Kind.NO_SUCH_CHAPTER,
                            Messages.noSuchChapter(chapter, doc, options.language()), doc.key(), null));
                }
                TopDocs top = index.searcher.search(b.build(),
                        new TopFieldCollectorManager(order, needed, null, Integer.MAX_VALUE, false));
                listed = java.util.Arrays.asList(top.scoreDocs);
                total = top.totalHits.value;
            }
            List<SearchHit> hits = new ArrayList<>();
            for (int i = options.offset(); i < Math.min(listed.size(), needed); i++) {
                Optional<ProvisionInfo> info = provision(listed.get(i).doc);
                if (info.isEmpty()) continue;
                SearchHit h = hit(info.get(), 1f, SearchHit.Match.LAW, null, null, date, options.language());
                hits.add(withSnippet(h, citedSnippet(h, options.language())));
            }
            return new SearchResult(q, total, true, options.offset(), hits, Optional.empty(), List.of(),
                    notices, List.of());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The §§ of a law that lie in a chapter, in the law's order; empty when none is found (the law is listed). */
    private List<ScoreDoc> chapter(Query law, Sort order, String chapter) throws IOException {
        int all = Math.max(1, index.searcher.count(law));
        TopDocs top = index.searcher.search(law, new TopFieldCollectorManager(order, all, null, Integer.MAX_VALUE, false));
        List<ScoreDoc> out = new ArrayList<>();
        for (ScoreDoc sd : top.scoreDocs) {
            Optional<ProvisionInfo> info = provision(sd.doc);
            if (info.isPresent() && no.forsokssjekk.corpus.Chapters.contains(info.get(), chapter)) out.add(sd);
        }
        return out;
    }

    // ---------------------------------------------------------------- filters and facets

    private Query filter(SearchFilters f, LocalDate date) {
        if (f.none()) return null;
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(new MatchAllDocsQuery(), BooleanClause.Occur.FILTER);
        if (!f.laws().isEmpty()) {
            Set<String> keys = new LinkedHashSet<>();
            for (String law : f.laws()) keys.add(lawKey(law, date));
            b.add(terms(Fields.DOC, keys, false), BooleanClause.Occur.FILTER);
        }
        if (!f.ministries().isEmpty()) b.add(terms(Fields.F_MINISTRY, f.ministries(), true), BooleanClause.Occur.FILTER);
        if (!f.legalAreas().isEmpty()) b.add(terms(Fields.F_AREA, f.legalAreas(), true), BooleanClause.Occur.FILTER);
        if (!f.sectors().isEmpty()) b.add(terms(Fields.F_SECTOR, f.sectors(), true), BooleanClause.Occur.FILTER);
        if (!f.kinds().isEmpty()) {
            Set<String> kinds = new LinkedHashSet<>();
            for (DocumentKind k : f.kinds()) kinds.add(k.name());
            b.add(terms(Fields.F_KIND, kinds, true), BooleanClause.Occur.FILTER);
        }
        if (f.ownTrialProvision() != null) {
            Query own = terms(Fields.DOC, ownTrialProvision(date), false);
            b.add(own, f.ownTrialProvision() ? BooleanClause.Occur.FILTER : BooleanClause.Occur.MUST_NOT);
        }
        if (!f.includeRepealed()) {
            b.add(new TermQuery(new Term(Fields.F_STATUS, Fields.STATUS_CURRENT)), BooleanClause.Occur.FILTER);
        }
        return b.build();
    }

    /** A law filter value: a document key as it is, or a law name resolved on the date. */
    private String lawKey(String law, LocalDate date) {
        String s = law.strip();
        if (corpus.document(s).isPresent()) return s;
        return citations.names().resolveFuzzy(s, date).map(n -> n.document().key())
                .orElseThrow(() -> new no.forsokssjekk.io.InvalidInputException(no.forsokssjekk.io.InputProblem.of(
                        "filters.laws", "no law or regulation is called '" + law + "'",
                        "a document key (LOV-2005-06-17-64) or a law's name or abbreviation (barnehageloven, bhl)")));
    }

    private static Query terms(String field, Set<String> values, boolean lowerCase) {
        List<BytesRef> refs = new ArrayList<>();
        for (String v : values) refs.add(new BytesRef(lowerCase ? v.strip().toLowerCase(Locale.ROOT) : v.strip()));
        return new TermInSetQuery(field, refs);
    }

    /** The documents covered by their own sector trial provision on a date (cached per date). */
    private Set<String> ownTrialProvision(LocalDate date) {
        return ownTrialProvisionByDate.computeIfAbsent(date, d -> {
            if (ownTrialProvisionByDate.size() > 64) ownTrialProvisionByDate.clear();
            Set<String> keys = new LinkedHashSet<>();
            corpus.documents().filter(doc -> coverage.hasOwnTrialProvision(doc, d)).forEach(doc -> keys.add(doc.key()));
            return Set.copyOf(keys);
        });
    }

    private List<SearchResult.Facet> facets(FacetsCollector fc, LocalDate date, Language lang) throws IOException {
        SortedSetDocValuesFacetCounts counts = new SortedSetDocValuesFacetCounts(index.facetState, fc);
        List<SearchResult.Facet> out = new ArrayList<>();
        Map<String, Long> perLaw = new HashMap<>();
        FacetResult laws = counts.getAllChildren(Fields.FACET_LAW);
        if (laws != null) {
            for (LabelAndValue lv : laws.labelValues) perLaw.put(lv.label, lv.value.longValue());
        }
        out.add(new SearchResult.Facet("law", perLaw.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(20)
                .map(e -> new SearchResult.FacetValue(e.getKey(),
                        corpus.document(e.getKey()).map(DocumentInfo::title).orElse(e.getKey()), e.getValue()))
                .toList()));
        for (String dim : List.of(Fields.FACET_MINISTRY, Fields.FACET_AREA, Fields.FACET_SECTOR, Fields.FACET_KIND)) {
            FacetResult r = dim.equals(Fields.FACET_LAW) ? null : safeTop(counts, dim);
            List<SearchResult.FacetValue> values = new ArrayList<>();
            if (r != null) {
                for (LabelAndValue lv : r.labelValues) {
                    values.add(new SearchResult.FacetValue(lv.label, facetLabel(dim, lv.label, lang), lv.value.longValue()));
                }
            }
            out.add(new SearchResult.Facet(dim, values));
        }
        Set<String> own = ownTrialProvision(date);
        long yes = 0, no = 0;
        for (Map.Entry<String, Long> e : perLaw.entrySet()) {
            if (own.contains(e.getKey())) yes += e.getValue();
            else no += e.getValue();
        }
        out.add(new SearchResult.Facet("ownTrialProvision", List.of(
                new SearchResult.FacetValue("true", Messages.ownTrialProvision(true, lang), yes),
                new SearchResult.FacetValue("false", Messages.ownTrialProvision(false, lang), no))));
        return out;
    }

    private static FacetResult safeTop(SortedSetDocValuesFacetCounts counts, String dim) throws IOException {
        try {
            return counts.getTopChildren(20, dim);
        } catch (IllegalArgumentException noSuchDimension) {
            return null;
        }
    }

    private static String facetLabel(String dim, String value, Language lang) {
        if (dim.equals(Fields.FACET_KIND)) {
            return value.equals(DocumentKind.LAW.name()) ? (lang == Language.NN ? "lov" : "lov") : "forskrift";
        }
        return value;
    }

    // ---------------------------------------------------------------- hits

    private SearchHit hit(ProvisionInfo p, float score, SearchHit.Match match, Integer ledd, Snippet snippet,
                          LocalDate date, Language lang) {
        List<KeyClassification> classes = new ArrayList<>();
        for (Classification c : p.curatedClassifications()) {
            if (c.validOn(date)) classes.add(KeyClassification.of(c, lang));
        }
        return new SearchHit(p, score, match, ledd, snippet == null ? Snippet.empty() : snippet,
                authority(p, date, lang), classes);
    }

    private HitAuthority authority(ProvisionInfo p, LocalDate date, Language lang) {
        Optional<TrialAuthority> likely = coverage.likelyAuthority(p, date);
        if (likely.isPresent()) {
            TrialAuthority a = likely.get();
            HitAuthority.Route route = a.kind() == TrialAuthority.AuthorityKind.FORSOKSLOVEN
                    ? HitAuthority.Route.FORSOKSLOVEN : HitAuthority.Route.SECTOR;
            return new HitAuthority(route, a.id(), a.provision(), a.citation(), Messages.authorityNote(route, a, lang));
        }
        boolean procedure = p.curatedClassifications().stream()
                .anyMatch(c -> c.kind() == ClassificationKind.FVL_PROCEDURE && c.status().canGroundBlocker());
        HitAuthority.Route route = procedure ? HitAuthority.Route.NOT_PERMITTED : HitAuthority.Route.NONE;
        return new HitAuthority(route, null, null, null, Messages.authorityNote(route, null, lang));
    }

    private Map<Integer, Snippet> snippets(List<ScoreDoc> page, Query query) {
        Map<Integer, Snippet> out = new LinkedHashMap<>();
        if (page.isEmpty()) return out;
        int[] docs = new int[page.size()];
        for (int i = 0; i < docs.length; i++) docs[i] = page.get(i).doc;
        int[] sorted = docs.clone();
        java.util.Arrays.sort(sorted);
        try {
            Object[] body = new Object[sorted.length];
            Object[] summary = new Object[sorted.length];
            if (query != null) {
                Object[] b = highlighter.highlight(new String[] {Fields.BODY}, query, sorted, new int[] {1})
                        .get(Fields.BODY);
                if (b != null) body = b;
                // the summary shows only where the law text did not match, and only our catalogue's §§ have one
                Object[] bodies = body;
                int[] withSummary = java.util.stream.IntStream.range(0, sorted.length)
                        .filter(i -> bodies[i] == null || !((SnippetFormatter.Raw) bodies[i]).matched())
                        .map(i -> sorted[i])
                        .filter(d -> !fieldText(d, Fields.SUMMARY).isEmpty()).toArray();
                if (withSummary.length > 0) {
                    Object[] s = highlighter.highlight(new String[] {Fields.SUMMARY}, query, withSummary,
                            new int[] {1}).get(Fields.SUMMARY);
                    for (int i = 0, j = 0; s != null && i < sorted.length && j < withSummary.length; i++) {
                        if (sorted[i] == withSummary[j]) summary[i] = s[j++];
                    }
                }
            }
            for (int i = 0; i < sorted.length; i++) {
                SnippetFormatter.Raw b = (SnippetFormatter.Raw) body[i];
                SnippetFormatter.Raw s = (SnippetFormatter.Raw) summary[i];
                Snippet snippet;
                if (b != null && (b.matched() || s == null || !s.matched())) {
                    snippet = new Snippet(b.marked(), b.html(), b.text(), leddNumber(sorted[i], b.leddIndex()),
                            Snippet.Source.LAW_TEXT);
                } else if (s != null) {
                    snippet = new Snippet(s.marked(), s.html(), s.text(), null, Snippet.Source.SUMMARY);
                } else {
                    snippet = null;
                }
                if (snippet != null) out.put(sorted[i], snippet);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** The number of the ledd at an index of the body field's values. */
    private Integer leddNumber(int doc, int leddIndex) {
        var ledd = provision(doc).map(IndexedProvision::ledd).orElse(List.of());
        return leddIndex < ledd.size() ? ledd.get(leddIndex).number() : null;
    }

    private Optional<ProvisionInfo> provision(int doc) {
        ProvisionInfo known = provisions.get(doc);
        if (known != null) return Optional.of(known);
        String id = index.id(doc);
        Optional<ProvisionInfo> found = id == null ? Optional.empty()
                : ProvisionId.tryParse(id).flatMap(corpus::provision);
        found.ifPresent(p -> provisions.set(doc, p));
        return found;
    }

    /**
     * The provision of each index document, kept once looked up: a page asks for each hit's provision four times
     * (hit, highlighted text, summary, ledd number), and parsing its id and looking it up took 2% of a search. The
     * corpus does not change while the engine lives.
     */
    private final java.util.concurrent.atomic.AtomicReferenceArray<ProvisionInfo> provisions;

    /** The text of a field as it was indexed, rebuilt from the corpus (for the highlighter). */
    private String fieldText(int doc, String field) {
        Optional<ProvisionInfo> p = provision(doc);
        if (p.isEmpty()) return "";
        return switch (field) {
            case Fields.BODY -> IndexedProvision.body(p.get());
            case Fields.SUMMARY -> IndexedProvision.summary(p.get());
            default -> "";
        };
    }

    /** The snippet of a cited or listed §: the cited ledd, else the first; our summary when the text is not loaded. */
    private Snippet citedSnippet(SearchHit h, Language lang) {
        ProvisionInfo p = h.provision();
        if (p.lovdataText().isPresent() && !p.lovdataText().get().ledd().isEmpty()) {
            var ledd = p.lovdataText().get().ledd();
            var chosen = h.ledd() == null ? ledd.get(0)
                    : ledd.stream().filter(l -> l.number() == h.ledd()).findFirst().orElse(ledd.get(0));
            return Snippet.plain(cut(chosen.plainText()), chosen.number(), Snippet.Source.LAW_TEXT);
        }
        return p.catalogueEntry().map(e -> Snippet.plain(cut(e.summary().in(lang)), null, Snippet.Source.SUMMARY))
                .orElse(Snippet.empty());
    }

    private static SearchHit withSnippet(SearchHit h, Snippet s) {
        return new SearchHit(h.provision(), h.score(), h.match(), s.ledd() != null ? s.ledd() : h.ledd(), s,
                h.trialAuthority(), h.classifications());
    }

    private static String cut(String text) {
        if (text.length() <= SnippetFormatter.WINDOW) return text;
        int end = text.lastIndexOf(' ', SnippetFormatter.WINDOW);
        return text.substring(0, end > 40 ? end : SnippetFormatter.WINDOW) + " …";
    }

    @Override
    public void close() throws IOException {
        index.close();
    }
}
