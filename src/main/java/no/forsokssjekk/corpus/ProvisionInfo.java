package no.forsokssjekk.corpus;

import java.util.List;
import java.util.Optional;
import no.forsokssjekk.corpus.catalogue.Classification;
import no.forsokssjekk.corpus.catalogue.ProvisionEntry;

/**
 * What the engine knows about one §: Lovdata's text (when loaded) and our catalogue entry (when curated), merged.
 * The same object backs a search hit, a rule fact and a finding's source.
 */
public record ProvisionInfo(ProvisionId id, DocumentInfo document, Provision text, ProvisionEntry entry) {

    public Optional<Provision> lovdataText() {
        return Optional.ofNullable(text);
    }

    public Optional<ProvisionEntry> catalogueEntry() {
        return Optional.ofNullable(entry);
    }

    /** The § heading: Lovdata's when loaded, else the catalogue's. */
    public String title() {
        if (text != null && !text.title().isBlank()) return text.title();
        return entry != null ? entry.title() : "";
    }

    public String displayNumber() {
        if (text != null && text.displayNumber() != null && !text.displayNumber().isBlank()) return text.displayNumber();
        return Citations.displayLabel(id.label());
    }

    /** "forsøksloven § 4" for this §; see {@link Citations#cite} for ledd-level ids. */
    public String citation() {
        return Citations.cite(id, document, displayNumber(), Language.NB);
    }

    public List<Classification> curatedClassifications() {
        return entry == null ? List.of() : entry.classifications();
    }

    public boolean repealed() {
        return text != null && text.repealed();
    }
}
