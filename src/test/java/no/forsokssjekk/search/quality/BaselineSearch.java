package no.forsokssjekk.search.quality;

import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import no.forsokssjekk.corpus.Corpus;
import no.forsokssjekk.corpus.ProvisionInfo;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * The plain baseline the quality gate compares against: the same §§ with the same text (Lovdata's text, our titles,
 * summaries and keywords, the law's names) in one field, Lucene's StandardAnalyzer, BM25, the classic query parser
 * (words OR-ed). No Norwegian analysis, synonyms, citations, field weights or spelling.
 */
public final class BaselineSearch implements Closeable {
    private final ByteBuffersDirectory dir = new ByteBuffersDirectory();
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final StandardAnalyzer analyzer = new StandardAnalyzer();

    public BaselineSearch(Corpus corpus) throws IOException {
        try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(analyzer).setRAMBufferSizeMB(256))) {
            for (ProvisionInfo p : (Iterable<ProvisionInfo>) corpus.provisions()::iterator) {
                Document d = new Document();
                d.add(new StringField("id", p.id().toString(), Field.Store.YES));
                d.add(new TextField("text", text(p), Field.Store.NO));
                w.addDocument(d);
            }
        }
        reader = DirectoryReader.open(dir);
        searcher = new IndexSearcher(reader);
    }

    static String text(ProvisionInfo p) {
        List<String> parts = new ArrayList<>();
        parts.add(p.title());
        parts.add(p.document().title());
        parts.add(p.document().citationName());
        p.catalogueEntry().ifPresent(e -> {
            if (e.summary().nb() != null) parts.add(e.summary().nb());
            if (e.summary().nn() != null) parts.add(e.summary().nn());
            parts.addAll(e.keywords().all());
        });
        p.lovdataText().ifPresent(t -> {
            parts.addAll(t.chapterPath());
            parts.add(t.plainText());
        });
        return String.join("\n", parts);
    }

    public List<String> search(String query, int k) throws IOException {
        Query q;
        try {
            q = new QueryParser("text", analyzer).parse(QueryParser.escape(query));
        } catch (ParseException e) {
            return List.of();
        }
        List<String> ids = new ArrayList<>();
        for (ScoreDoc sd : searcher.search(q, k).scoreDocs) ids.add(searcher.storedFields().document(sd.doc).get("id"));
        return ids;
    }

    @Override
    public void close() throws IOException {
        reader.close();
        dir.close();
    }
}
