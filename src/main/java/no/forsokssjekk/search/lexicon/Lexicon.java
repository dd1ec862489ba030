package no.forsokssjekk.search.lexicon;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.forsokssjekk.corpus.catalogue.SourceLocation;
import no.forsokssjekk.io.ResourceTree;

/**
 * Query-time synonyms from {@code legal-corpus/lexicon/*.yaml}: everyday words → the law's words, bokmål ↔ nynorsk,
 * old → current names, abbreviations ↔ their expansions (format: legal-corpus/README.md, "lexicon"). Terms are matched
 * on their analysed form (folded, stemmed), so "bemanningsnormen" matches the entry "bemanningsnorm". Applied when a
 * query is planned, never when indexing, so the lexicon can change without rebuilding the index. Immutable.
 */
public final class Lexicon {
    /** How a query term relates to the term it expands to; the weight is how much a match on the expansion counts. */
    public enum Relation {
        /** bokmål ↔ nynorsk, spelling variants: the same word. */
        EQUIVALENT(1.0f),
        /** an abbreviation and its expansion, both ways. */
        ABBREVIATION(1.0f),
        /** a former name → the current one. */
        OLD_TO_CURRENT(0.9f),
        /** a current name → its former one (older texts still use it). */
        CURRENT_TO_OLD(0.7f),
        /** what users say → the law's own words. */
        EVERYDAY_TO_LEGAL(0.8f);

        private final float weight;

        Relation(float weight) {
            this.weight = weight;
        }

        public float weight() {
            return weight;
        }
    }

    /** A lexicon term as written and as analysed (the stems of its words, in order). */
    public record Term(String text, List<String> stems) {
        public Term {
            stems = List.copyOf(stems);
        }
    }

    /** What a term expands to, why, and where the entry is written. */
    public record Expansion(Term term, Relation relation, SourceLocation source) {
        public float weight() {
            return relation.weight();
        }
    }

    /** A stretch of the query (token positions {@code from} to {@code to}, exclusive) that a lexicon term matched. */
    public record Match(int from, int to, Term matched, List<Expansion> expansions) {
    }

    private final Map<List<String>, List<Expansion>> byStems;
    private final Map<List<String>, Term> terms;
    private final int longestTerm;
    private final int entries;
    private final String origin;

    Lexicon(Map<List<String>, List<Expansion>> byStems, Map<List<String>, Term> terms, int entries, String origin) {
        this.byStems = Map.copyOf(byStems);
        this.terms = Map.copyOf(terms);
        this.longestTerm = byStems.keySet().stream().mapToInt(List::size).max().orElse(0);
        this.entries = entries;
        this.origin = origin;
    }

    /** Reads and validates every {@code lexicon/*.yaml} in the tree; throws InvalidInputException with file and line. */
    public static Lexicon load(ResourceTree legalCorpus) {
        return LexiconLoader.load(legalCorpus);
    }

    public static Lexicon empty() {
        return new Lexicon(Map.of(), Map.of(), 0, "none");
    }

    /**
     * The lexicon terms in a query, given the stems of its words in order: longest match first, left to right, never
     * overlapping.
     */
    public List<Match> match(List<String> queryStems) {
        List<Match> out = new ArrayList<>();
        int i = 0;
        while (i < queryStems.size()) {
            int found = 0;
            for (int len = Math.min(longestTerm, queryStems.size() - i); len >= 1; len--) {
                List<String> key = queryStems.subList(i, i + len);
                List<Expansion> e = byStems.get(key);
                if (e != null) {
                    out.add(new Match(i, i + len, terms.get(key), e));
                    found = len;
                    break;
                }
            }
            i += Math.max(found, 1);
        }
        return out;
    }

    /** The expansions of one analysed term (empty when the lexicon does not know it). */
    public List<Expansion> expansions(List<String> stems) {
        return byStems.getOrDefault(stems, List.of());
    }

    public int entryCount() {
        return entries;
    }

    public int termCount() {
        return terms.size();
    }

    public String origin() {
        return origin;
    }

    /** Collects expansions while loading: one list per analysed term. */
    static final class Builder {
        final Map<List<String>, List<Expansion>> byStems = new HashMap<>();
        final Map<List<String>, Term> terms = new HashMap<>();
        int entries;

        void add(Term from, Term to, Relation relation, SourceLocation where) {
            if (from.stems().equals(to.stems())) return;
            terms.putIfAbsent(from.stems(), from);
            List<Expansion> list = byStems.computeIfAbsent(from.stems(), k -> new ArrayList<>());
            for (int i = 0; i < list.size(); i++) {
                Expansion e = list.get(i);
                if (e.term().stems().equals(to.stems())) {
                    // the same expansion from two entries: keep the stronger relation
                    if (relation.weight() > e.relation().weight()) list.set(i, new Expansion(to, relation, where));
                    return;
                }
            }
            list.add(new Expansion(to, relation, where));
        }

        Lexicon build(String origin) {
            Map<List<String>, List<Expansion>> frozen = new HashMap<>();
            byStems.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
            return new Lexicon(frozen, terms, entries, origin);
        }
    }
}
