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
 * The words of the indexed corpus with their frequencies: the dictionary the compound splitter trusts, and the
 * display form of folded words for "Meinte du …?" ("forsok" is shown as "forsøk"). Built once per index from the
 * text being indexed, saved beside the index and read back when the index is reopened. Immutable once built.
 */
public final class Vocabulary {
    private static final String CODEC = "ForsokssjekkVocabulary";
    private static final int VERSION = 1;

    /** folded word → occurrences */
    private final Map<String, Integer> words;
    /** stem of the folded word → occurrences of all its forms */
    private final Map<String, Integer> stems;
    /** folded word → its most common written form, only where the two differ */
    private final Map<String, String> display;

    private Vocabulary(Map<String, Integer> words, Map<String, String> display) {
        this.words = words;
        this.display = display;
        Map<String, Integer> s = new HashMap<>(words.size());
        for (Map.Entry<String, Integer> e : words.entrySet()) s.merge(NorwegianStemmer.stem(e.getKey()), e.getValue(), Integer::sum);
        this.stems = s;
    }

    public static Vocabulary empty() {
        return new Vocabulary(Map.of(), Map.of());
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Occurrences of a folded word form. */
    public int frequency(String folded) {
        return words.getOrDefault(folded, 0);
    }

    /** Occurrences of all forms sharing this stem. */
    public int stemFrequency(String stem) {
        return stems.getOrDefault(stem, 0);
    }

    /** The way the folded word is usually written ("forsok" → "forsøk"); the word itself when unknown. */
    public String displayForm(String folded) {
        return display.getOrDefault(folded, folded);
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
            out.writeString(display.getOrDefault(e.getKey(), ""));
        }
    }

    public static Vocabulary read(DataInput in) throws IOException {
        CodecUtil.checkHeader(in, CODEC, VERSION, VERSION);
        int n = in.readVInt();
        Map<String, Integer> words = new HashMap<>(n * 2);
        Map<String, String> display = new HashMap<>();
        for (int i = 0; i < n; i++) {
            String w = in.readString();
            words.put(w, in.readVInt());
            String d = in.readString();
            if (!d.isEmpty()) display.put(w, d);
        }
        return new Vocabulary(words, display);
    }

    /** Counts words; one builder per thread, then {@link #merge}. */
    public static final class Builder {
        private static final Analyzer WORDS = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer t = new StandardTokenizer();
                return new TokenStreamComponents(t, new LowerCaseFilter(t));
            }
        };
        private final Map<String, int[]> counts = new HashMap<>();
        private final Map<String, Map<String, int[]>> written = new HashMap<>();

        private Builder() {
        }

        public Builder add(String text) {
            if (text == null || text.isBlank()) return this;
            try (TokenStream ts = WORDS.tokenStream("", text)) {
                CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
                ts.reset();
                while (ts.incrementToken()) {
                    if (!isWord(term)) continue;
                    String surface = term.toString();
                    String folded = NorwegianFolding.fold(surface);
                    counts.computeIfAbsent(folded, k -> new int[1])[0]++;
                    if (!folded.equals(surface)) {
                        written.computeIfAbsent(folded, k -> new HashMap<>(2)).computeIfAbsent(surface, k -> new int[1])[0]++;
                    }
                }
                ts.end();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return this;
        }

        public Builder merge(Builder other) {
            other.counts.forEach((w, c) -> counts.computeIfAbsent(w, k -> new int[1])[0] += c[0]);
            other.written.forEach((w, m) -> {
                Map<String, int[]> mine = written.computeIfAbsent(w, k -> new HashMap<>(2));
                m.forEach((s, c) -> mine.computeIfAbsent(s, k -> new int[1])[0] += c[0]);
            });
            return this;
        }

        public Vocabulary build() {
            Map<String, Integer> words = new HashMap<>(counts.size() * 2);
            counts.forEach((w, c) -> words.put(w, c[0]));
            Map<String, String> display = new HashMap<>();
            written.forEach((folded, forms) -> {
                // shown as written when the written forms outnumber the plain one ("forsøk" over "forsok")
                String best = null;
                int bestCount = 0;
                for (Map.Entry<String, int[]> f : forms.entrySet()) {
                    if (f.getValue()[0] > bestCount) {
                        best = f.getKey();
                        bestCount = f.getValue()[0];
                    }
                }
                int plain = counts.get(folded)[0] - forms.values().stream().mapToInt(c -> c[0]).sum();
                if (best != null && bestCount > plain) display.put(folded, best);
            });
            return new Vocabulary(words, display);
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
