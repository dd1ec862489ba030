package no.forsokssjekk.corpus.lovdata;

/** Told about an import's progress after every document (implementations decide how often to show it). */
@FunctionalInterface
public interface ImportListener {
    void progress(ImportProgress progress);

    static ImportListener none() {
        return p -> { };
    }
}
