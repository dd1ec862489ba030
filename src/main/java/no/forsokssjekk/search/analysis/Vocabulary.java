package no.forsokssjekk.search.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.codecs.CodecUtil;
import org.apache.lucene.store.DataInput;
import org.apache.lucene.store.DataOutput;

/**
 * The words of the indexed corpus with their frequencies (lower case, ae/oe/aa normalised to æ/ø/å): the dictionary
 * the compound splitter trusts. Built once per index from the text being indexed, saved beside the index and read back
 * when the index is reopened, so queries are split exactly as the text was. Immutable once built.
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

    /** Counts words; one builder per thread, then {@link #merge}. */
    public static final class Builder {
        private static final Analyzer WORDS = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer t = new StandardTokenizer();
                return new TokenStreamComponents(t, NorwegianFoldingFilter.normalising(new LowerCaseFilter(t)));
            }
        };
        private final Map<String, int[]> counts = new HashMap<>();

        private Builder() {
        }

        public Builder add(String text) {
            if (text == null || text.isBlank()) return this;
            try (TokenStream ts = WORDS.tokenStream("", text)) {
                CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
                ts.reset();
                while (ts.incrementToken()) {
                    if (isWord(term)) counts.computeIfAbsent(term.toString(), k -> new int[1])[0]++;
                }
                ts.end();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
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

        private static boolean isWord(CharTermAttribute term) {
            int len = term.length();
            if (len < 2 || len > 40) return false;
            char[] b = term.buffer();
            for (int i = 0; i < len; i++) if (!Character.isLetter(b[i])) return false;
            return true;
        }
    }
}
