package no.forsokssjekk.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.forsokssjekk.search.analysis.NorwegianAnalyzers;
import no.forsokssjekk.search.analysis.NorwegianFolding;
import no.forsokssjekk.search.lexicon.Lexicon;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Turns what a user typed into a Lucene query over the provision index. Term-centric: each word (or lexicon phrase)
 * becomes a concept that may match in any field, scored by its best field (§ heading, our keywords and summary above
 * the law text); a concept is satisfied by the word itself, by its compound parts, by a lexicon synonym or by a
 * spelling correction, each with its own weight. Documents matching more concepts score higher; a phrase match of
 * the whole query adds a bonus. Thread-safe.
 */
final class QueryPlanner {
    /**
     * The weights of a query plan, in one place so they can be measured against the judged queries together.
     *
     * @param fields        the analysed fields searched and their weights
     * @param fieldTie      tie-breaker across fields: the best field decides, the others add this share
     * @param compoundParts weight of matching a compound's parts instead of the compound
     * @param spelling      weight of matching a spelling correction instead of the word typed
         * @param phrase        bonus for the whole query as a phrase (0: off)
     * @param label         weight of a chapter-and-section number ("14-3") matching a § label
     * @param context       share of a best hit's score that a provision it refers to or stands beside gains
     */
    record Tuning(Map<String, Float> fields, float fieldTie, float compoundParts, float spelling, float phrase,
                  float label, float context) {
        static final Tuning DEFAULT = new Tuning(Fields.TEXT_FIELD_WEIGHTS, 0.3f, 0.6f, 0.8f, 1.5f, 1.5f, 0.3f);
    }

    /** "14-3", "2-2a": a chapter-and-section number is distinctive; a bare "8" in "8. trinn" is not a § label. */
    private static final Pattern LABEL_LIKE = Pattern.compile("(?<![\\p{L}\\d.-])(\\d{1,3}[a-zA-Z]?-\\d{1,3}[a-zA-Z]?)(?![\\p{L}\\d-])");

    private static final List<String> PHRASE_FIELDS = List.of(Fields.TITLE, Fields.KEYWORDS, Fields.SUMMARY, Fields.BODY);
    private static final List<String> HEADING_PHRASE_FIELDS = List.of(Fields.TITLE, Fields.KEYWORDS, Fields.SUMMARY);

    private final ProvisionIndex index;
    private final Lexicon lexicon;
    private final Tuning tuning;
    private final Map<String, Float> fieldWeights;
    private final Map<String, Float> alternativeFieldWeights;

    QueryPlanner(ProvisionIndex index, Lexicon lexicon, Tuning tuning) {
        this.index = index;
        this.lexicon = lexicon;
        this.tuning = tuning;
        this.fieldWeights = tuning.fields();
        Map<String, Float> alternative = new java.util.LinkedHashMap<>(fieldWeights);
        alternative.remove(Fields.CHAPTER);
        this.alternativeFieldWeights = Map.copyOf(alternative);
    }

    /** One word of the query: as typed, its stem (the indexed term), compound parts and lower-case normalised form. */
    record Word(String surface, String stem, List<String> parts, String normalised, int position) {
    }

    /** A spelling correction made to the query. */
    record Correction(String from, String to) {
    }

    /** The planned query: the Lucene query (null when nothing searchable is left) and what was done to the words. */
    record Plan(Query query, List<Word> words, List<String> expansions, List<Correction> corrections) {
        boolean empty() {
            return query == null;
        }
    }

