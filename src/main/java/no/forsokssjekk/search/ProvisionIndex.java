package no.forsokssjekk.search;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import no.forsokssjekk.corpus.Corpus;
import no.forsokssjekk.corpus.ProvisionInfo;
import no.forsokssjekk.search.analysis.CompoundSplitter;
import no.forsokssjekk.search.analysis.NorwegianAnalyzers;
import no.forsokssjekk.search.analysis.Vocabulary;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.FloatDocValuesField;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.SingleInstanceLockFactory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexInput;
import org.apache.lucene.store.IndexOutput;
import org.apache.lucene.util.BytesRef;

/**
 * The Lucene index over every § of the corpus, with the vocabulary its compounds were split by. Built once (in memory
 * for the embedded catalogue, or into a folder beside the imported Lovdata data) and then only read; reopened from the
 * folder on later starts when the corpus and catalogue are unchanged. Thread-safe for searching.
 */
final class ProvisionIndex implements Closeable {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ProvisionIndex.class);
    /** Raise when the fields or the analysis change: an index built by an older version is then rebuilt. */
    static final int SCHEMA_VERSION = 7;
    static final String VOCABULARY_FILE = "forsokssjekk-vocabulary.bin";
    /** Large enough to hold the whole corpus, so each indexing thread writes one segment. */
    static final int RAM_BUFFER_MB = 1024;
    static final String KEY_SCHEMA = "forsokssjekk.schema";
    static final String KEY_CONTENT = "forsokssjekk.content";
    static final String KEY_DOCUMENTS = "forsokssjekk.documents";

    /** Indexed with offsets for highlighting, not stored: the highlighter reads the text from the corpus in memory. */
    private static final FieldType BODY_TYPE = new FieldType(TextField.TYPE_NOT_STORED);

    static {
        BODY_TYPE.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        BODY_TYPE.freeze();
    }

    final Directory directory;
    final DirectoryReader reader;
    final IndexSearcher searcher;
    final Vocabulary vocabulary;
    final Analyzer textAnalyzer;
    final FacetsConfig facetsConfig;
    final SortedSetDocValuesReaderState facetState;
    final boolean reused;

    private ProvisionIndex(Directory directory, Vocabulary vocabulary, boolean reused) throws IOException {
        this.directory = directory;
        this.vocabulary = vocabulary;
        this.textAnalyzer = NorwegianAnalyzers.text(new CompoundSplitter(vocabulary));
        this.facetsConfig = facetsConfig();
        this.reader = NormsInHeap.wrap(DirectoryReader.open(directory));
        this.searcher = new IndexSearcher(reader);
        this.facetState = new DefaultSortedSetDocValuesReaderState(reader, facetsConfig);
        this.reused = reused;
    }

    /** Builds an index of the corpus in memory. */
    static ProvisionIndex inMemory(Corpus corpus, LocalDate today) {
        try {
            // each file read back as one buffer: the default (many blocks) duplicates every block on each clone of an
            // input, and a search clones inputs for every term it looks up (measured: most of a search's time)
            Directory dir = new ByteBuffersDirectory(new SingleInstanceLockFactory(), ByteBuffersDataOutput::new,
                    ByteBuffersDirectory.OUTPUT_AS_ONE_BUFFER);
            Vocabulary v = build(dir, corpus, today);
            return new ProvisionIndex(dir, v, false);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build the search index: " + e.getMessage(), e);
        }
    }

    /**
     * Opens the index in the folder when it was built from the same corpus and catalogue by this schema; otherwise
     * (re)builds it there first. A build that is interrupted never leaves an index that looks complete: the manifest is
     * only written with the final commit.
     */
    static ProvisionIndex openOrBuild(Path folder, Corpus corpus, LocalDate today) {
        try {
            Files.createDirectories(folder);
            Directory dir = FSDirectory.open(folder);
            String content = contentKey(corpus);
            if (matches(dir, content)) {
                try (IndexInput in = dir.openInput(VOCABULARY_FILE, IOContext.READONCE)) {
                    return new ProvisionIndex(dir, Vocabulary.read(in), true);
                } catch (IOException unreadable) {
                    // fall through and rebuild
                }
            }
            Vocabulary v = build(dir, corpus, today);
            return new ProvisionIndex(dir, v, false);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open or build the search index in " + folder + ": " + e.getMessage(), e);
        }
    }

    /** Whether the folder holds a complete index of this content, built by this schema. */
    static boolean matches(Directory dir, String content) {
        try {
            if (!DirectoryReader.indexExists(dir)) return false;
            Map<String, String> data = SegmentInfos.readLatestCommit(dir).getUserData();
            return String.valueOf(SCHEMA_VERSION).equals(data.get(KEY_SCHEMA)) && content.equals(data.get(KEY_CONTENT))
                    && List.of(dir.listAll()).contains(VOCABULARY_FILE);
        } catch (IOException e) {
            return false;
        }
    }

    /** Identifies what an index was built from: schema, Lovdata data and catalogue (summaries and keywords are indexed). */
    static String contentKey(Corpus corpus) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(("schema " + SCHEMA_VERSION + "\nlovdata " + corpus.lovdata().contentHash() + "\ncatalogue "
                    + corpus.catalogue().contentHash()).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Vocabulary build(Directory dir, Corpus corpus, LocalDate today) throws IOException {
        long start = System.nanoTime();
        List<ProvisionInfo> infos = corpus.provisions().toList();
        IndexedProvision.LawNamesCache names = new IndexedProvision.LawNamesCache();
        List<IndexedProvision> docs = java.util.stream.IntStream.range(0, infos.size()).parallel()
                .mapToObj(i -> IndexedProvision.of(infos.get(i), names, today, i)).toList();

        int threads = Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors()));
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "search-index-build");
            t.setDaemon(true);
            return t;
        });
        try {
            long gathered = System.nanoTime();
            Vocabulary vocabulary = vocabulary(docs, pool, threads);
            long counted = System.nanoTime();
            Analyzer text = NorwegianAnalyzers.text(new CompoundSplitter(vocabulary));
            IndexWriterConfig config = new IndexWriterConfig(text)
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                    .setRAMBufferSizeMB(RAM_BUFFER_MB)
                    .setUseCompoundFile(false)
                    .setCommitOnClose(false);
            FacetsConfig facets = facetsConfig();
            try (IndexWriter writer = new IndexWriter(dir, config)) {
                AtomicInteger next = new AtomicInteger();
                List<Future<?>> work = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    work.add(pool.submit(() -> {
                        for (int i = next.getAndIncrement(); i < docs.size(); i = next.getAndIncrement()) {
                            writer.addDocument(facets.build(document(docs.get(i))));
                        }
                        return null;
                    }));
                }
                await(work);
                long indexed = System.nanoTime();
                // one segment searches fastest; each indexing thread leaves its own, so merge them
                writer.forceMerge(1);
                long merged = System.nanoTime();
                LOG.info("search index: {} §§ in {} ms (texts {} ms, vocabulary of {} words {} ms, indexing {} ms, "
                        + "merging {} ms)", docs.size(), ms(start, merged), ms(start, gathered), vocabulary.size(),
                        ms(gathered, counted), ms(counted, indexed), ms(indexed, merged));
                if (List.of(dir.listAll()).contains(VOCABULARY_FILE)) dir.deleteFile(VOCABULARY_FILE);
                try (IndexOutput out = dir.createOutput(VOCABULARY_FILE, IOContext.DEFAULT)) {
                    vocabulary.write(out);
                }
                dir.sync(List.of(VOCABULARY_FILE));
                writer.setLiveCommitData(Map.of(KEY_SCHEMA, String.valueOf(SCHEMA_VERSION),
                        KEY_CONTENT, contentKey(corpus), KEY_DOCUMENTS, String.valueOf(docs.size())).entrySet());
                writer.commit();
            }
            return vocabulary;
        } finally {
            pool.shutdownNow();
        }
    }

    private static Vocabulary vocabulary(List<IndexedProvision> docs, ExecutorService pool, int threads)
            throws IOException {
        List<Future<Vocabulary.Builder>> parts = new ArrayList<>();
        int chunk = (docs.size() + threads - 1) / threads;
        for (int t = 0; t < threads; t++) {
            List<IndexedProvision> slice = docs.subList(Math.min(docs.size(), t * chunk),
                    Math.min(docs.size(), (t + 1) * chunk));
            parts.add(pool.submit(() -> {
                Vocabulary.Builder b = Vocabulary.builder();
                for (IndexedProvision d : slice) for (String s : d.allText()) b.add(s);
                return b;
            }));
        }
        Vocabulary.Builder all = Vocabulary.builder();
        for (Future<Vocabulary.Builder> f : parts) all.merge(get(f));
        return all.build();
    }

    private static Document document(IndexedProvision p) {
        Document d = new Document();
        d.add(new StringField(Fields.ID, p.id(), Field.Store.NO));
        d.add(new SortedDocValuesField(Fields.ID, new BytesRef(p.id())));
        d.add(new StringField(Fields.DOC, p.documentKey(), Field.Store.NO));
        d.add(new SortedDocValuesField(Fields.DOC, new BytesRef(p.documentKey())));
        d.add(new TextField(Fields.TITLE, p.title(), Field.Store.NO));
        if (!p.summary().isEmpty()) d.add(new Field(Fields.SUMMARY, p.summary(), BODY_TYPE));
        if (!p.keywords().isEmpty()) d.add(new TextField(Fields.KEYWORDS, p.keywords(), Field.Store.NO));
        if (!p.chapter().isEmpty()) d.add(new TextField(Fields.CHAPTER, p.chapter(), Field.Store.NO));
        d.add(new TextField(Fields.LAW, p.lawNames(), Field.Store.NO));
        if (!p.leddTexts().isEmpty()) d.add(new Field(Fields.BODY, p.body(), BODY_TYPE));
        for (String l : p.labels()) d.add(new StringField(Fields.LABEL, l, Field.Store.NO));
        d.add(new SortedSetDocValuesFacetField(Fields.FACET_LAW, p.documentKey()));
        d.add(new SortedSetDocValuesFacetField(Fields.FACET_KIND, p.kind()));
        d.add(new StringField(Fields.F_KIND, p.kind().toLowerCase(Locale.ROOT), Field.Store.NO));
        for (String m : p.ministries()) {
            d.add(new SortedSetDocValuesFacetField(Fields.FACET_MINISTRY, m));
            d.add(new StringField(Fields.F_MINISTRY, m.toLowerCase(Locale.ROOT), Field.Store.NO));
        }
        for (String a : p.areas()) {
            d.add(new SortedSetDocValuesFacetField(Fields.FACET_AREA, a));
            d.add(new StringField(Fields.F_AREA, a.toLowerCase(Locale.ROOT), Field.Store.NO));
        }
        if (p.sector() != null) {
            d.add(new SortedSetDocValuesFacetField(Fields.FACET_SECTOR, p.sector()));
            d.add(new StringField(Fields.F_SECTOR, p.sector().toLowerCase(Locale.ROOT), Field.Store.NO));
        }
        d.add(new StringField(Fields.F_STATUS, p.repealed() ? Fields.STATUS_REPEALED : Fields.STATUS_CURRENT,
                Field.Store.NO));
        d.add(new FloatDocValuesField(Fields.PRIOR, p.prior()));
        d.add(new NumericDocValuesField(Fields.ORDER, p.order()));
        if (!p.chapter().isEmpty()) d.add(new SortedDocValuesField(Fields.CHAPTER_KEY, new BytesRef(p.chapter())));
        for (String r : p.references()) d.add(new SortedSetDocValuesField(Fields.REFERENCES, new BytesRef(r)));
        return d;
    }

    private static long ms(long from, long to) {
        return (to - from) / 1_000_000;
    }

    static FacetsConfig facetsConfig() {
        FacetsConfig c = new FacetsConfig();
        c.setMultiValued(Fields.FACET_MINISTRY, true);
        c.setMultiValued(Fields.FACET_AREA, true);
        return c;
    }

    private static void await(List<Future<?>> work) throws IOException {
        for (Future<?> f : work) get(f);
    }

    private static <T> T get(Future<T> f) throws IOException {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while building the search index", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) throw io;
            if (e.getCause() instanceof RuntimeException re) throw re;
            throw new IOException(e.getCause());
        }
    }

    /**
     * Per document, read once from the doc values on first use (a few tens of milliseconds): the provision id, the
     * document key and the static quality, which every search reads for its best hundred or so documents.
     */
    private record PerDocument(String[] ids, String[] documentKeys, float[] priors) {
    }

    private volatile PerDocument perDocument;

    private PerDocument perDocument() {
        PerDocument p = perDocument;
        if (p != null) return p;
        synchronized (this) {
            if (perDocument != null) return perDocument;
            int max = reader.maxDoc();
            String[] ids = new String[max];
            String[] keys = new String[max];
            float[] priors = new float[max];
            java.util.Arrays.fill(priors, 1f);
            try {
                for (org.apache.lucene.index.LeafReaderContext leaf : reader.leaves()) {
                    var id = org.apache.lucene.index.DocValues.getSorted(leaf.reader(), Fields.ID);
                    var doc = org.apache.lucene.index.DocValues.getSorted(leaf.reader(), Fields.DOC);
                    var prior = org.apache.lucene.index.DocValues.getNumeric(leaf.reader(), Fields.PRIOR);
                    String[] docNames = new String[doc.getValueCount()];
                    for (int o = 0; o < docNames.length; o++) docNames[o] = doc.lookupOrd(o).utf8ToString();
                    for (int i = 0; i < leaf.reader().maxDoc(); i++) {
                        int g = leaf.docBase + i;
                        if (id.advanceExact(i)) ids[g] = id.lookupOrd(id.ordValue()).utf8ToString();
                        if (doc.advanceExact(i)) keys[g] = docNames[doc.ordValue()];
                        if (prior.advanceExact(i)) priors[g] = Float.intBitsToFloat((int) prior.longValue());
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            perDocument = p = new PerDocument(ids, keys, priors);
            return p;
        }
    }

    /** The static quality of a § of its own (1 for current text; less for repealed or pending). */
    float prior(int doc) {
        return perDocument().priors()[doc];
    }

    /** The document key (law or regulation) of an index document. */
    String documentKey(int doc) {
        return perDocument().documentKeys()[doc];
    }

    /** The index document of a provision id, or -1. */
    int docOf(String id) {
        try {
            var td = searcher.search(new org.apache.lucene.search.TermQuery(new org.apache.lucene.index.Term(Fields.ID, id)), 1);
            return td.scoreDocs.length == 0 ? -1 : td.scoreDocs[0].doc;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The provision id of a document of the index. */
    String id(int doc) {
        return perDocument().ids()[doc];
    }

    int size() {
        return reader.numDocs();
    }

    @Override
    public void close() throws IOException {
        reader.close();
        directory.close();
    }
}
