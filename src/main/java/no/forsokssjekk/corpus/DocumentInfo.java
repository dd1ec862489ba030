package no.forsokssjekk.corpus;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import no.forsokssjekk.corpus.catalogue.LawEntry;
import no.forsokssjekk.corpus.catalogue.LawStatus;

/**
 * What the engine knows about a law or regulation: our catalogue entry and/or Lovdata's document, merged.
 * The catalogue wins where both say something (it is curated and dated); Lovdata fills in the rest.
 */
public record DocumentInfo(String key, LawEntry entry, LegalDocument lovdata) {

    public Optional<LawEntry> catalogueEntry() {
        return Optional.ofNullable(entry);
    }

    public Optional<LegalDocument> lovdataDocument() {
        return Optional.ofNullable(lovdata);
    }

    public DocumentKind kind() {
        if (entry != null) return entry.kind();
        return lovdata != null ? lovdata.kind() : DocumentKind.ofDocumentId(key);
    }

    public String documentId() {
        return ProvisionId.DocumentRef.parse(key).documentId();
    }

    public String title() {
        if (entry != null) return entry.title();
        return lovdata != null ? lovdata.title() : key;
    }

    /** The name used when citing: "forsøksloven", "opplæringslova", or the title for a regulation without one. */
    public String citationName() {
        if (entry != null && entry.shortTitle() != null) return entry.shortTitle();
        if (entry != null) return entry.title();
        if (lovdata != null && lovdata.shortTitle() != null && !lovdata.shortTitle().isBlank()) {
            return lowerFirst(lovdata.shortTitle());
        }
        return lovdata != null ? lovdata.title() : key;
    }

    public Optional<String> ministry() {
        if (entry != null && entry.ministry() != null) return Optional.of(entry.ministry());
        return lovdata == null ? Optional.empty() : lovdata.ministry();
    }

    public Language language() {
        if (entry != null) return entry.language();
        return lovdata != null ? lovdata.language() : Language.NB;
    }

    public Optional<String> sector() {
        return entry == null ? Optional.empty() : Optional.ofNullable(entry.sector());
    }

    public LawStatus status() {
        return entry != null ? entry.status() : LawStatus.IN_FORCE;
    }

    /** The enabling acts of a regulation (document keys), from the catalogue or Lovdata's "Hjemmel". */
    public List<String> enablingActs() {
        if (entry != null && !entry.enablingActs().isEmpty()) return entry.enablingActs();
        if (lovdata == null) return List.of();
        return lovdata.basedOn().stream()
                .map(ref -> ref.contains("/") ? ref.substring(0, ref.indexOf('/')) : ref)
                .filter(ProvisionId.DocumentRef::isDocumentId)
                .distinct()
                .toList();
    }

    /**
     * In force on the date as far as we know: the catalogue's dates where there is an entry; a document only in
     * Lovdata's current data is taken to be in force from its first in-force date.
     */
    public boolean inForceOn(LocalDate date) {
        if (entry != null) return entry.inForceOn(date);
        if (lovdata == null) return false;
        if (lovdata.pendingChange()) return false;
        return lovdata.inForceFrom() == null || !date.isBefore(lovdata.inForceFrom());
    }

    static String lowerFirst(String s) {
        if (s.length() > 1 && Character.isUpperCase(s.charAt(0)) && Character.isLowerCase(s.charAt(1))) {
            return Character.toLowerCase(s.charAt(0)) + s.substring(1);
        }
        return s;
    }
}
