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

    Place place(int doc, String id) {
        try {
            List<LeafReaderContext> leaves = reader.leaves();
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
            int local = doc - leaf.docBase;
            SortedDocValues document = DocValues.getSorted(leaf.reader(), Fields.DOC);
            SortedDocValues chapter = DocValues.getSorted(leaf.reader(), Fields.CHAPTER_KEY);
            NumericDocValues order = DocValues.getNumeric(leaf.reader(), Fields.ORDER);
            SortedSetDocValues refs = DocValues.getSortedSet(leaf.reader(), Fields.REFERENCES);
            String d = document.advanceExact(local) ? document.lookupOrd(document.ordValue()).utf8ToString() : "";
            String c = chapter.advanceExact(local) ? chapter.lookupOrd(chapter.ordValue()).utf8ToString() : "";
            long o = order.advanceExact(local) ? order.longValue() : -1;
            List<String> r = List.of();
            if (refs.advanceExact(local)) {
                String[] out = new String[refs.docValueCount()];
                for (int i = 0; i < out.length; i++) {
                    BytesRef b = refs.lookupOrd(refs.nextOrd());
                    out[i] = b.utf8ToString();
                }
                r = List.of(out);
            }
            return new Place(doc, id, d, c, o, r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
