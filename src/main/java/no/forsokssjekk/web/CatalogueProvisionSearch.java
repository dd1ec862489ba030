package no.forsokssjekk.web;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import no.forsokssjekk.Forsokssjekk;
import no.forsokssjekk.citation.CitationResolution;
import no.forsokssjekk.corpus.DocumentInfo;
import no.forsokssjekk.corpus.Language;
import no.forsokssjekk.corpus.ProvisionId;
import no.forsokssjekk.corpus.ProvisionInfo;
import no.forsokssjekk.corpus.TrialAuthorityCoverage;
import no.forsokssjekk.corpus.catalogue.Classification;
import no.forsokssjekk.corpus.catalogue.LawEntry;
import no.forsokssjekk.corpus.catalogue.LawName;

/**
 * A plain in-memory search over the catalogue's provisions (titles, summaries, keywords), used until the core's
 * Lucene search is wired in. It honours the same {@link ProvisionSearch} contract: citations first, highlights,
 * facets, filters and paging, the likely trial authority per hit.
 */
public final class CatalogueProvisionSearch implements ProvisionSearch {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private final Forsokssjekk engine;
    private final TrialAuthorityCoverage coverage;
    /** Built on its own thread, so the service starts answering while it is made; a search waits for it. */
    private final java.util.concurrent.CompletableFuture<Index> index;

    /**
     * @param fieldIndex per field (citation, title, keywords, summary, law names): word → the entries that have it,
     *                   for prefix lookups
     */
    private record Index(List<Entry> entries, List<java.util.NavigableMap<String, int[]>> fieldIndex) {
    }
    private static final double[] FIELD_WEIGHTS = {4, 3, 3, 1, 1};

    private final java.util.concurrent.ConcurrentMap<String, Boolean> ownTrialProvision =
            new java.util.concurrent.ConcurrentHashMap<>();

    /** One provision with its fields folded into words once, so a query only compares prefixes. */
    private record Entry(ProvisionInfo provision, String citation, String title, String summaryNb, String summaryNn,
                         String ministry, String sector, List<String> citationWords, List<String> titleWords,
                         List<String> keywordWords, List<String> summaryWords, List<String> lawWords) {
    }

    public CatalogueProvisionSearch(Forsokssjekk engine) {
        this.engine = engine;
        this.coverage = new TrialAuthorityCoverage(engine.corpus());
        this.index = new java.util.concurrent.CompletableFuture<>();
        Thread builder = new Thread(() -> {
            try {
                index.complete(buildIndex());
            } catch (Throwable t) {
                index.completeExceptionally(t);
            }
        }, "search-index");
        builder.setDaemon(true);
        builder.start();
    }

    private Index buildIndex() {
        List<Entry> entries = engine.corpus().provisions()
                .filter(p -> p.catalogueEntry().isPresent())
                .map(this::entry)
                .toList();
        List<java.util.NavigableMap<String, int[]>> fields = new ArrayList<>();
        for (int f = 0; f < FIELD_WEIGHTS.length; f++) {
            java.util.TreeMap<String, List<Integer>> words = new java.util.TreeMap<>();
            for (int i = 0; i < entries.size(); i++) {
                for (String w : fieldWords(entries.get(i), f)) words.computeIfAbsent(w, k -> new ArrayList<>()).add(i);
            }
            java.util.TreeMap<String, int[]> compact = new java.util.TreeMap<>();
            words.forEach((w, ids) -> compact.put(w, ids.stream().mapToInt(Integer::intValue).toArray()));
            fields.add(compact);
        }
        return new Index(entries, List.copyOf(fields));
    }

    private static List<String> fieldWords(Entry e, int field) {
        return switch (field) {
            case 0 -> e.citationWords();
            case 1 -> e.titleWords();
            case 2 -> e.keywordWords();
            case 3 -> e.summaryWords();
            default -> e.lawWords();
        };
    }

    /** Scores by field weight for each term that starts a word of the field (so "barnehage" finds "barnehagen"). */
    private static double[] textScores(Index index, List<String> terms) {
        List<Entry> entries = index.entries();
        double[] scores = new double[entries.size()];
        int[] seen = new int[entries.size()];
        int stamp = 0;
        for (String t : terms) {
            for (int f = 0; f < FIELD_WEIGHTS.length; f++) {
                stamp++;
                for (int[] ids : index.fieldIndex().get(f).subMap(t, true, t + Character.MAX_VALUE, false).values()) {
                    for (int id : ids) {
                        if (seen[id] == stamp) continue;
                        seen[id] = stamp;
                        scores[id] += FIELD_WEIGHTS[f];
                    }
                }
            }
        }
        return scores;
    }

