package no.forsokssjekk.corpus;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

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
 * @param pendingChange     an amending act not yet (fully) in force, kept in the consolidated set
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
        boolean pendingChange,
        List<Provision> provisions) {

    public LegalDocument {
        abbreviations = List.copyOf(abbreviations);
        ministries = List.copyOf(ministries);
        legalAreas = List.copyOf(legalAreas);
        basedOn = List.copyOf(basedOn);
        changesDocuments = List.copyOf(changesDocuments);
        provisions = List.copyOf(provisions);
    }

    public Optional<String> ministry() {
        return ministries.stream().findFirst();
    }
}
