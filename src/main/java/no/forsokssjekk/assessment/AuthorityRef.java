package no.forsokssjekk.assessment;

/** A trial authority: its catalogue id and its citation ("opplæringslova § 29-3"). */
public record AuthorityRef(String id, String citation) {
}
