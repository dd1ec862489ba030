package no.forsokssjekk.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.util.BytesRef;

/**
 * How closely two §§ belong together in the law's own structure: one refers to the other ("jf. § 13 b"), they stand
 * in the same chapter (next to each other, or further apart), or in the same act. Search uses it to lift a provision
 * that the best hits point to or stand beside: what belongs together in the law usually matters together to an
 * applicant. Read from the index's doc values, so nothing has to be loaded on start. Thread-safe.
 */
final class RelatedProvisions {
    private final IndexReader reader;

    RelatedProvisions(IndexReader reader) {
        this.reader = reader;
    }

    /** What is needed of one § to relate it to others. */
    record Place(int doc, String id, String document, String chapter, long order, List<String> references) {
    }

    /** The places of several documents (read in document order, so each doc-values iterator only moves forward). */
    Place[] places(int[] docs, String[] ids) {
        Integer[] order = new Integer[docs.length];
        for (int i = 0; i < order.length; i++) order[i] = i;
        java.util.Arrays.sort(order, java.util.Comparator.comparingInt(i -> docs[i]));
        Place[] out = new Place[docs.length];
        try {
            List<LeafReaderContext> leaves = reader.leaves();
            int currentLeaf = -1;
            SortedDocValues document = null, chapter = null;
            NumericDocValues position = null;
            SortedSetDocValues refs = null;
            LeafReaderContext leaf = null;
            for (int k : order) {
                int l = ReaderUtil.subIndex(docs[k], leaves);
                if (l != currentLeaf) {
                    currentLeaf = l;
                    leaf = leaves.get(l);
                    document = DocValues.getSorted(leaf.reader(), Fields.DOC);
                    chapter = DocValues.getSorted(leaf.reader(), Fields.CHAPTER_KEY);
                    position = DocValues.getNumeric(leaf.reader(), Fields.ORDER);
                    refs = DocValues.getSortedSet(leaf.reader(), Fields.REFERENCES);
                }
                out[k] = read(docs[k], ids[k], docs[k] - leaf.docBase, document, chapter, position, refs);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static Place read(int doc, String id, int local, SortedDocValues document, SortedDocValues chapter,
                              NumericDocValues order, SortedSetDocValues refs) throws IOException {
        String d = document.advanceExact(local) ? document.lookupOrd(document.ordValue()).utf8ToString() : "";
        String c = chapter.advanceExact(local) ? chapter.lookupOrd(chapter.ordValue()).utf8ToString() : "";
        long o = order.advanceExact(local) ? order.longValue() : -1;
        List<String> r = List.of();
        if (refs.advanceExact(local)) {
            String[] out = new String[refs.docValueCount()];
            for (int i = 0; i < out.length; i++) out[i] = refs.lookupOrd(refs.nextOrd()).utf8ToString();
            r = List.of(out);
        }
        return new Place(doc, id, d, c, o, r);
    }

    Place place(int doc, String id) {
        return places(new int[] {doc}, new String[] {id})[0];
    }

    /**
     * How closely b belongs with a, from 0 (unrelated) to 1: a reference either way 1; the next or previous § in the
     * same chapter 0.8; the same chapter 0.5; the same act 0.2.
     */
    static double relation(Place a, Place b) {
        if (a.id() == null || b.id() == null || a.id().equals(b.id())) return 0;
        if (a.references().contains(b.id()) || b.references().contains(a.id())) return 1.0;
        if (a.document().isEmpty() || !a.document().equals(b.document())) return 0;
        if (!a.chapter().isEmpty() && a.chapter().equals(b.chapter())) {
            return Math.abs(a.order() - b.order()) == 1 ? 0.8 : 0.5;
        }
        return 0.2;
    }
}
