package no.forsokssjekk.search.analysis;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import no.forsokssjekk.text.EditDistance;
import java.util.Map;
import org.apache.lucene.codecs.CodecUtil;
import org.apache.lucene.store.DataInput;
import org.apache.lucene.store.DataOutput;

/**
 * The words of the indexed corpus with their frequencies (lower case, ae/oe/aa normalised to æ/ø/å): the dictionary
 * the compound splitter trusts and spelling corrections come from. Built once per index from the text being indexed,
 * saved beside the index and read back when the index is reopened, so queries are split exactly as the text was.
 * Immutable once built.
 */
public final class Vocabulary {
    private static final String CODEC = "ForsokssjekkVocabulary";
    private static final int VERSION = 1;

    /** word → occurrences */
    private final Map<String, Integer> words;
    /** stem → occurrences of all the forms sharing it */
    private final Map<String, Integer> stems;

    /** words by first letter and length, for spelling corrections */
    private final Map<Integer, List<String>> byStartAndLength = new HashMap<>();

    private Vocabulary(Map<String, Integer> words) {
        this.words = words;
        for (String w : words.keySet()) {
            if (w.length() >= MIN_CORRECTED) byStartAndLength.computeIfAbsent(bucket(w.charAt(0), w.length()), k -> new ArrayList<>()).add(w);
        }
        Map<String, Integer> s = new HashMap<>(words.size());
        for (Map.Entry<String, Integer> e : words.entrySet()) {
            s.merge(NorwegianStemmer.stem(e.getKey()), e.getValue(), Integer::sum);
        }
        this.stems = s;
    }

    public static Vocabulary empty() {
        return new Vocabulary(Map.of());
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Occurrences of a (normalised) word form. */
    public int frequency(String word) {
        return words.getOrDefault(word, 0);
    }

    /** Occurrences of all forms sharing this stem (the stem of a normalised word, not folded). */
    public int stemFrequency(String stem) {
        return stems.getOrDefault(stem, 0);
    }

    /** Words shorter than this are not corrected: too many other words are one letter away. */
    static final int MIN_CORRECTED = 4;

    private static int bucket(char first, int length) {
        return (first << 8) | Math.min(length, 255);
    }

    /**
     * The word the user most likely meant ("taushetplikt" → "taushetsplikt", "utvidlse" → "utvidelse"): the fewest
     * typing errors (one, or two for words of eight letters or more; letters left out, added, changed or swapped),
     * then the most frequent. Assumes the first letter is right, as it nearly always is. Empty when the word is known
     * or nothing is close.
     */
    public Optional<String> correction(String word) {
        if (word.length() < MIN_CORRECTED || words.containsKey(word)) return Optional.empty();
        int max = word.length() >= 8 ? 2 : 1;
        String best = null;
        int bestEdits = max + 1, bestFrequency = 0;
        int[] letters = letterCounts(word);
        for (int len = word.length() - max; len <= word.length() + max; len++) {
            for (String candidate : byStartAndLength.getOrDefault(bucket(word.charAt(0), len), List.of())) {
                // cheap bound first: each edit changes the letter counts by at most two
                if (letterDifference(letters, candidate) > 2 * max) continue;
                int edits = EditDistance.within(word, candidate, Math.min(max, bestEdits));
                if (edits > max) continue;
                int f = words.get(candidate);
                if (f < MIN_CORRECTION_FREQUENCY) continue;
                if (edits < bestEdits || (edits == bestEdits && f > bestFrequency)) {
                    best = candidate;
                    bestEdits = edits;
                    bestFrequency = f;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private static int[] letterCounts(String w) {
        int[] c = new int[32];
        for (int i = 0; i < w.length(); i++) c[w.charAt(i) & 31]++;
        return c;
    }

    /** How far apart two words' letter counts are (a lower bound for twice their edit distance, roughly). */
    private static int letterDifference(int[] counts, String candidate) {
        int[] c = counts.clone();
        int diff = 0;
        for (int i = 0; i < candidate.length(); i++) {
            int k = candidate.charAt(i) & 31;
            if (c[k] > 0) c[k]--;
            else diff++;
        }
        for (int v : c) diff += v;
        return diff;
    }

    /** A correction must be a word the corpus uses more than once (a single occurrence may itself be a typo). */
    static final int MIN_CORRECTION_FREQUENCY = 2;

    public int size() {
        return words.size();
    }

    public void write(DataOutput out) throws IOException {
        CodecUtil.writeHeader(out, CODEC, VERSION);
        out.writeVInt(words.size());
        for (Map.Entry<String, Integer> e : words.entrySet()) {
            out.writeString(e.getKey());
            out.writeVInt(e.getValue());
        }
    }

    public static Vocabulary read(DataInput in) throws IOException {
        CodecUtil.checkHeader(in, CODEC, VERSION, VERSION);
        int n = in.readVInt();
        Map<String, Integer> words = new HashMap<>(n * 2);
        for (int i = 0; i < n; i++) words.put(in.readString(), in.readVInt());
        return new Vocabulary(words);
    }

    /**
     * Counts words; one builder per thread, then {@link #merge}. Words are runs of letters (what the analysis chain
     * keeps of a word), lower-cased and normalised; reading them directly is several times faster than a tokenizer.
     */
    public static final class Builder {
        private final Map<String, int[]> counts = new HashMap<>();
        private char[] word = new char[64];

        private Builder() {
        }

        public Builder add(String text) {
            if (text == null || text.isEmpty()) return this;
            int len = 0;
            boolean digit = false;
            for (int i = 0, n = text.length(); i <= n; i++) {
                char c = i < n ? text.charAt(i) : ' ';
                if (Character.isLetter(c)) {
                    if (len == word.length) word = java.util.Arrays.copyOf(word, len * 2);
                    word[len++] = Character.toLowerCase(c);
                } else if (Character.isDigit(c) && len > 0) {
                    digit = true;    // "lis1", "§4a": not a word
                } else {
                    if (len >= 2 && len <= 40 && !digit) {
                        int l = NorwegianFolding.normalise(word, len);
                        counts.computeIfAbsent(new String(word, 0, l), k -> new int[1])[0]++;
                    }
                    len = 0;
                    digit = false;
                }
            }
            return this;
        }

        public Builder merge(Builder other) {
            other.counts.forEach((w, c) -> counts.computeIfAbsent(w, k -> new int[1])[0] += c[0]);
            return this;
        }

        public Vocabulary build() {
            Map<String, Integer> words = new HashMap<>(counts.size() * 2);
            counts.forEach((w, c) -> words.put(w, c[0]));
            return new Vocabulary(words);
        }

    }
}
