package no.forsokssjekk.corpus;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A law or regulation as imported from Lovdata's public data.
 *
 * @param key               the document key used in provision ids: the datokode, plus "/nn" for a nynorsk translation
 * @param legacyId          Lovdata datokode ({@code LOV-1992-06-26-87})
 * @param dokid             Lovdata document id ({@code NL/lov/1992-06-26-87})
 * @param shortTitle        Lovdata's short title without the abbreviation ("Forvaltningsloven")
 * @param abbreviations     abbreviations from Lovdata's short title ("fvl")
 * @param dateInForce       Lovdata's "I kraft fra" text as published ("2015-05-01, 2015-09-01", "Kongen bestemmer")
 * @param inForceFrom       the first date parsed from dateInForce, when there is one
 * @param basedOn           enabling provisions or documents of a regulation (ids)
 * @param changesDocuments  ids of documents this (amending) act changes
 * @param changeTargets     what this (amending) act changes, from its {@code article.change} elements: a § id
 *                          ({@code LOV-2005-06-17-64/§6}) where the target is a § or a part of one (ledd, sentence),
 *                          the bare document id where it is a chapter, the whole act, or a part we cannot place;
 *                          see {@link #changedSections(String)}
 * @param pendingChange     an amending act not yet (fully) in force, kept in the consolidated set
 * @param refid             Lovdata's base-independent reference ({@code lov/1992-06-26-87}), as used in links
 * @param textLanguage      the written form the text appears to be in, detected from common words, or null when
 *                          the text is too short to tell; Lovdata's own {@code lang} says "no" for most documents,
 *                          so {@link #language()} stays NB unless the file is a nynorsk translation or says "nn"
 * @param sourceFile        the file the document was read from ({@code nl-19920626-087.xml})
 */
public record LegalDocument(
        String key,
        String legacyId,
        String dokid,
        DocumentKind kind,
        String title,
        String shortTitle,
        List<String> abbreviations,
        List<String> ministries,
        String dateInForce,
        LocalDate inForceFrom,
        LocalDate lastChangeInForce,
        List<String> legalAreas,
        Language language,
        List<String> basedOn,
        List<String> changesDocuments,
        List<String> changeTargets,
        boolean pendingChange,
        List<Provision> provisions,
        String refid,
        Language textLanguage,
        String sourceFile) {

    public LegalDocument {
        abbreviations = List.copyOf(abbreviations);
        ministries = List.copyOf(ministries);
        legalAreas = List.copyOf(legalAreas);
        basedOn = List.copyOf(basedOn);
        changesDocuments = List.copyOf(changesDocuments);
        changeTargets = List.copyOf(changeTargets);
        for (String t : changeTargets) {
            boolean section = ProvisionId.tryParse(t).filter(ProvisionId::isSection).isPresent();
            if (!section && !ProvisionId.DocumentRef.isDocumentId(t)) {
                throw new IllegalArgumentException("change target '" + t + "' of " + key
                        + " is neither a § id (LOV-2005-06-17-64/§6) nor a document id (LOV-2005-06-17-64)");
            }
        }
        provisions = List.copyOf(provisions);
        refid = refid == null ? "" : refid;
        sourceFile = sourceFile == null ? "" : sourceFile;
    }

    /** A document without change targets, refid, detected text language or source file (e.g. built by hand in a test). */
    public LegalDocument(String key, String legacyId, String dokid, DocumentKind kind, String title, String shortTitle,
                         List<String> abbreviations, List<String> ministries, String dateInForce,
                         LocalDate inForceFrom, LocalDate lastChangeInForce, List<String> legalAreas,
                         Language language, List<String> basedOn, List<String> changesDocuments,
                         boolean pendingChange, List<Provision> provisions) {
        this(key, legacyId, dokid, kind, title, shortTitle, abbreviations, ministries, dateInForce, inForceFrom,
                lastChangeInForce, legalAreas, language, basedOn, changesDocuments, List.of(), pendingChange, provisions,
                null, null, null);
    }

    /** The same document, marked as an amending act not yet (fully) in force or not. */
    public LegalDocument withPendingChange(boolean pending) {
        if (pending == pendingChange) return this;
        return new LegalDocument(key, legacyId, dokid, kind, title, shortTitle, abbreviations, ministries, dateInForce,
                inForceFrom, lastChangeInForce, legalAreas, language, basedOn, changesDocuments, changeTargets, pending,
                provisions, refid, textLanguage, sourceFile);
    }

    /**
     * The § labels ({@code §6}, {@code §1a}) this amending act changes in a document, when every target it names there
     * is a § or part of one. Empty when it names no target in that document (the act was read without targets, or
     * Lovdata left its text out) or a target that is not a § (a chapter, the whole act): then any § may be changed.
     *
     * @param documentId the amended document's datokode ({@code LOV-2005-06-17-64})
     */
    public Optional<Set<String>> changedSections(String documentId) {
        Set<String> labels = new LinkedHashSet<>();
        for (String t : changeTargets) {
            if (t.equals(documentId)) return Optional.empty();
            if (t.startsWith(documentId + "/")) labels.add(ProvisionId.parse(t).label());
        }
        return labels.isEmpty() ? Optional.empty() : Optional.of(Collections.unmodifiableSet(labels));
    }

    public Optional<String> ministry() {
        return ministries.stream().findFirst();
    }
}
