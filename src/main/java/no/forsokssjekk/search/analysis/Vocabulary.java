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

    /** The words as terms of a small in-memory index, for fast fuzzy lookups; built on the first correction. */
    private volatile org.apache.lucene.index.Terms spellingTerms;   // null until built, or when there are no words

    private Vocabulary(Map<String, Integer> words) {
        this.words = words;
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


    /**
     * The word the user most likely meant ("taushetplikt" → "taushetsplikt", "utvidlse" → "utvidelse"): the fewest
     * typing errors (one, or two for words of eight letters or more; letters left out, added, changed or swapped),
     * then the most frequent. Assumes the first letter is right, as it nearly always is. Empty when the word is known
     * or nothing is close.
     */
    public Optional<String> correction(String word) {
        if (word.length() < MIN_CORRECTED || words.containsKey(word)) return Optional.empty();
        int max = word.length() >= 8 ? 2 : 1;
        if (max == 2) {
            // one typing error is the usual case, and any one-error word beats every two-error word: the cheap
            // one-error automaton first, the costly two-error one only when it finds nothing (same answer)
            Optional<String> near = correction(word, 1);
            if (near.isPresent()) return near;
        }
        return correction(word, max);
    }

    private Optional<String> correction(String word, int max) {
        String best = null;
        int bestEdits = max + 1, bestFrequency = 0;
        try {
            org.apache.lucene.index.Terms terms = spellingTerms();
            if (terms == null) return Optional.empty();
            // a Levenshtein automaton walks only the words within reach (Lucene's fuzzy terms enumeration)
            org.apache.lucene.search.FuzzyTermsEnum candidates = new org.apache.lucene.search.FuzzyTermsEnum(
                    terms, new org.apache.lucene.index.Term(SPELLING_FIELD, word), max, 1, true);
            for (org.apache.lucene.util.BytesRef b = candidates.next(); b != null; b = candidates.next()) {
                String candidate = b.utf8ToString();
                if (candidate.length() < MIN_CORRECTED) continue;
                int f = words.getOrDefault(candidate, 0);
                if (f < MIN_CORRECTION_FREQUENCY) continue;
                int edits = EditDistance.within(word, candidate, max);
                if (edits > max) continue;
                if (edits < bestEdits || (edits == bestEdits && f > bestFrequency)) {
                    best = candidate;
                    bestEdits = edits;
                    bestFrequency = f;
                }
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return Optional.ofNullable(best);
    }

    private static final String SPELLING_FIELD = "w";

    private org.apache.lucene.index.Terms spellingTerms() throws IOException {
        org.apache.lucene.index.Terms t = spellingTerms;
        if (t != null) return t;
        synchronized (this) {
            if (spellingTerms != null) return spellingTerms;
            org.apache.lucene.store.ByteBuffersDirectory dir = new org.apache.lucene.store.ByteBuffersDirectory();
            try (org.apache.lucene.index.IndexWriter w = new org.apache.lucene.index.IndexWriter(dir,
                    new org.apache.lucene.index.IndexWriterConfig(new org.apache.lucene.analysis.core.KeywordAnalyzer()))) {
                org.apache.lucene.document.Document d = new org.apache.lucene.document.Document();
                for (String word : words.keySet()) {
                    if (word.length() >= MIN_CORRECTED) {
                        d.add(new org.apache.lucene.document.StringField(SPELLING_FIELD, word,
                                org.apache.lucene.document.Field.Store.NO));
                    }
                }
                w.addDocument(d);
            }
            org.apache.lucene.index.DirectoryReader reader = org.apache.lucene.index.DirectoryReader.open(dir);
            t = org.apache.lucene.index.MultiTerms.getTerms(reader, SPELLING_FIELD);
            spellingTerms = t;
            return t;
        }
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
