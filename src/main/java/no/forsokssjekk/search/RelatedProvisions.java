package no.forsokssjekk.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;

/**
 * How closely two §§ belong together in the law's own structure: one refers to the other ("jf. § 13 b"), they stand
 * in the same chapter (next to each other, or further apart), or in the same act. Search uses it to lift a provision
 * that the best hits point to or stand beside: what belongs together in the law usually matters together to an
 * applicant.
 *
 * <p>Read from the index's doc values into arrays on first use (ids, acts and chapters as numbers), because every
 * search relates its best thirty hits to each other: decoding those strings from the doc values on each search took
 * about 5% of a query's time. Thread-safe.
 */
final class RelatedProvisions {
    private final IndexReader reader;
    private volatile Table table;

    RelatedProvisions(IndexReader reader) {
        this.reader = reader;
    }

    /**
     * What is needed of one § to relate it to others. Ids, acts and chapters are numbered in this index (equal number,
     * equal string); -1 is "none".
     */
    record Place(int doc, int id, int document, int chapter, long order, int[] references) {
        boolean refersTo(Place other) {
            for (int r : references) {
                if (r == other.id) return true;
            }
            return false;
        }
    }

    /**
     * Per index document. {@code references} holds the numbers of the ids a § refers to, as far as they are §§ of
     * the index (the only ones a hit can be).
     */
    private record Table(int[] id, int[] document, int[] chapter, long[] order, int[][] references) {
    }

    private static final int[] NONE = new int[0];

    /** The places of several documents. */
    Place[] places(int[] docs) {
        Table t = table();
        Place[] out = new Place[docs.length];
        for (int i = 0; i < docs.length; i++) out[i] = place(t, docs[i]);
        return out;
    }

    Place place(int doc) {
        return place(table(), doc);
    }

    private static Place place(Table t, int doc) {
        return new Place(doc, t.id[doc], t.document[doc], t.chapter[doc], t.order[doc], t.references[doc]);
    }

    /**
     * How closely b belongs with a, from 0 (unrelated) to 1: a reference either way 1; the next or previous § in the
     * same chapter 0.8; the same chapter 0.5; the same act 0.2.
     */
    static double relation(Place a, Place b) {
        if (a.id() < 0 || b.id() < 0 || a.id() == b.id()) return 0;
        if (a.refersTo(b) || b.refersTo(a)) return 1.0;
        if (a.document() < 0 || a.document() != b.document()) return 0;
        if (a.chapter() >= 0 && a.chapter() == b.chapter()) {
            return Math.abs(a.order() - b.order()) == 1 ? 0.8 : 0.5;
        }
        return 0.2;
    }

    private Table table() {
        Table t = table;
        if (t != null) return t;
        synchronized (this) {
            if (table == null) table = read(reader);
            return table;
        }
    }

    private static Table read(IndexReader reader) {
        int max = reader.maxDoc();
        int[] id = new int[max], document = new int[max], chapter = new int[max];
        long[] order = new long[max];
        int[][] references = new int[max][];
        java.util.Arrays.fill(id, -1);
        java.util.Arrays.fill(document, -1);
        java.util.Arrays.fill(chapter, -1);
        java.util.Arrays.fill(order, -1);
        java.util.Arrays.fill(references, NONE);
        Map<String, Integer> ids = new HashMap<>(), documents = new HashMap<>(), chapters = new HashMap<>();
        try {
            // the ids first, so that references can be numbered as the §§ they point to
            for (LeafReaderContext leaf : reader.leaves()) {
                SortedDocValues idValues = DocValues.getSorted(leaf.reader(), Fields.ID);
                int[] numbers = numbers(idValues, ids);
                for (int i = 0; i < leaf.reader().maxDoc(); i++) {
                    if (idValues.advanceExact(i)) id[leaf.docBase + i] = numbers[idValues.ordValue()];
                }
            }
            for (LeafReaderContext leaf : reader.leaves()) {
                SortedDocValues documentValues = DocValues.getSorted(leaf.reader(), Fields.DOC);
                SortedDocValues chapterValues = DocValues.getSorted(leaf.reader(), Fields.CHAPTER_KEY);
                NumericDocValues orderValues = DocValues.getNumeric(leaf.reader(), Fields.ORDER);
                SortedSetDocValues referenceValues = DocValues.getSortedSet(leaf.reader(), Fields.REFERENCES);
                int[] documentNumbers = numbers(documentValues, documents);
                int[] chapterNumbers = numbers(chapterValues, chapters);
                int[] referenced = referencedIds(referenceValues, ids);
                for (int i = 0; i < leaf.reader().maxDoc(); i++) {
                    int g = leaf.docBase + i;
                    if (documentValues.advanceExact(i)) document[g] = documentNumbers[documentValues.ordValue()];
                    if (chapterValues.advanceExact(i)) chapter[g] = chapterNumbers[chapterValues.ordValue()];
                    if (orderValues.advanceExact(i)) order[g] = orderValues.longValue();
                    if (referenceValues.advanceExact(i)) {
                        int n = referenceValues.docValueCount();
                        int[] r = new int[n];
                        int k = 0;
                        for (int j = 0; j < n; j++) {
                            int target = referenced[(int) referenceValues.nextOrd()];
                            if (target >= 0) r[k++] = target;
                        }
                        references[g] = k == 0 ? NONE : java.util.Arrays.copyOf(r, k);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Table(id, document, chapter, order, references);
    }

    /** A number for each ordinal of a field in one segment: the same string gets the same number in every segment. */
    private static int[] numbers(SortedDocValues values, Map<String, Integer> numbering) throws IOException {
        int[] out = new int[values.getValueCount()];
        for (int o = 0; o < out.length; o++) {
            String s = values.lookupOrd(o).utf8ToString();
            out[o] = s.isEmpty() ? -1 : numbering.computeIfAbsent(s, k -> numbering.size());
        }
        return out;
    }

    /** For each referenced id of a segment, the number of that id in the index, or -1 when no § of it has the id. */
    private static int[] referencedIds(SortedSetDocValues values, Map<String, Integer> ids) throws IOException {
        int[] out = new int[(int) values.getValueCount()];
        for (int o = 0; o < out.length; o++) out[o] = ids.getOrDefault(values.lookupOrd(o).utf8ToString(), -1);
        return out;
    }
}
