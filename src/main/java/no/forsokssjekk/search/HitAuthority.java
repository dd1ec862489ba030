package no.forsokssjekk.search;

import no.forsokssjekk.corpus.ProvisionId;

/**
 * Which trial authority would most likely cover a provision, shown beside a hit so applicants see early what they are
 * up against. The rules give the full reasoning; this is the first indication.
 *
 * @param route       how a trial would be based
 * @param id          the authority's id (OPPLAERINGSLOVA-29-3), null for {@link Route#NOT_PERMITTED} and {@link Route#NONE}
 * @param provision   the § that gives the authority
 * @param citation    "opplæringslova § 29-3"
 * @param note        why, in the requested language (e.g. for forvaltningsloven's procedure)
 */
public record HitAuthority(Route route, String id, ProvisionId provision, String citation, String note) {
    public enum Route {
        /** The act's own sector trial provision covers it (or, for a regulation, its enabling act's). */
        SECTOR,
        /** Forsøksloven would be the basis. */
        FORSOKSLOVEN,
        /** No trial may touch it (forvaltningsloven's procedure, forsøksloven § 4 første ledd bokstav b). */
        NOT_PERMITTED,
        /** No trial authority covers it according to the catalogue. */
        NONE
    }
}
