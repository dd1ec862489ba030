package no.forsokssjekk.corpus;

import java.util.List;

/**
 * A document known by its header (key, kind, relations, the ids of its §§) whose text is read only when first asked
 * for. A cached corpus is opened this way, so a command that looks up a few §§ does not decode all 92,000.
 * {@link #load()} may be called from any thread, more than once; {@link LovdataCorpus} calls it at most once.
 */
public interface LazyDocument {
    String key();

    DocumentKind kind();

    boolean pendingChange();

    List<String> basedOn();

    List<String> changesDocuments();

    /** The canonical ids of the document's §§, in document order. */
    List<String> provisionIds();

    LegalDocument load();
}
