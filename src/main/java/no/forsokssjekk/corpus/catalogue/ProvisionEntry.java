package no.forsokssjekk.corpus.catalogue;

import java.util.List;
import no.forsokssjekk.corpus.ProvisionId;

/** Our own entry for a §: summary, everyday keywords and classifications (legal-corpus/provisions/*.yaml). */
public record ProvisionEntry(
        ProvisionId id,
        String title,
        LocalizedText summary,
        Keywords keywords,
        List<Classification> classifications,
        SourceLocation location) {

    public ProvisionEntry {
        classifications = classifications == null ? List.of() : List.copyOf(classifications);
        keywords = keywords == null ? Keywords.NONE : keywords;
        title = title == null ? "" : title;
    }
}
