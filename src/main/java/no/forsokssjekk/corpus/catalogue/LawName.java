package no.forsokssjekk.corpus.catalogue;

import java.time.LocalDate;
import no.forsokssjekk.corpus.Language;

/** A name users type for a law ("opplæringslova", "oppl."), optionally dated and tied to a language form. */
public record LawName(String name, Language language, LocalDate validFrom, LocalDate validTo) {

    public boolean validOn(LocalDate date) {
        return (validFrom == null || !date.isBefore(validFrom)) && (validTo == null || !date.isAfter(validTo));
    }
}