    Plan plan(String text) {
        List<Word> words = words(text);
        TermStatistics stats = new TermStatistics();
        List<String> stems = words.stream().map(Word::stem).toList();
        List<Lexicon.Match> matches = lexicon.match(stems);
        List<String> expansions = new ArrayList<>();
        List<Correction> corrections = new ArrayList<>();
        BooleanQuery.Builder top = new BooleanQuery.Builder();
        int concepts = 0;
        int i = 0;
        int m = 0;
        while (i < words.size()) {
            Lexicon.Match match = m < matches.size() && matches.get(m).from() == i ? matches.get(m) : null;
            Query concept;
            if (match != null) {
                List<Word> span = words.subList(match.from(), match.to());
                List<Query> alternatives = new ArrayList<>();
                Query original = wordsQuery(span, stats);
                if (original != null) alternatives.add(original);
                for (Lexicon.Expansion e : match.expansions()) {
                    Query q = stemsQuery(e.term().stems(), stats, true);
                    if (q == null) continue;
                    alternatives.add(new BoostQuery(q, e.weight()));
                    expansions.add(e.term().text());
                }
                concept = alternatives.isEmpty() ? null : disMax(alternatives, 0f);
                i = match.to();
                m++;
            } else {
                Word w = words.get(i);
                concept = wordConcept(w, stats, corrections);
                i++;
            }
            if (concept != null) {
                top.add(concept, BooleanClause.Occur.SHOULD);
                concepts++;
            }
        }
        Query phrase = phraseBonus(words, stats);
        if (phrase != null) top.add(phrase, BooleanClause.Occur.SHOULD);
        for (String label : labels(text)) {
            top.add(new BoostQuery(new TermQuery(new Term(Fields.LABEL, label)), tuning.label()), BooleanClause.Occur.SHOULD);
            concepts++;
        }
        Query query = concepts == 0 ? null : top.build();
        return new Plan(query, words, List.copyOf(new LinkedHashSet<>(expansions)), corrections);
    }

    /** A single word: itself, its compound parts, or (when the index has neither) its spelling corrections. */
    private Query wordConcept(Word w, TermStatistics stats, List<Correction> corrections) {
        List<Query> alternatives = new ArrayList<>();
        Query self = termQuery(w.stem(), stats, fieldWeights);
        if (self != null) alternatives.add(self);
        if (!w.parts().isEmpty()) {
            // no phrase bonus for the parts: the law seldom writes a compound's parts side by side ("bemanning norm"),
            // and reading positions for it cost 7% of a search; the judged queries score slightly better without it
            Query parts = stemsQuery(w.parts(), stats, false);
            if (parts != null) alternatives.add(new BoostQuery(parts, tuning.compoundParts()));
        }
        // a word the index does not have is probably misspelt, even when its pieces are words ("taushetplikt")
        if (self == null && isWordLike(w.surface())) {
            index.vocabulary.correction(w.normalised()).ifPresent(suggestion -> {
                Query q = stemsQuery(NorwegianAnalyzers.words(index.textAnalyzer, suggestion), stats, true);
                if (q == null) return;
                alternatives.add(new BoostQuery(q, tuning.spelling()));
                corrections.add(new Correction(w.surface(), suggestion));
            });
        }
        return alternatives.isEmpty() ? null : disMax(alternatives, 0f);
    }

    /** All the words, each in any field (a multi-word term or compound: every word must be there). */
    private Query wordsQuery(List<Word> span, TermStatistics stats) {
        if (span.size() == 1) return wordConcept(span.get(0), stats, new ArrayList<>());
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (Word w : span) {
            Query q = wordConcept(w, stats, new ArrayList<>());
            if (q == null) return null;
            b.add(q, BooleanClause.Occur.MUST);
        }
        return b.build();
    }

    /** All the stems, each in any field; with {@code phraseBonus}, more when they stand together as a phrase. */
    private Query stemsQuery(List<String> stems, TermStatistics stats, boolean phraseBonus) {
        if (stems.isEmpty()) return null;
        if (stems.size() == 1) return termQuery(stems.get(0), stats, alternativeFieldWeights);
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (String s : stems) {
            Query q = termQuery(s, stats, alternativeFieldWeights);
            if (q == null) return null;
            b.add(q, BooleanClause.Occur.MUST);
        }
        Query phrase = phraseBonus ? phrase(stems, null, stats, 2, PHRASE_FIELDS) : null;
        if (phrase != null) b.add(phrase, BooleanClause.Occur.SHOULD);
        return b.build();
    }

    /** The term in whichever field it scores best; null when no field has it. */
    private Query termQuery(String stem, TermStatistics stats, Map<String, Float> fieldWeights) {
        List<Query> perField = new ArrayList<>(fieldWeights.size());
        for (Map.Entry<String, Float> f : fieldWeights.entrySet()) {
            Term t = new Term(f.getKey(), stem);
            // the term's statistics, looked up once: the query reuses them instead of seeking the term again
            TermStates states = stats.states(t);
            if (states.docFreq() == 0) continue;
            perField.add(new BoostQuery(new TermQuery(t, states), f.getValue()));
        }
        if (perField.isEmpty()) return null;
        return perField.size() == 1 ? perField.get(0) : new DisjunctionMaxQuery(perField, tuning.fieldTie());
    }

