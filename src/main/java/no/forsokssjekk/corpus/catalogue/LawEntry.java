package no.forsokssjekk.corpus.catalogue;

import java.time.LocalDate;
import java.util.List;
import no.forsokssjekk.corpus.DocumentKind;
import no.forsokssjekk.corpus.Language;

/**
 * A law or regulation the catalogue refers to: ids, names, dates, ministry, sector (legal-corpus/laws/*.yaml).
 *
 * @param id        the document key: datokode, plus "/nn" for a nynorsk translation
 * @param validFrom first day in force; null when pending with no date or unknown
 * @param validTo   last day in force, for a repealed act
 */
public record LawEntry(
        String id,
        DocumentKind kind,
        String title,
        String shortTitle,
        Language language,
        String ministry,
        String sector,
        LawStatus status,
        LocalDate validFrom,
        LocalDate validTo,
        String predecessor,
        String successor,
        boolean renumbered,
        List<String> enablingActs,
        List<LawName> names,
        String source,
        String note,
        SourceLocation location) {

    public LawEntry {
        enablingActs = enablingActs == null ? List.of() : List.copyOf(enablingActs);
        names = names == null ? List.of() : List.copyOf(names);
    }

    /** In force on this date, as far as the catalogue knows. A pending act without a date is never in force. */
    public boolean inForceOn(LocalDate date) {
        if (status == LawStatus.PENDING && validFrom == null) return false;
        if (validFrom != null && date.isBefore(validFrom)) return false;
        return validTo == null || !date.isAfter(validTo);
    }
}
