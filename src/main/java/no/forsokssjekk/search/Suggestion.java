package no.forsokssjekk.search;

/**
 * An autocomplete suggestion.
 *
 * @param text  what to put in the search box ("barnehageloven", "opplæringslova § 14-3")
 * @param label how to show it ("Lov om barnehager (barnehageloven)", "§ 14-3 Bruk av skolelokaler …")
 * @param id    the document key (for a law) or the provision id (for a §)
 */
public record Suggestion(Kind kind, String text, String label, String id) {
    public enum Kind {
        LAW,
        PROVISION
    }
}
