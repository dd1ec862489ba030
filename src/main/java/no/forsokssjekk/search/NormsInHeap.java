package no.forsokssjekk.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FilterDirectoryReader;
import org.apache.lucene.index.FilterLeafReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.FixedBitSet;

/**
 * A reader whose norms (each field's length per document, which every scored match reads) are held in arrays on the
 * heap: read from the memory-mapped index file, they took a tenth of a search's time, since a query scores each word
 * in six fields. The values are the index's own, so the scores are exactly the same. About one byte per document and
 * text field (half a megabyte for all of Lovdata's data), read when the index is opened. Everything else is the
 * index's own reader, so the caches keyed on it stay valid.
 */
final class NormsInHeap extends FilterLeafReader {
    private final Map<String, Norms> norms = new HashMap<>();

    private NormsInHeap(LeafReader in) throws IOException {
        super(in);
        for (FieldInfo field : in.getFieldInfos()) {
            if (!field.hasNorms()) continue;
            NumericDocValues values = in.getNormValues(field.name);
            if (values != null) norms.put(field.name, Norms.read(values, in.maxDoc()));
        }
    }

    /** The reader with the norms of every segment on the heap. */
    static DirectoryReader wrap(DirectoryReader reader) throws IOException {
        try {
            return new Wrapped(reader);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    @Override
    public NumericDocValues getNormValues(String field) throws IOException {
        Norms n = norms.get(field);
        return n == null ? super.getNormValues(field) : n.iterator();
    }

    @Override
    public CacheHelper getCoreCacheHelper() {
        return in.getCoreCacheHelper();
    }

    @Override
    public CacheHelper getReaderCacheHelper() {
        return in.getReaderCacheHelper();
    }

    /** One field's norms: a byte per document when they fit (they do for BM25's lengths), and which documents have one. */
    private record Norms(byte[] small, long[] large, FixedBitSet present, int count) {
        static Norms read(NumericDocValues values, int maxDoc) throws IOException {
            FixedBitSet present = new FixedBitSet(maxDoc);
            long[] all = new long[maxDoc];
            boolean fitsInByte = true;
            int count = 0;
            for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
                long v = values.longValue();
                all[doc] = v;
                present.set(doc);
                count++;
                if (v != (byte) v) fitsInByte = false;
            }
            if (!fitsInByte) return new Norms(null, all, present, count);
            byte[] small = new byte[maxDoc];
            for (int i = 0; i < maxDoc; i++) small[i] = (byte) all[i];
            return new Norms(small, null, present, count);
        }

        long value(int doc) {
            return small != null ? small[doc] : large[doc];
        }

        NumericDocValues iterator() {
            return new NumericDocValues() {
                private int doc = -1;

                @Override
                public long longValue() {
                    return value(doc);
                }

                @Override
                public boolean advanceExact(int target) {
                    doc = target;
                    return present.get(target);
                }

                @Override
                public int docID() {
                    return doc;
                }

                @Override
                public int nextDoc() {
                    return advance(doc + 1);
                }

                @Override
                public int advance(int target) {
                    doc = target >= present.length() ? NO_MORE_DOCS : present.nextSetBit(target);
                    return doc;
                }

                @Override
                public long cost() {
                    return count;
                }
            };
        }
    }

    private static final class Wrapped extends FilterDirectoryReader {
        Wrapped(DirectoryReader in) throws IOException {
            super(in, new SubReaderWrapper() {
                @Override
                public LeafReader wrap(LeafReader reader) {
                    try {
                        return new NormsInHeap(reader);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            });
        }

        @Override
        protected DirectoryReader doWrapDirectoryReader(DirectoryReader in) throws IOException {
            return new Wrapped(in);
        }

        @Override
        public CacheHelper getReaderCacheHelper() {
            return in.getReaderCacheHelper();
        }
    }
}