    private Entry entry(ProvisionInfo p) {
        var e = p.catalogueEntry().orElseThrow();
        DocumentInfo d = p.document();
        String names = d.title() + " " + d.citationName() + " " + d.catalogueEntry()
                .map(l -> l.names().stream().map(LawName::name).collect(Collectors.joining(" "))).orElse("");
        String nb = e.summary() == null ? "" : e.summary().in(Language.NB);
        String nn = e.summary() == null ? "" : e.summary().in(Language.NN);
        return new Entry(p, p.citation(), p.title(), nb, nn, d.ministry().orElse(""), d.sector().orElse(""),
                words(p.citation()), words(p.title()), words(String.join(" ", e.keywords().all())),
                words(nb + " " + nn), words(names));
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(fold(text == null ? "" : text));
        while (m.find()) words.add(m.group());
        return List.copyOf(new LinkedHashSet<>(words));
    }

    @Override
    public SearchPage search(SearchRequest request) {
        String query = request.query() == null ? "" : request.query().strip();
        LocalDate date = request.date();
        Language language = request.language() == null ? Language.NB : request.language();
        List<String> terms = terms(query);

        Set<ProvisionId> cited = new LinkedHashSet<>();
        // only what looks like a citation (a number or §) is resolved: law names alone match the law-name words
        boolean citationLike = query.chars().anyMatch(c -> Character.isDigit(c) || c == '§');
        CitationResolution resolution = citationLike ? engine.resolve(query, date)
                : new CitationResolution(query, CitationResolution.Status.NOT_A_CITATION, null, List.of(), null, null, null);
        if (resolution.status() == CitationResolution.Status.PROVISION) {
            resolution.provisions().forEach(id -> cited.add(id.section()));
        }

        Index index = this.index.join();
        List<Entry> entries = index.entries();
        List<Scored> matches = new ArrayList<>();
        double[] text = textScores(index, terms);
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            double score = text[i] + (cited.contains(e.provision().id()) ? 100 : 0);
            if (resolution.status() == CitationResolution.Status.DOCUMENT_ONLY && resolution.document() != null
                    && resolution.document().key().equals(e.provision().document().key())) {
                score += 5;
            }
            if (score > 0) matches.add(new Scored(e, score));
        }
        matches.sort(Comparator.comparingDouble(Scored::score).reversed()
                .thenComparing(s -> s.entry().provision().id().toString()));