    /**
     * The words of the query as a phrase in the heading or our text (a bonus, never required). Not in the law text:
     * that phrase cost 5% of a search's time and left the judged queries' measures (MRR, recall, nDCG) unchanged.
     */
    private Query phraseBonus(List<Word> words, TermStatistics stats) {
        if (words.size() < 2 || tuning.phrase() <= 0) return null;
        Query p = phrase(words.stream().map(Word::stem).toList(), words.stream().mapToInt(Word::position).toArray(),
                stats, 3, HEADING_PHRASE_FIELDS);
        return p == null ? null : new BoostQuery(p, tuning.phrase());
    }

    /**
     * The stems as a phrase in one of the fields. With positions (the query's own, which keep the
     * gaps its stop words left), "forskrifter om bruk av motorkjøretøyer" matches the same words in a heading exactly.
     */
    private Query phrase(List<String> stems, int[] positions, TermStatistics stats, int slop, List<String> fields) {
        List<Query> perField = new ArrayList<>();
        for (String field : fields) {
            boolean all = true;
            for (String s : stems) {
                if (stats.states(new Term(field, s)).docFreq() == 0) {
                    all = false;
                    break;
                }
            }
            if (!all) continue;
            PhraseQuery.Builder pb = new PhraseQuery.Builder().setSlop(slop);
            for (int i = 0; i < stems.size(); i++) {
                Term t = new Term(field, stems.get(i));
                if (positions == null) pb.add(t);
                else pb.add(t, positions[i] - positions[0]);
            }
            perField.add(new BoostQuery(pb.build(), fieldWeights.getOrDefault(field, 1f)));
        }
        if (perField.isEmpty()) return null;
        return perField.size() == 1 ? perField.get(0) : new DisjunctionMaxQuery(perField, tuning.fieldTie());
    }

    private static Query disMax(List<Query> alternatives, float tie) {
        return alternatives.size() == 1 ? alternatives.get(0) : new DisjunctionMaxQuery(alternatives, tie);
    }

    /** The query's words as the index sees them (compound parts attached to their word). */
    List<Word> words(String text) {
        List<Word> words = new ArrayList<>();
        try (TokenStream ts = index.textAnalyzer.tokenStream("", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            TypeAttribute type = ts.addAttribute(TypeAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            int position = -1;
            String surface = null, stem = null;
            List<String> parts = new ArrayList<>();
            while (ts.incrementToken()) {
                if (NorwegianAnalyzers.isCompoundPart(type.type())) {
                    if (!term.toString().equals(stem)) parts.add(term.toString());
                    continue;
                }
                if (stem != null) words.add(word(surface, stem, parts, position));
                position += inc.getPositionIncrement();
                surface = text.substring(offset.startOffset(), offset.endOffset());
                stem = term.toString();
                parts = new ArrayList<>();
            }
            if (stem != null) words.add(word(surface, stem, parts, position));
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }

    private static Word word(String surface, String stem, List<String> parts, int position) {
        String normalised = NorwegianFolding.normalise(surface.toLowerCase(Locale.ROOT));
        return new Word(surface, stem, List.copyOf(parts), normalised, position);
    }

    /** Numbers in the query that look like chapter-and-section § labels ("14-3", "2-2a"), lower case. */
    static Set<String> labels(String text) {
        Set<String> out = new LinkedHashSet<>();
        Matcher m = LABEL_LIKE.matcher(text);
        while (m.find()) out.add(m.group(1).toLowerCase(Locale.ROOT));
        return out;
    }

    private static boolean isWordLike(String s) {
        return s.chars().allMatch(Character::isLetter);
    }

    /**
     * The statistics of the terms of one plan, each looked up once: a word's stem is asked for again by its compound
     * parts, a synonym or the phrase bonus, and the query reuses the statistics instead of seeking the term again.
     */
    private final class TermStatistics {
        private final Map<Term, TermStates> looked = new HashMap<>();

        TermStates states(Term t) {
            TermStates states = looked.get(t);
            if (states == null) {
                try {
                    states = TermStates.build(index.searcher, t, true);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                looked.put(t, states);
            }
            return states;
        }
    }
}
