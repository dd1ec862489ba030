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
        // one typing error is the usual case, and any one-error word beats every two-error word: the words one
        // error away are looked up directly; the costly two-error automaton runs only when none is known
        Optional<String> near = oneErrorAway(word);
        if (near.isPresent() || word.length() < 8) return near;
        return correction(word, 2);
    }

    /**
     * The most frequent known word one typing error from this one (a letter left out, added, changed, or two
     * neighbours swapped; never the first letter), ties to the first in code point order: exactly what the one-error
     * automaton finds, by looking up each variant in a table instead of walking the dictionary.
     */
    private Optional<String> oneErrorAway(String word) {
        CorrectionTable table = correctionTable();
        char[] letters = table.alphabet;
        int n = word.length();
        char[] w = word.toCharArray();
        char[] b = new char[n + 1];
        String best = null;
        int bestFrequency = 0;
        System.arraycopy(w, 0, b, 0, n);
        for (int i = 1; i <= n; i++) {
            if (i < n) {
                // leave out letter i
                System.arraycopy(w, i + 1, b, i, n - i - 1);
                int f = table.frequency(b, n - 1);
                if (f > 0) { String c = new String(b, 0, n - 1); if (better(c, f, best, bestFrequency)) { best = c; bestFrequency = f; } }
                // change letter i
                System.arraycopy(w, 0, b, 0, n);
                for (char l : letters) {
                    if (l == w[i] || !table.fits(w[i - 1], l, i + 1 < n ? w[i + 1] : 0)) continue;
                    b[i] = l;
                    f = table.frequency(b, n);
                    if (f > 0) { String c = new String(b, 0, n); if (better(c, f, best, bestFrequency)) { best = c; bestFrequency = f; } }
                }
                b[i] = w[i];
                // swap letters i and i+1
                if (i < n - 1 && w[i] != w[i + 1]) {
                    b[i] = w[i + 1];
                    b[i + 1] = w[i];
                    f = table.frequency(b, n);
                    if (f > 0) { String c = new String(b, 0, n); if (better(c, f, best, bestFrequency)) { best = c; bestFrequency = f; } }
                    b[i] = w[i];
                    b[i + 1] = w[i + 1];
                }
            }
            // add a letter before i
            System.arraycopy(w, i, b, i + 1, n - i);
            for (char l : letters) {
                if (!table.fits(w[i - 1], l, i < n ? w[i] : 0)) continue;
                b[i] = l;
                int f = table.frequency(b, n + 1);
                if (f > 0) { String c = new String(b, 0, n + 1); if (better(c, f, best, bestFrequency)) { best = c; bestFrequency = f; } }
            }
            System.arraycopy(w, 0, b, 0, n);
        }
        return Optional.ofNullable(best);
    }

    private static boolean better(String candidate, int frequency, String best, int bestFrequency) {
        return frequency > bestFrequency || (frequency == bestFrequency && candidate.compareTo(best) < 0);
    }

    private volatile CorrectionTable correctionTable;

    private CorrectionTable correctionTable() {
        CorrectionTable t = correctionTable;
        if (t == null) correctionTable = t = new CorrectionTable(words);
        return t;
    }

    /**
     * The words a correction may be (long enough, used more than once) in an open-addressing table that is looked up
     * from a char buffer, so the variants of a word are checked without making a string of each; and their letters.
     */
    private static final class CorrectionTable {
        final String[] slots;
        /** each slot's hash, compared first: most variants are not words, and this spares reading the string */
        final int[] hashes;
        final int[] frequencies;
        final int mask;
        final char[] alphabet;
        /** the same words in order, walked as a trie for corrections of two errors */
        final String[] sorted;
        /** which letter may follow which in these words: a variant with a pair no word has is not looked up */
        private final short[] letterIndex = new short[Character.MAX_VALUE + 1];
        private final boolean[] pairs;

        CorrectionTable(Map<String, Integer> words) {
            int count = 0;
            java.util.BitSet letters = new java.util.BitSet();
            for (Map.Entry<String, Integer> e : words.entrySet()) {
                if (!eligible(e.getKey(), e.getValue())) continue;
                count++;
                for (int i = 0; i < e.getKey().length(); i++) letters.set(e.getKey().charAt(i));
            }
            int size = Integer.highestOneBit(Math.max(4, count) * 2) * 2;
            slots = new String[size];
            hashes = new int[size];
            frequencies = new int[size];
            mask = size - 1;
            for (Map.Entry<String, Integer> e : words.entrySet()) {
                if (!eligible(e.getKey(), e.getValue())) continue;
                char[] c = e.getKey().toCharArray();
                int h = hash(c, c.length);
                int i = h & mask;
                while (slots[i] != null) i = (i + 1) & mask;
                slots[i] = e.getKey();
                hashes[i] = h;
                frequencies[i] = e.getValue();
            }
            sorted = words.entrySet().stream().filter(e -> eligible(e.getKey(), e.getValue())).map(Map.Entry::getKey)
                    .sorted().toArray(String[]::new);
            alphabet = new char[letters.cardinality()];
            java.util.Arrays.fill(letterIndex, (short) -1);
            for (int c = letters.nextSetBit(0), k = 0; c >= 0; c = letters.nextSetBit(c + 1), k++) {
                alphabet[k] = (char) c;
                letterIndex[c] = (short) k;
            }
            pairs = new boolean[alphabet.length * alphabet.length];
            for (Map.Entry<String, Integer> e : words.entrySet()) {
                if (!eligible(e.getKey(), e.getValue())) continue;
                String w = e.getKey();
                for (int i = 1; i < w.length(); i++) {
                    pairs[letterIndex[w.charAt(i - 1)] * alphabet.length + letterIndex[w.charAt(i)]] = true;
                }
            }
        }

        /** Whether some word has {@code before} then {@code letter}, and {@code letter} then {@code after} (0: end). */
        boolean fits(char before, char letter, char after) {
            int b = letterIndex[before], l = letterIndex[letter];
            if (b < 0 || !pairs[b * alphabet.length + l]) return false;
            if (after == 0) return true;
            int a = letterIndex[after];
            return a >= 0 && pairs[l * alphabet.length + a];
        }

        private static boolean eligible(String word, int frequency) {
            return word.length() >= MIN_CORRECTED && frequency >= MIN_CORRECTION_FREQUENCY;
        }

        int frequency(char[] buffer, int length) {
            if (length < MIN_CORRECTED) return 0;
            int h = hash(buffer, length);
            for (int i = h & mask; ; i = (i + 1) & mask) {
                if (frequencies[i] == 0) return 0;   // an empty slot (every word in the table occurs twice or more)
                if (hashes[i] == h && slots[i].length() == length && sameChars(slots[i], buffer, length)) {
                    return frequencies[i];
                }
            }
        }

        int frequency(String word) {
            return frequency(word.toCharArray(), word.length());
        }

        private static boolean sameChars(String s, char[] buffer, int length) {
            for (int i = 0; i < length; i++) if (s.charAt(i) != buffer[i]) return false;
            return true;
        }

        private static int hash(char[] c, int length) {
            int h = 0;
            for (int i = 0; i < length; i++) h = 31 * h + c[i];
            return h ^ (h >>> 16) ^ (h >>> 7);
        }
    }

    /**
     * The known word fewest errors (at most {@code max}) from this one, then the most frequent, then the first in
     * code point order; the first letter fixed. The sorted words are walked as a trie: the edit distance table is
     * extended one letter at a time, shared by words with the same beginning, and a beginning already more than
     * {@code max} errors away skips every word that starts with it.
     */
    private Optional<String> correction(String word, int max) {
        CorrectionTable table = correctionTable();
        String[] sorted = table.sorted;
        int n = word.length();
        char first = word.charAt(0);
        int from = lowerBound(sorted, String.valueOf(first));
        int to = lowerBound(sorted, first + "\uffff");
        // rows[k][j]: errors between the candidate's first k letters and the word's first j letters
        int[][] rows = new int[64][n + 1];
        for (int j = 0; j <= n; j++) rows[0][j] = j;
        String best = null;
        int bestEdits = max + 1, bestFrequency = 0;
        String previous = "";
        int i = from;
        while (i < to) {
            String candidate = sorted[i];
            if (candidate.length() >= rows.length || candidate.length() > n + max) {
                i++;   // its rows were not touched: those of the previous candidate still stand
                continue;
            }
            int shared = commonPrefix(previous, candidate);
            int dead = -1;
            for (int k = Math.max(1, shared + 1); k <= candidate.length(); k++) {
                int[] row = rows[k], up = rows[k - 1];
                char c = candidate.charAt(k - 1);
                // only a band of max letters either side of the diagonal can stay within reach; just outside it the
                // table holds max + 1, so the next row reads a value that is too far
                int lo = Math.max(1, k - max), hi = Math.min(n, k + max);
                row[0] = k <= max ? k : max + 1;
                if (lo > 1) row[lo - 1] = max + 1;
                if (hi < n) row[hi + 1] = max + 1;
                int rowMin = row[0];
                for (int j = lo; j <= hi; j++) {
                    char a = word.charAt(j - 1);
                    int v = Math.min(Math.min(up[j] + 1, row[j - 1] + 1), up[j - 1] + (a == c ? 0 : 1));
                    if (k > 1 && j > 1 && c == word.charAt(j - 2) && candidate.charAt(k - 2) == a) {
                        v = Math.min(v, rows[k - 2][j - 2] + 1);
                    }
                    row[j] = v;
                    if (v < rowMin) rowMin = v;
                }
                if (rowMin > max) {
                    dead = k;
                    break;
                }
            }
            if (dead > 0) {
                // no word that starts with these letters can come within reach; the rows up to the last letter still
                // stand for the words that follow (they part from this one before it)
                previous = candidate.substring(0, dead);
                i = lowerBound(sorted, candidate.substring(0, dead) + "\uffff");
                continue;
            }
            // a shared beginning (or the first letter alone) does not rebuild the rows it already has
            previous = candidate;
            int edits = n - candidate.length() > max ? max + 1 : rows[candidate.length()][n];
            if (edits <= max) {
                int f = table.frequency(candidate);
                if (edits < bestEdits || (edits == bestEdits && f > bestFrequency)) {
                    best = candidate;
                    bestEdits = edits;
                    bestFrequency = f;
                }
            }
            i++;
        }
        return Optional.ofNullable(best);
    }

    private static int commonPrefix(String a, String b) {
        int n = Math.min(a.length(), b.length()), i = 0;
        while (i < n && a.charAt(i) == b.charAt(i)) i++;
        return i;
    }

    /** The first index whose word is not before {@code key}. */
    private static int lowerBound(String[] sorted, String key) {
        int lo = 0, hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid].compareTo(key) < 0) lo = mid + 1;
            else hi = mid;
        }
        return lo;
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