        List<Facet> facets = facets(matches, request.filters(), date);
        List<Scored> filtered = matches.stream().filter(s -> accepts(s.entry(), request.filters(), date)).toList();
        int size = Math.max(1, request.size());
        int from = Math.min(filtered.size(), Math.max(0, request.page()) * size);
        List<Hit> hits = filtered.subList(from, Math.min(filtered.size(), from + size)).stream()
                .map(s -> hit(s, terms, date, language))
                .toList();
        return new SearchPage(query, filtered.size(), Math.max(0, request.page()), size, hits, facets, null, List.of());
    }

    private record Scored(Entry entry, double score) {
    }

    static List<String> terms(String query) {
        List<String> terms = new ArrayList<>();
        Matcher m = WORD.matcher(fold(query));
        while (m.find()) {
            if (m.group().length() >= 2) terms.add(m.group());
        }
        return terms;
    }

    /** Lower case, æ/ø/å kept, other accents removed. */
    static String fold(String s) {
        String lower = s.toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder(lower.length());
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (c < 128 || c == 'æ' || c == 'ø' || c == 'å') sb.append(c);
            else sb.append(Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD).replaceAll("\\p{M}", ""));
        }
        return sb.toString();
    }

    private Hit hit(Scored s, List<String> terms, LocalDate date, Language language) {
        Entry e = s.entry();
        ProvisionInfo p = e.provision();
        String summary = language == Language.NN ? e.summaryNn() : e.summaryNb();
        AuthorityLink authority = coverage.likelyAuthority(p, date)
                .map(a -> new AuthorityLink(a.id(), a.citation()))
                .orElse(null);
        List<String> classifications = p.curatedClassifications().stream()
                .map(Classification::kind).map(Enum::name).distinct().toList();
        return new Hit(p.id().toString(), e.citation(), p.title(), p.document().title(), s.score(),
                highlight(summary.isBlank() ? p.title() : summary, terms), authority, null, e.ministry().isBlank() ? null
                : e.ministry(), classifications, p.repealed());
    }

    /** The text with each word that starts with a query term wrapped in {@code <mark>}; nothing else is markup. */
    static String highlight(String text, List<String> terms) {
        StringBuilder sb = new StringBuilder();
        Matcher m = WORD.matcher(text);
        int last = 0;
        while (m.find()) {
            sb.append(text, last, m.start());
            String folded = fold(m.group());
            boolean hit = terms.stream().anyMatch(folded::startsWith);
            sb.append(hit ? "<mark>" + m.group() + "</mark>" : m.group());
            last = m.end();
        }
        sb.append(text.substring(last));
        return sb.toString();
    }

    private boolean accepts(Entry e, Map<String, List<String>> filters, LocalDate date) {
        for (Map.Entry<String, List<String>> f : filters.entrySet()) {
            if (f.getValue().isEmpty()) continue;
            if (!f.getValue().contains(facetValue(f.getKey(), e, date))) return false;
        }
        return true;
    }

    private String facetValue(String facet, Entry e, LocalDate date) {
        return switch (facet) {
            case "law" -> e.provision().document().key();
            case "ministry" -> e.ministry();
            case "sector" -> e.sector();
            case "ownTrialProvision" -> String.valueOf(ownTrialProvision(e, date));
            default -> "";
        };
    }

    /** Cached per law and date; the cache is bounded, as the date comes from the request. */
    private boolean ownTrialProvision(Entry e, LocalDate date) {
        if (ownTrialProvision.size() > 20_000) ownTrialProvision.clear();
        return ownTrialProvision.computeIfAbsent(e.provision().document().key() + "@" + date,
                k -> coverage.hasOwnTrialProvision(e.provision().document(), date));
    }

    private String facetLabel(String facet, String value) {
        if (facet.equals("law")) {
            return engine.corpus().document(value).map(DocumentInfo::citationName).orElse(value);
        }
        return value;
    }

    /** Counts per facet value; each facet is counted with the other facets' filters applied (drill-sideways). */
    private List<Facet> facets(List<Scored> matches, Map<String, List<String>> filters, LocalDate date) {
        List<Facet> facets = new ArrayList<>();
        for (String facet : FACETS) {
            Map<String, List<String>> others = new LinkedHashMap<>(filters);
            others.remove(facet);
            Map<String, Long> counts = new TreeMap<>();
            for (Scored s : matches) {
                if (!accepts(s.entry(), others, date)) continue;
                String v = facetValue(facet, s.entry(), date);
                if (!v.isBlank()) counts.merge(v, 1L, Long::sum);
            }
            List<String> selected = filters.getOrDefault(facet, List.of());
            List<FacetValue> values = counts.entrySet().stream()
                    .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .map(c -> new FacetValue(c.getKey(), facetLabel(facet, c.getKey()), c.getValue(),
                            selected.contains(c.getKey())))
                    .toList();
            facets.add(new Facet(facet, values));
        }
        return facets;
    }

    @Override
    public List<Suggestion> suggest(String prefix, int limit) {
        String p = fold(prefix == null ? "" : prefix.strip());
        if (p.isEmpty()) return List.of();
        List<Suggestion> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (LawEntry law : engine.corpus().catalogue().laws()) {
            List<String> names = new ArrayList<>();
            if (law.shortTitle() != null) names.add(law.shortTitle());
            law.names().forEach(n -> names.add(n.name()));
            names.add(law.title());
            for (String n : names) {
                if (fold(n).startsWith(p) && seen.add(n)) {
                    out.add(new Suggestion(n, n.equals(law.title()) ? n : n + " – " + law.title(), "LAW"));
                    break;
                }
            }
        }
        for (Entry e : index.join().entries()) {
            if (fold(e.citation()).startsWith(p) && seen.add(e.citation())) {
                out.add(new Suggestion(e.citation(), e.citation() + (e.title().isBlank() ? "" : " " + e.title()),
                        "PROVISION"));
            }
        }
        return out.stream().limit(Math.max(0, limit)).toList();
    }
}
