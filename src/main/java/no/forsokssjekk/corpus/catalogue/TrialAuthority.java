package no.forsokssjekk.corpus.catalogue;

import java.time.LocalDate;
import no.forsokssjekk.corpus.ProvisionId;

/** A trial authority (forsøksloven or a sector trial provision), dated. Full shape: see TrialAuthorityReader. */
public record TrialAuthority(String id, ProvisionId provision, String citation, LocalDate validFrom, LocalDate validTo,
                             SourceLocation location) {
    public boolean validOn(LocalDate date) {
        return (validFrom == null || !date.isBefore(validFrom)) && (validTo == null || !date.isAfter(validTo));
    }
}
