package no.forsokssjekk.search.analysis;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Splits Norwegian compounds into the words they are made of, with the corpus vocabulary as dictionary
 * ("barnehageplassen" → barnehage + plassen, "bemanningsnorm" → bemanning(s) + norm, "legevakt" → lege + vakt).
 *
 * <p>The choice follows Koehn and Knight (2003): among the ways to cut the word into two or three known words, take
 * the one whose parts have the highest geometric mean frequency, and keep the word whole when it is itself more
 * frequent than that ("barnehage" stays whole: "hage" is rare in law text). A first or middle part must occur as a
 * word as it stands, or without a linking "s" or "e" ("bemannings" → "bemanning", "barne" → "barn"); the last part
 * may be inflected (its stem must occur). Counting stems for the first parts would let "skjen" pass as "skje"
 * ("happen"). Stop words, prefix particles and derivational endings are never parts ("for|søk", "til|syn",
 * "om|sorg").
 * Thread-safe; results are cached.
 */
public final class CompoundSplitter {
    /** Shorter words are not split: the parts would be too short to mean anything. */
    static final int MIN_WORD = 7;
    static final int MIN_PART = 3;
    /** A three-letter part must be common to count ("fri", "tid", "lov"); rare ones are mostly noise. */
    static final int MIN_SHORT_PART_FREQUENCY = 50;
    static final int MIN_PART_FREQUENCY = 2;
    /** A three-way cut is more often wrong than a two-way one, so it must be clearly better. */
    static final double THREE_PARTS_PENALTY = 0.5;
    private static final String[] NONE = new String[0];
    private static final int CACHE_LIMIT = 400_000;

    private final Vocabulary vocabulary;
    private final ConcurrentHashMap<String, String[]> cache = new ConcurrentHashMap<>();

    public CompoundSplitter(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    public static CompoundSplitter none() {
        return new CompoundSplitter(Vocabulary.empty());
    }

    public Vocabulary vocabulary() {
        return vocabulary;
    }

    /** The parts of a normalised, lower-case word (unstemmed substrings), or an empty list when it is not a compound. */
    public List<String> split(String word) {
        return List.of(parts(word));
    }

    String[] parts(String word) {
        if (word.length() < MIN_WORD || vocabulary.size() == 0) return NONE;
        String[] cached = cache.get(word);
        if (cached != null) return cached;
        String[] parts = compute(word);
        if (cache.size() > CACHE_LIMIT) cache.clear();
        cache.put(word, parts);
        return parts;
    }

    private String[] compute(String w) {
        for (int i = 0; i < w.length(); i++) if (!Character.isLetter(w.charAt(i))) return NONE;
        int n = w.length();
        // how common w[i, j) is as a last part (freq) and as a first or middle part (lead), 0 when it cannot be one
        int[][] freq = new int[n + 1][];
        int[][] lead = new int[n + 1][];
        double best = vocabulary.stemFrequency(NorwegianStemmer.stem(w));
        int cut1 = -1, cut2 = -1;
        for (int i = MIN_PART; i <= n - MIN_PART; i++) {
            int left = partFrequency(w, 0, i, lead, false);
            if (left == 0) continue;
            int right = partFrequency(w, i, n, freq, true);
            if (right > 0) {
                double score = Math.sqrt((double) left * right);
                if (score > best) {
                    best = score;
                    cut1 = i;
                    cut2 = -1;
                }
            }
            for (int j = i + MIN_PART; j <= n - MIN_PART; j++) {
                int middle = partFrequency(w, i, j, lead, false);
                if (middle == 0) continue;
                int last = partFrequency(w, j, n, freq, true);
                if (last == 0) continue;
                // a three-way cut must beat a two-way cut clearly: it is more often wrong
                double score = Math.cbrt((double) left * middle * last) * THREE_PARTS_PENALTY;
                if (score > best) {
                    best = score;
                    cut1 = i;
                    cut2 = j;
                }
            }
        }
        if (cut1 < 0) return NONE;
        if (cut2 < 0) return new String[] {w.substring(0, cut1), w.substring(cut1)};
        return new String[] {w.substring(0, cut1), w.substring(cut1, cut2), w.substring(cut2)};
    }

    private int partFrequency(String w, int from, int to, int[][] memo, boolean last) {
        if (memo[from] == null) {
            memo[from] = new int[w.length() + 1];
            java.util.Arrays.fill(memo[from], -1);
        }
        int known = memo[from][to];
        if (known >= 0) return known;
        int f = computePartFrequency(w.substring(from, to), last);
        memo[from][to] = f;
        return f;
    }

    private int computePartFrequency(String part, boolean last) {
        if (part.length() < MIN_PART || StopWords.notAPart(part) || StopWords.suffix(part)) return 0;
        String stem = NorwegianStemmer.stem(part);
        if (stem.length() < 2 || StopWords.notAPart(stem)) return 0;
        int f;
        if (last) {
            f = Math.max(vocabulary.frequency(part), vocabulary.stemFrequency(stem));
        } else {
            f = vocabulary.frequency(part);
            char end = part.charAt(part.length() - 1);
            if ((end == 's' || end == 'e') && part.length() > MIN_PART) {
                String bare = part.substring(0, part.length() - 1);
                if (!StopWords.notAPart(bare)) f = Math.max(f, vocabulary.frequency(bare));
            }
        }
        if (f < MIN_PART_FREQUENCY) return 0;
        if (part.length() <= MIN_PART && f < MIN_SHORT_PART_FREQUENCY) return 0;
        return f;
    }
}
