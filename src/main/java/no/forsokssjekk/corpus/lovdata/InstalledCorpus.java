package no.forsokssjekk.corpus.lovdata;

import java.io.IOException;
import java.nio.file.Path;
import no.forsokssjekk.corpus.CorpusMetadata;
import no.forsokssjekk.corpus.LovdataCorpus;

/**
 * An imported corpus in the data directory: its metadata (cheap), its documents (loaded on first use and kept), and
 * the folder the search engine writes its index to. Thread-safe.
 */
public final class InstalledCorpus {
    private final Path folder;
    private final CorpusMetadata metadata;
    private volatile LovdataCorpus corpus;

    InstalledCorpus(Path folder, CorpusMetadata metadata, LovdataCorpus corpus) {
        this.folder = folder;
        this.metadata = metadata;
        this.corpus = corpus;
    }

    static InstalledCorpus open(Path folder) throws IOException {
        return new InstalledCorpus(folder, CorpusCodec.readMetadata(folder), null);
    }

    public Path folder() {
        return folder;
    }

    public CorpusMetadata metadata() {
        return metadata;
    }

    /**
     * The corpus, opened from the cache the first time: the table of documents and § ids is read at once, each
     * document's text when it is first used (see {@link no.forsokssjekk.corpus.LazyDocument}).
     */
    public LovdataCorpus corpus() throws IOException {
        LovdataCorpus c = corpus;
        if (c == null) {
            synchronized (this) {
                c = corpus;
                if (c == null) {
                    c = CorpusCodec.read(folder);
                    corpus = c;
                }
            }
        }
        return c;
    }

    /** Whether the documents have been read (for tests and diagnostics). */
    public boolean loaded() {
        return corpus != null;
    }

    /**
     * The search index for this corpus: {@code <corpus folder>/index}. It exists (empty) from the moment the corpus is
     * installed; the search engine fills it. Being inside the corpus folder, it is replaced together with the text.
     */
    public Path indexDir() {
        return folder.resolve("index");
    }

    @Override
    public String toString() {
        return folder.toString();
    }
}
